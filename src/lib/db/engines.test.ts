/**
 * The same SQL gives the same answer in both engines. The fixture is built into the exact
 * engine (as scripts/pipeline/write.ts builds the published files), every table is exported
 * as Arrow IPC, and the bytes are loaded
 *  - into the prerenderer's engine (duckdb-wasm's blocking Node build, via loadArrow), and
 *  - into an AsyncDuckDB from duckdb-wasm's async Node build, behind a worker thread, opened
 *    and loaded exactly as browser.ts does it (castBigIntToDouble; DECIMALs converted by arrowRows,
 *    insertArrowFromIPCStream with create: true).
 * Every standard query then runs through both, and through the engine that ran the fixture
 * SQL directly, and the plain rows must be deeply equal.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker as NodeWorker } from 'node:worker_threads';
import type * as DuckDBAsync from '@duckdb/duckdb-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrowRows } from './arrow-rows';
import { createNodeEngine, type NodeEngine } from './engine-node';
import { KATEGORI, KELOMPOK, queries } from './queries';
import { SQL } from './sql-text';
import { TABLES, type Engine, type Param, type Row, type TableName } from './types';
import { fixtureEngine } from '../sql/fixture';

const require = createRequire(import.meta.url);

// The Node builds hand back tables made by the CommonJS copy of apache-arrow; serialise
// them with that same copy (as scripts/pipeline/write.ts does).
const { tableToIPC } = require('apache-arrow') as typeof import('apache-arrow');

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

interface AsyncEngine extends Engine {
	db: DuckDBAsync.AsyncDuckDB;
	connection: DuckDBAsync.AsyncDuckDBConnection;
}

/** browser.ts, with a Node worker thread and files from memory instead of fetch. */
async function createAsyncEngine(files: ReadonlyMap<TableName, Uint8Array>): Promise<AsyncEngine> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node.cjs') as typeof DuckDBAsync;
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node.cjs'));
	const worker = new WorkerPort(join(dist, 'duckdb-node-eh.worker.cjs'));
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker as unknown as Worker);
	await db.instantiate(join(dist, 'duckdb-eh.wasm'));
	await db.open({ query: { castBigIntToDouble: true } });
	const connection = await db.connect();
	for (const name of TABLES) {
		const bytes = files.get(name);
		if (!bytes) throw new Error(`${name}: no Arrow bytes`);
		// The bytes' buffer is transferred to the worker (and detached here): send a copy.
		await connection.insertArrowFromIPCStream(bytes.slice(), { name, create: true });
	}
	return {
		db,
		connection,
		async query<T extends Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
			if (params.length === 0) return arrowRows<T>(await connection.query(sql));
			const stmt = await connection.prepare(sql);
			try {
				return arrowRows<T>(await stmt.query(...params));
			} finally {
				await stmt.close();
			}
		}
	};
}

/** Every table of the exact engine as Arrow IPC stream bytes, as the pipeline writes them. */
function exportTables(engine: NodeEngine): Map<TableName, Uint8Array> {
	return new Map(
		TABLES.map((name) => [
			name,
			tableToIPC(engine.connection.query(`SELECT * FROM ${name}`), 'stream')
		])
	);
}

interface Case {
	label: string;
	/** The src/lib/sql file the case runs. */
	file: string;
	/** Whether the fixture gives no rows (a year with only a reported row). */
	empty: boolean;
	run: (engine: Engine) => Promise<unknown[]>;
}

