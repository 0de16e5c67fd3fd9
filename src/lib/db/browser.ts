/**
 * duckdb-wasm in the browser: a worker, the eh bundle where the browser supports
 * WebAssembly exceptions and mvp otherwise (no COI/pthreads), and the published Arrow
 * IPC files loaded without any network extension. Imported only by ./index.svelte.ts, lazily.
 *
 * Once the published tables are in, the engine is locked down: no external access (no URL,
 * no file), no extension installed or loaded on demand, and the configuration locked, so no
 * later statement (the console's included) can read from outside or change a setting.
 * Arrow inserts (imported datasets) still work.
 *
 * Where the worker comes from and how table files are fetched is the `platform`: the
 * browser's by default; tests pass a Node worker thread and files from memory, and so run
 * this very function.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowRows } from './arrow-rows';
import {
	DownloadTally,
	WASM_BYTES,
	fileOnWire,
	wasmOnWire,
	type DownloadProgress
} from './progress';
import {
	READ_ONLY_LIMITS,
	ReadOnlyError,
	boundedProjection,
	columnKind,
	shownCells,
	wrapReadOnly,
	type ReadOnlyColumn,
	type ReadOnlyLimits,
	type ShownCell
} from './read-only';
import { TABLES, type Engine, type Param, type Row, type TableName } from './types';

export { ReadOnlyError };
export type { DownloadProgress };

/** How long the .wasm download may make no progress before we give up. */
const STALL_MS = 15_000;

/** Statements that close the engine to the outside once the published data is in. */
export const LOCK_DOWN = [
	'SET enable_external_access = false',
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	'SET lock_configuration = true'
] as const;

/** The console's answer: columns, the shown cells of each row, what was cut. */
export interface ReadOnlyAnswer {
	columns: ReadOnlyColumn[];
	rows: ShownCell[][];
	/** more rows than limits.maxRows existed */
	moreRows: boolean;
	limits: ReadOnlyLimits;
}

export interface ReadOnlyOptions {
	/** stops the query (and the reading of its answer) after this long */
	timeLimitMs: number;
	/** aborting stops the query */
	signal?: AbortSignal;
	limits?: ReadOnlyLimits;
}

export interface BrowserEngine extends Engine {
	loadArrow(name: string, bytes: Uint8Array): Promise<void>;
	/**
	 * Runs the reader's text as one read-only query on a connection of its own, with a time
	 * limit and cancellation, and answers bounded, exact display cells (see ./read-only.ts).
	 */
	runReadOnly(sql: string, options: ReadOnlyOptions): Promise<ReadOnlyAnswer>;
	/**
	 * Whether the worker answers within `ms`: false when a statement keeps it busy (DuckDB
	 * folding a huge constant cannot be cancelled), so it must be terminated.
	 */
	responds(ms: number): Promise<boolean>;
	/** Stops the worker at once; every call still on its way rejects. */
	terminate(): Promise<void>;
}

/** Where the engine's worker and the published tables come from. */
export interface EnginePlatform {
	/** A started (instantiated) AsyncDuckDB; `progress` hears the `.wasm`'s bytes on the wire. */
	instantiate(progress?: (p: DownloadProgress) => void): Promise<duckdb.AsyncDuckDB>;
	/** The Arrow IPC bytes of one published table; `progress` hears its bytes on the wire. */
	table(name: TableName, progress?: (p: DownloadProgress) => void): Promise<Uint8Array>;
}

