/**
 * duckdb-wasm in the browser: a worker, the eh bundle where the browser supports
 * WebAssembly exceptions and mvp otherwise (no COI/pthreads), and the published Arrow
 * IPC files loaded without any network extension. Imported only by ./index.ts, lazily.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowRows } from './arrow-rows';
import { TABLES, type Engine, type Param, type Row } from './types';

/** How long the .wasm download may make no progress before we give up. */
const STALL_MS = 15_000;

export interface BrowserEngine extends Engine {
	loadArrow(name: string, bytes: Uint8Array): Promise<void>;
	db: duckdb.AsyncDuckDB;
	connection: duckdb.AsyncDuckDBConnection;
}

export async function createBrowserEngine(dataBase: string): Promise<BrowserEngine> {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	if (!bundle.mainWorker) throw new Error('no duckdb-wasm worker for this browser');
	const worker = new Worker(bundle.mainWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	// A .wasm that cannot be fetched can leave instantiate() pending inside the worker.
	// Slow networks are fine (progress keeps coming); a stall or a worker error fails,
	// so the page can say interactive features are unavailable.
	let lastProgress = Date.now();
	let stall: ReturnType<typeof setInterval> | undefined;
	await Promise.race([
		db.instantiate(bundle.mainModule, null, () => (lastProgress = Date.now())),
		new Promise<never>((_, reject) => {
			worker.addEventListener('error', (e) =>
				reject(new Error(`duckdb-wasm worker: ${e.message}`))
			);
			stall = setInterval(() => {
				if (Date.now() - lastProgress > STALL_MS) reject(new Error('duckdb-wasm stopped loading'));
			}, 1000);
		})
	])
		.catch((e: unknown) => {
			worker.terminate();
			throw e;
		})
		.finally(() => clearInterval(stall));
	await db.open({ query: { castBigIntToDouble: true } });
	const connection = await db.connect();
	const files = await Promise.all(
		TABLES.map(async (t) => {
			const res = await fetch(`${dataBase}/${t}.arrow`);
			if (!res.ok) throw new Error(`${t}.arrow: HTTP ${res.status}`);
			return [t, new Uint8Array(await res.arrayBuffer())] as const;
		})
	);
	for (const [name, bytes] of files) {
		await connection.insertArrowFromIPCStream(bytes, { name, create: true });
	}
	// The fixed queries run again and again as readers change filters: prepare each once.
	const prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
	return {
		db,
		connection,
		remembers: true,
		// issue 6: imported datasets arrive as Arrow IPC (src/lib/db/imported.ts)
		async loadArrow(name: string, bytes: Uint8Array) {
			await connection.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		async query<T extends Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
			if (params.length === 0) return arrowRows<T>(await connection.query(sql));
			let stmt = prepared.get(sql);
			if (!stmt) {
				stmt = connection.prepare(sql);
				prepared.set(sql, stmt);
				stmt.catch(() => prepared.delete(sql));
			}
			return arrowRows<T>(await (await stmt).query(...params));
		}
	};
}
