/**
 * duckdb-wasm's own Node build (duckdb-node-blocking): the same engine and SQL as the
 * browser, used at build time to write the Arrow files, to prerender pages and in tests.
 * Server-only; never imported by browser code.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as DuckDBNode from '@duckdb/duckdb-wasm/blocking';
import { arrowRows } from './arrow-rows';
import { TABLES, type Engine, type Param, type Row } from './types';

const require = createRequire(import.meta.url);

export interface NodeEngine extends Engine {
	/** The raw connection, for the build step that writes Arrow files. */
	connection: DuckDBNode.DuckDBConnection;
	version: string;
	loadArrow(name: string, bytes: Uint8Array): void;
	close(): void;
}

/** One started duckdb-wasm instance: `exact` or not is set when it opens. */
type Instance = Awaited<ReturnType<typeof DuckDBNode.createDuckDB>>;

/**
 * The instances of this process, one per mode, started on first use. Starting one compiles
 * the 34 MB .wasm (2–3 s on a quiet 2-core machine, ten times that under load); an engine is
 * only a connection to its own database on it, so a test worker (Vitest with `isolate: false`)
 * pays for the start once and every test file still gets a database of its own.
 */
const instances = new Map<boolean, Promise<Instance>>();
let databases = 0;

function instance(exact: boolean): Promise<Instance> {
	let started = instances.get(exact);
	if (!started) {
		started = startInstance(exact);
		instances.set(exact, started);
		// a failed start is not kept: the next engine tries again
		started.catch(() => instances.delete(exact));
	}
	return started;
}

async function startInstance(exact: boolean): Promise<Instance> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof DuckDBNode;
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: {
			mainModule: join(dist, 'duckdb-mvp.wasm'),
			mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: join(dist, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: exact ? {} : { castBigIntToDouble: true } });
	return db;
}

/**
 * Opens an empty in-memory database of its own (attached to the process's instance and made
 * the connection's default, so unqualified names are its tables). `exact` keeps DECIMAL and
 * BIGINT as Arrow decimals (for writing the published files); otherwise they come back as
 * numbers, as in the browser. `close()` drops the database.
 */
export async function createNodeEngine({ exact = false } = {}): Promise<NodeEngine> {
	const db = await instance(exact);
	const name = `engine_${++databases}`;
	const connection = db.connect();
	connection.query(`ATTACH ':memory:' AS ${name}`);
	connection.query(`USE ${name}`);
	const version = String(arrowRows<{ v: string }>(connection.query('SELECT version() AS v'))[0]?.v);
	let open = true;
	return {
		connection,
		version,
		async query<T extends Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
			if (params.length === 0) return arrowRows<T>(connection.query(sql));
			const stmt = connection.prepare(sql);
			try {
				return arrowRows<T>(stmt.query(...params));
			} finally {
				stmt.close();
			}
		},
		loadArrow(name, bytes) {
			connection.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		close() {
			if (!open) return;
			open = false;
			connection.query('USE memory');
			connection.query(`DETACH ${name}`);
			connection.close();
		}
	};
}

/** An engine with every published table loaded from `dir` (static/data by default). */
export async function openPublished(dir = 'static/data'): Promise<NodeEngine> {
	const engine = await createNodeEngine();
	for (const t of TABLES) engine.loadArrow(t, readFileSync(join(dir, `${t}.arrow`)));
	return engine;
}