/** The browser: the bundle this browser supports, the files under `dataBase`. */
export function browserPlatform(dataBase: string): EnginePlatform {
	return {
		async instantiate(progress) {
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
			const size = bundle.mainModule === ehWasm ? WASM_BYTES.eh : WASM_BYTES.mvp;
			await Promise.race([
				db.instantiate(bundle.mainModule, null, (p) => {
					lastProgress = Date.now();
					progress?.(wasmOnWire(p.bytesLoaded, p.bytesTotal, size));
				}),
				new Promise<never>((_, reject) => {
					worker.addEventListener('error', (e) =>
						reject(new Error(`duckdb-wasm worker: ${e.message}`))
					);
					stall = setInterval(() => {
						if (Date.now() - lastProgress > STALL_MS)
							reject(new Error('duckdb-wasm stopped loading'));
					}, 1000);
				})
			])
				.catch((e: unknown) => {
					worker.terminate();
					throw e;
				})
				.finally(() => clearInterval(stall));
			return db;
		},
		async table(name, progress) {
			const res = await fetch(`${dataBase}/${name}.arrow`);
			if (!res.ok) throw new Error(`${name}.arrow: HTTP ${res.status}`);
			const length = Number(res.headers.get('content-length')) || null;
			const compressed = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
			if (!res.body) return new Uint8Array(await res.arrayBuffer());
			// read as it streams, so a slow link shows the bytes coming
			const chunks: Uint8Array[] = [];
			let streamed = 0;
			const reader = res.body.getReader();
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				chunks.push(value);
				streamed += value.byteLength;
				progress?.(fileOnWire(streamed, length, compressed, false));
			}
			progress?.(fileOnWire(streamed, length, compressed, true));
			const bytes = new Uint8Array(streamed);
			let at = 0;
			for (const c of chunks) {
				bytes.set(c, at);
				at += c.byteLength;
			}
			return bytes;
		}
	};
}

/** Lets the main thread paint between slices of work. */
const yieldToPage = () => new Promise<void>((ok) => setTimeout(ok, 0));

/**
 * Starts an engine with the published tables in. `onProgress` hears the bytes on the wire of
 * the `.wasm` and the table files together (fetched side by side).
 */
