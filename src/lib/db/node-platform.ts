/**
 * A platform for createBrowserEngine (./browser.ts) in Node, for tests: duckdb-wasm's async
 * Node build behind a worker thread, where the browser has a Web Worker, and the published
 * tables from memory, where the browser fetches them. Everything else is browser.ts itself.
 * Test-only; never imported by the site.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker as NodeWorker } from 'node:worker_threads';
import type * as DuckDBAsync from '@duckdb/duckdb-wasm';
import { createBrowserEngine, type BrowserEngine, type EnginePlatform } from './browser';
import { TABLES, type TableName } from './types';

const require = createRequire(import.meta.url);

type Listener = (event: unknown) => void;

/**
 * The Web Worker surface AsyncDuckDB uses (postMessage, add/removeEventListener,
 * terminate) over a Node worker thread. Inside the thread a few lines give the worker
 * script the `postMessage` / `onmessage` globals it expects from a browser.
 */
class WorkerPort {
	static readonly BOOT = [
		"const { parentPort, workerData } = require('node:worker_threads');",
		'globalThis.postMessage = (message, transfer) => parentPort.postMessage(message, transfer);',
		"parentPort.on('message', (data) => globalThis.onmessage?.({ data }));",
		'require(workerData);'
	].join('\n');

	readonly #worker: NodeWorker;
	readonly #listeners = new Map<string, Set<Listener>>();

	constructor(script: string) {
		this.#worker = new NodeWorker(WorkerPort.BOOT, { eval: true, workerData: script });
		this.#worker.on('message', (data: unknown) => this.#emit('message', { data }));
		this.#worker.on('error', (error: Error) => this.#emit('error', error));
		this.#worker.on('exit', () => this.#emit('close', {}));
	}

	postMessage(message: unknown, transfer: readonly ArrayBuffer[] = []): void {
		this.#worker.postMessage(message, transfer);
	}

	addEventListener(type: string, listener: Listener): void {
		const set = this.#listeners.get(type) ?? new Set<Listener>();
		set.add(listener);
		this.#listeners.set(type, set);
	}

	removeEventListener(type: string, listener: Listener): void {
		this.#listeners.get(type)?.delete(listener);
	}

	terminate(): void {
		void this.#worker.terminate();
	}

	#emit(type: string, event: unknown): void {
		for (const listener of this.#listeners.get(type) ?? []) listener(event);
	}
}

/** duckdb-wasm's async Node build in a worker thread; `files` are the tables' Arrow IPC. */
export function nodePlatform(files: ReadonlyMap<TableName, Uint8Array>): EnginePlatform {
	return {
		async instantiate() {
			const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node.cjs') as typeof DuckDBAsync;
			const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node.cjs'));
			const worker = new WorkerPort(join(dist, 'duckdb-node-eh.worker.cjs'));
			const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker as unknown as Worker);
			await db.instantiate(join(dist, 'duckdb-eh.wasm'));
			return db;
		},
		async table(name) {
			const bytes = files.get(name);
			if (!bytes) throw new Error(`${name}: no Arrow bytes`);
			// the buffer is transferred to the worker (and detached here): hand over a copy
			return bytes.slice();
		}
	};
}

/**
 * The browser's engine (createBrowserEngine) over the test fixture (src/lib/sql/fixture.sql),
 * its tables exported as Arrow IPC the way the pipeline writes the published files.
 */
export async function fixtureBrowserEngine(): Promise<BrowserEngine> {
	const { fixtureEngine } = await import('../sql/fixture');
	const { tableToIPC } = require('apache-arrow') as typeof import('apache-arrow');
	const exact = await fixtureEngine({ exact: true });
	try {
		const files = new Map<TableName, Uint8Array>(
			TABLES.map((t) => [t, tableToIPC(exact.connection.query(`SELECT * FROM ${t}`), 'stream')])
		);
		return await createBrowserEngine('', nodePlatform(files));
	} finally {
		exact.close();
	}
}
