/**
 * The same SQL gives the same answer in both engines. The fixture is built into the exact
 * engine (as scripts/pipeline/write.ts builds the published files), every table is exported
 * as Arrow IPC, and the bytes are loaded
 *  - into the prerenderer's engine (duckdb-wasm's blocking Node build, via loadArrow), and
 *  - into the browser's engine: createBrowserEngine itself (browser.ts), on duckdb-wasm's
 *    async Node build behind a worker thread (./node-platform.ts) instead of a Web Worker.
 * Every standard query then runs through both, and through the engine that ran the fixture
 * SQL directly, and the plain rows must be deeply equal; so do the imported-data statements
 * (src/lib/sql/imported_*.sql), run on a dataset imported into each engine.
 */
import { INDEKS_PEMDI } from '$lib/methodology/family';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserEngine, type BrowserEngine } from './browser';
import { createNodeEngine, type NodeEngine } from './engine-node';
import { nodePlatform } from './node-platform';
import { KATEGORI, KELOMPOK, queries } from './queries';
import { SQL } from './sql-text';
import { TABLES, type Engine, type TableName } from './types';
import { fixtureEngine } from '../sql/fixture';
import {
	importedResults,
	insertDataset,
	leadershipRanking,
	removeDataset,
	takenYears,
	IMPORT_SQL,
	type ArrowEngine
} from '../import/tables';
import { batchToData } from '../import/encode';
import { createValidator, type ImportBatch } from '../import/validate';
import { recogniseColumns } from '../import/columns';
import type { DatasetMeta } from '../import/types';

const require = createRequire(import.meta.url);

// The Node builds hand back tables made by the CommonJS copy of apache-arrow; serialise
// them with that same copy (as scripts/pipeline/write.ts does).
const { tableToIPC } = require('apache-arrow') as typeof import('apache-arrow');

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
	/** Other src/lib/sql files it runs too. */
	alsoFiles?: string[];
	/** Whether the fixture gives no rows (a year with only a reported row). */
	empty: boolean;
	run: (engine: Engine) => Promise<unknown[]>;
}

/** A small imported dataset: a year of its own (ranked) and 2024 (kept apart), every kind of value. */
const IMPORT_CSV = [
	[
		'nama',
		'kode',
		'tahun',
		'indeks',
		'kebijakan',
		'tata kelola',
		'manajemen',
		'layanan',
		'idl',
		'idcd',
		'aspek 1',
		'indikator 3'
	],
	[
		'Kota Bandung',
		'32.73',
		'2027',
		'4.41',
		'4.20',
		'4.30',
		'4.40',
		'4.50',
		'81.25',
		'',
		'3.50',
		'2.75'
	],
	['Kota Magelang', '33.71', '2027', '3.82', '', '', '', '', '', '70', '', '1.00'],
	['Kota Bandung', '32.73', '2024', '2.60', '', '', '', '', '', '', '', '']
];
const IMPORT_META: DatasetMeta = {
	id: 'impor-kedua-mesin',
	name: 'Uji kedua mesin',
	fileName: 'uji.csv',
	importedAt: '2027-01-02T03:04:05.000Z',
	rows: 3,
	years: [2024, 2027],
	separateYears: [2024]
};
function importBatch(): ImportBatch {
	const headers = IMPORT_CSV[0] ?? [];
	const index = [
		{ i: '32.73', n: 'Kota Bandung', k: 'kota', p: 'Jawa Barat', s: 'kotabandung' },
		{ i: '33.71', n: 'Kota Magelang', k: 'kota', p: 'Jawa Tengah', s: 'kotamagelang' }
	];
	const v = createValidator(headers, recogniseColumns(headers), { index, officialYears: [] });
	IMPORT_CSV.slice(1).forEach((r, i) => v.row(r, i + 2));
	return v.finish().batch;
}
/** Imports the dataset, reads it back through every imported query, removes it. */
async function importedFlow(e: Engine): Promise<unknown[]> {
	await insertDataset(e as ArrowEngine, IMPORT_META, batchToData(importBatch()));
	const out = {
		results: await importedResults(e, '*'),
		one: await importedResults(e, '32.73'),
		leadership: await leadershipRanking(e, 'daerah'),
		taken: await takenYears(e),
		// an SPBE fixture: no Pemdi row, but the query runs alike in both engines
		pemdiStart: await e.query(IMPORT_SQL['imported_pemdi_start'] ?? '', [INDEKS_PEMDI]),
		scores: await e.query('SELECT * FROM imported_score ORDER BY ALL'),
		source: await e.query("SELECT * FROM source WHERE publisher = 'impor lokal' ORDER BY id")
	};
	await removeDataset(e, IMPORT_META.id);
	const after = await e.query(
		`SELECT (SELECT count(*) FROM result WHERE source_id = $1) + (SELECT count(*) FROM imported_result WHERE source_id = $1)
			+ (SELECT count(*) FROM imported_score WHERE source_id = $1) + (SELECT count(*) FROM imported_leadership WHERE source_id = $1) AS left_over`,
		[IMPORT_META.id]
	);
	return [out, after];
}

const CASES: Case[] = [
	{
		label: 'an imported dataset: inserted, read, removed',
		file: 'imported_schema',
		alsoFiles: [
			'imported_staged',
			'imported_insert_result',
			'imported_insert_separate',
			'imported_insert_leadership',
			'imported_insert_scores',
			'imported_insert_source',
			'imported_staged_leadership',
			'imported_drop_staging',
			'imported_results',
			'imported_leadership',
			'imported_taken_years',
			'imported_pemdi_start',
			'imported_remove'
		],
		empty: false,
		run: importedFlow
	},
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
	// profiles, comparison, map, search
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
	// change over time, the national series
	...KELOMPOK.flatMap((kelompok) =>
		(
			[
				[2023, 2024],
				[2022, 2023],
				[2024, 2026] // an imported year (fixture.sql's 2026 rows)
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
	// award rules, filtered rankings (bound parameters of every type), not evaluated
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
	// the fixture has no Indeks Pemdi results (none are published): an empty answer in both
	{
		label: 'pemdi_results',
		file: 'pemdi_results',
		empty: true,
		run: (e: Engine) => queries.pemdiResults(e, INDEKS_PEMDI)
	},
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
let browserLike: BrowserEngine;
let files: Map<TableName, Uint8Array>;

beforeAll(async () => {
	exact = await fixtureEngine({ exact: true });
	files = exportTables(exact);
	direct = await fixtureEngine();
	blocking = await createNodeEngine();
	for (const [name, bytes] of files) blocking.loadArrow(name, bytes);
	browserLike = await createBrowserEngine('', nodePlatform(files));
}, 60_000);

afterAll(async () => {
	exact?.close();
	direct?.close();
	blocking?.close();
	await browserLike?.terminate();
});

describe('the published Arrow files', () => {
	it('are written for every table, none empty', () => {
		for (const name of TABLES) expect(files.get(name)?.byteLength ?? 0).toBeGreaterThan(0);
	});

	it('hold every row and keep every column type in both engines', async () => {
		const shape = `SELECT table_name, column_name, data_type FROM information_schema.columns
			WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY table_name, ordinal_position`;
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
		const files = new Set(CASES.flatMap((c) => [c.file, ...(c.alsoFiles ?? [])]));
		const queries = Object.keys({ ...SQL, ...IMPORT_SQL }).filter(
			(name) => !NOT_QUERIES.includes(name)
		);
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