export async function createBrowserEngine(
	dataBase: string,
	platform: EnginePlatform = browserPlatform(dataBase),
	onProgress?: (p: DownloadProgress) => void
): Promise<BrowserEngine> {
	const tally = new DownloadTally(['wasm', ...TABLES], (p) => onProgress?.(p));
	// the tables download while the .wasm does: one wait on a slow link, not two
	const tables = Promise.all(
		TABLES.map(async (t) => {
			const bytes = await platform.table(t, (p) => tally.set(t, p));
			tally.finish(t);
			return [t, bytes] as const;
		})
	);
	const instantiated = platform.instantiate((p) => tally.set('wasm', p));
	let db: duckdb.AsyncDuckDB;
	let files: Awaited<typeof tables>;
	try {
		[db, files] = await Promise.all([instantiated, tables]);
	} catch (e) {
		// a table that failed leaves no worker behind
		instantiated.then((d) => d.terminate()).catch(() => {});
		throw e;
	}
	tally.finish('wasm');
	await db.open({ query: { castBigIntToDouble: true } });
	const connection = await db.connect();
	for (const [name, bytes] of files) {
		await connection.insertArrowFromIPCStream(bytes, { name, create: true });
	}
	for (const sql of LOCK_DOWN) await connection.query(sql);
	// The fixed queries run again and again as readers change filters: prepare each once.
	const prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
	// The console's own connection, so stopping it never cancels a page's query.
	let consoleConnection: Promise<duckdb.AsyncDuckDBConnection> | null = null;
	// A terminated worker never answers what was sent to it: every call races this instead.
	let terminated: (e: Error) => void = () => {};
	const closed = new Promise<never>((_, reject) => (terminated = reject));
	closed.catch(() => {});
	const live = <T>(work: Promise<T>): Promise<T> => Promise.race([work, closed]);

	async function runReadOnly(sql: string, options: ReadOnlyOptions): Promise<ReadOnlyAnswer> {
		const limits = options.limits ?? READ_ONLY_LIMITS;
		consoleConnection ??= db.connect();
		const conn = await consoleConnection;
		const wrapped = wrapReadOnly(sql, limits.maxRows + 1);
		// the time limit and Stop cover every step: preparing and describing (which DuckDB may
		// spend time on, folding constants) are left behind; the streamed query is cancelled
		let stopped: 'timeout' | 'cancelled' | null = null;
		let wake: (why: 'timeout' | 'cancelled') => void = () => {};
		const halted = new Promise<never>((_, reject) => {
			wake = (why) => reject(new ReadOnlyError(why, why));
		});
		halted.catch(() => {});
		const stop = (why: 'timeout' | 'cancelled') => {
			if (stopped) return;
			stopped = why;
			void conn.cancelSent();
			wake(why);
		};
		const timer = setTimeout(() => stop('timeout'), options.timeLimitMs);
		const onAbort = () => stop('cancelled');
		options.signal?.addEventListener('abort', onAbort);
		if (options.signal?.aborted) stop('cancelled');
		try {
			let described: { column_name: string; column_type: string }[];
			try {
				described = await Promise.race([
					(async () => {
						// prepared: one statement, and only a query parses inside DESCRIBE ( … )
						const stmt = await conn.prepare(`DESCRIBE ${wrapped}`);
						try {
							return arrowRows<{ column_name: string; column_type: string }>(await stmt.query());
						} finally {
							await stmt.close();
						}
					})(),
					halted
				]);
			} catch (e) {
				if (e instanceof ReadOnlyError) throw e;
				throw new ReadOnlyError('refused', e instanceof Error ? e.message : String(e));
			}
			const columns: ReadOnlyColumn[] = described.map((d) => ({
				name: String(d.column_name),
				type: String(d.column_type),
				kind: columnKind(String(d.column_type))
			}));
			const rows: ShownCell[][] = [];
			let moreRows = false;
			try {
				const reader = await Promise.race([
					conn.send(boundedProjection(wrapped, columns, limits), true),
					halted
				]);
				// each batch races the stop too: a worker busy past Stop must not hold the answer
				const batches = reader[Symbol.asyncIterator]();
				read: for (;;) {
					const next = await Promise.race([batches.next(), halted]);
					if (next.done || stopped) break;
					for (const row of arrowRows(next.value)) {
						if (rows.length === limits.maxRows) {
							moreRows = true;
							break read;
						}
						rows.push(shownCells(row, columns, limits));
					}
					await yieldToPage();
				}
			} catch (e) {
				if (e instanceof ReadOnlyError) throw e;
				if (!stopped) throw new ReadOnlyError('failed', e instanceof Error ? e.message : String(e));
			}
			if (stopped) throw new ReadOnlyError(stopped, stopped);
			return { columns, rows, moreRows, limits };
		} finally {
			clearTimeout(timer);
			options.signal?.removeEventListener('abort', onAbort);
		}
	}

	return {
		remembers: true,
		async loadArrow(name: string, bytes: Uint8Array) {
			await live(connection.insertArrowFromIPCStream(bytes, { name, create: true }));
		},
		async query<T extends Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
			if (params.length === 0) return arrowRows<T>(await live(connection.query(sql)));
			let stmt = prepared.get(sql);
			if (!stmt) {
				stmt = connection.prepare(sql);
				prepared.set(sql, stmt);
				stmt.catch(() => prepared.delete(sql));
			}
			return arrowRows<T>(await live((async () => (await stmt).query(...params))()));
		},
		runReadOnly: (sql, options) => live(runReadOnly(sql, options)),
		async responds(ms) {
			let timer: ReturnType<typeof setTimeout> | undefined;
			const late = new Promise<false>((ok) => (timer = setTimeout(() => ok(false), ms)));
			return Promise.race([
				live(db.ping()).then(
					() => true as const,
					() => false as const
				),
				late
			]).finally(() => clearTimeout(timer));
		},
		async terminate() {
			terminated(new Error('the engine was stopped'));
			await db.terminate();
		}
	};
}