const CASES: Case[] = [
	...[2022, 2023, 2024].flatMap((year) =>
		KELOMPOK.flatMap((kelompok) =>
			KATEGORI.map((kategori) => ({
				label: `ranking ${year} ${kelompok} ${kategori}`,
				file: 'ranking',
				empty: year === 2022,
				run: (e: Engine) => queries.ranking(e, year, kelompok, kategori)
			}))
		)
	),
	...KELOMPOK.map((kelompok) => ({
		label: `predicate_counts ${kelompok}`,
		file: 'predicate_counts',
		empty: false,
		run: (e: Engine) => queries.predicateCounts(e, kelompok)
	})),
	{ label: 'national_series', file: 'national_series', empty: false, run: queries.nationalSeries },
	{ label: 'sources', file: 'sources', empty: false, run: queries.sources },
	{ label: 'data_notes', file: 'data_notes', empty: false, run: queries.dataNotes },
	{ label: 'reconciliation', file: 'reconciliation', empty: false, run: queries.reconciliation },
	{ label: 'report_counts', file: 'report_counts', empty: false, run: queries.reportCounts },
	// issue 4: profiles, compare, map, search
	...(['*', '33.71,33.74'] as const).flatMap((ids) => {
		const list = ids === '*' ? '*' : ids.split(',');
		return [
			{
				label: `profile_results ${ids}`,
				file: 'profile_results',
				empty: false,
				run: (e: Engine) => queries.profileResults(e, list)
			},
			{
				label: `profile_domains ${ids}`,
				file: 'profile_domains',
				empty: false,
				run: (e: Engine) => queries.profileDomains(e, list)
			},
			{
				label: `nearest_peers ${ids}`,
				file: 'nearest_peers',
				empty: false,
				run: (e: Engine) => queries.nearestPeers(e, list, 3)
			}
		];
	}),
	{
		label: 'profile_awards',
		file: 'profile_awards',
		empty: false,
		run: (e: Engine) => queries.profileAwards(e, '*')
	},
	{ label: 'directory', file: 'directory', empty: false, run: queries.directory },
	...[2023, 2024].map((year) => ({
		label: `map_values ${year}`,
		file: 'map_values',
		empty: false,
		run: (e: Engine) => queries.mapValues(e, year)
	})),
	{ label: 'map_years', file: 'map_years', empty: false, run: queries.mapYears },
	// issue 5: change, national, sharing
	...KELOMPOK.flatMap((kelompok) =>
		(
			[
				[2023, 2024],
				[2022, 2023],
				[2024, 2026] // issue 6: an imported year (fixture.sql's 2026 rows)
			] as const
		).map(([dari, ke]) => ({
			label: `change ${kelompok} ${dari}-${ke}`,
			file: 'change',
			empty: false,
			run: (e: Engine) => queries.change(e, kelompok, dari, ke)
		}))
	),
	{ label: 'change_pairs', file: 'change_pairs', empty: false, run: queries.changePairs },
	{ label: 'group_means', file: 'group_means', empty: false, run: queries.groupMeans },
	{
		label: 'key_facts',
		file: 'key_facts',
		empty: false,
		run: (e: Engine) => queries.keyFacts(e, 2024, 2023)
	},
	// issue 3: award rules, filtered rankings (bound parameters of every type), not evaluated
	{
		label: 'award_categories',
		file: 'award_categories',
		empty: false,
		run: queries.awardCategories
	},
	{ label: 'award_results', file: 'award_results', empty: false, run: queries.awardResults },
	...[
		{ provinsi: null, predikat: null, min: null, naik: null, q: null, dua: false },
		{ provinsi: '33', predikat: 'Baik', min: '0.10', naik: '-0.20', q: 'kota', dua: true }
	].map((f, i) => ({
		label: `ranking_filtered 2024 semua peningkatan #${i}`,
		file: 'ranking_filtered',
		empty: false,
		run: (e: Engine) => queries.rankingFiltered(e, 2024, 'semua', 'peningkatan', f)
	})),
	{
		label: 'not_evaluated 2024 kota',
		file: 'not_evaluated',
		empty: false,
		run: (e: Engine) => queries.notEvaluated(e, 2024, 'kota')
	},
	// history, methodologies, indicators (the base fixture has no indicator levels; see
	// src/lib/sql/history.test.ts for them)
	{ label: 'year_summary', file: 'year_summary', empty: false, run: queries.yearSummary },
	{ label: 'methodologies', file: 'methodologies', empty: false, run: queries.methodologies },
	{
		label: 'methodology_items',
		file: 'methodology_items',
		empty: false,
		run: queries.methodologyItems
	},
	{ label: 'predicate_bands', file: 'predicate_bands', empty: false, run: queries.predicateBands },
	{
		label: 'profile_indicators',
		file: 'profile_indicators',
		empty: true,
		run: (e: Engine) => queries.profileIndicators(e, '*')
	},
	{
		label: 'indicator_distribution 2022',
		file: 'indicator_distribution',
		empty: true,
		run: (e: Engine) => queries.indicatorDistribution(e, 2022)
	}
];

/** The .sql files in src/lib/sql that are not queries. */
const NOT_QUERIES = ['schema', 'fixture'];

let exact: NodeEngine;
let direct: NodeEngine;
let blocking: NodeEngine;
let browserLike: AsyncEngine;
let files: Map<TableName, Uint8Array>;

beforeAll(async () => {
	exact = await fixtureEngine({ exact: true });
	files = exportTables(exact);
	direct = await fixtureEngine();
	blocking = await createNodeEngine();
	for (const [name, bytes] of files) blocking.loadArrow(name, bytes);
	browserLike = await createAsyncEngine(files);
}, 60_000);

afterAll(async () => {
	exact?.close();
	direct?.close();
	blocking?.close();
	if (browserLike) {
		await browserLike.connection.close();
		await browserLike.db.terminate();
	}
});

describe('the published Arrow files', () => {
	it('are written for every table, none empty', () => {
		for (const name of TABLES) expect(files.get(name)?.byteLength ?? 0).toBeGreaterThan(0);
	});

	it('hold every row and keep every column type in both engines', async () => {
		const shape = `SELECT table_name, column_name, data_type FROM information_schema.columns
			WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`;
		const counts = TABLES.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t}`).join(
			' UNION ALL '
		);
		for (const sql of [shape, `${counts} ORDER BY t`]) {
			const want = await direct.query(sql);
			expect(want.length).toBeGreaterThan(0);
			expect(await blocking.query(sql)).toStrictEqual(want);
			expect(await browserLike.query(sql)).toStrictEqual(want);
		}
	});

	it('run the same engine version in both builds', async () => {
		const sql = 'SELECT version() AS v';
		expect(await browserLike.query(sql)).toStrictEqual(await blocking.query(sql));
	});
});

describe('the same SQL gives the same answer in both engines', () => {
	it('covers every query in src/lib/sql', () => {
		const files = new Set(CASES.map((c) => c.file));
		const queries = Object.keys(SQL).filter((name) => !NOT_QUERIES.includes(name));
		expect([...files].sort()).toEqual(queries.sort());
	});

	it.each(CASES)('$label', async ({ run, empty }) => {
		const fromSql = await run(direct);
		const fromArrow = await run(blocking);
		const inBrowser = await run(browserLike);
		expect(fromSql.length === 0).toBe(empty);
		expect(fromArrow).toStrictEqual(fromSql);
		expect(inBrowser).toStrictEqual(fromArrow);
		// toStrictEqual ignores key order; a page reading columns by position would not.
		const keys = (rows: unknown[]) => Object.keys(rows[0] ?? {});
		expect(keys(inBrowser)).toEqual(keys(fromSql));
	});
});
