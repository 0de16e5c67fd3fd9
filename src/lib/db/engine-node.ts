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

/**
 * Opens an in-memory database. `exact` keeps DECIMAL and BIGINT as Arrow decimals (for
 * writing the published files); otherwise they come back as numbers, as in the browser.
 */
export async function createNodeEngine({ exact = false } = {}): Promise<NodeEngine> {
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
	const connection = db.connect();
	const version = String(arrowRows<{ v: string }>(connection.query('SELECT version() AS v'))[0]?.v);
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
