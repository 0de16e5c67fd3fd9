/**
 * Imported datasets in DuckDB (browser or Node): rows go into `result` with status
 * 'imported' and one `source` row per dataset (publisher 'impor lokal'). Rows of a year that
 * already has official data never enter `result` (they would mix with the official ranking):
 * they go into `imported_result`, same columns, shown in profiles and the SQL console.
 * Aspect and indicator scores go into `imported_score` (one value per row), leadership
 * indices into `imported_leadership` (imported_schema.sql).
 *
 * Rows arrive as Arrow IPC (built in the import worker) into staging tables and are copied
 * with INSERT … SELECT; the dataset's id, name and years are bound parameters. No value from
 * a file is ever part of an SQL string. Removing a dataset deletes exactly its rows.
 *
 * Stored format (IndexedDB): `ImportedData` { rows, scores }; datasets stored before scores
 * and leadership were kept are a bare Uint8Array of rows without idl/idcd, still restored.
 */
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import IMPORTED_SCHEMA from './imported_schema.sql?raw';
import type { Engine } from './types';
import { forgetAnswers } from './queries';
import type { ImportBatch } from '$lib/import/validate';

export interface ArrowEngine extends Engine {
	/** Creates table `name` from Arrow IPC bytes. */
	loadArrow(name: string, bytes: Uint8Array): void | Promise<void>;
}

export interface DatasetMeta {
	id: string;
	name: string;
	fileName: string;
	importedAt: string;
	rows: number;
	years: number[];
	/** years that had official data at import: those rows live in imported_result */
	separateYears: number[];
	/** years with leadership indices (imported_leadership); absent in datasets stored before */
	leadershipYears?: number[];
	/** aspect and indicator values kept (imported_score) */
	scoreValues?: number;
}

/** What is stored and loaded for one dataset: its rows, and its aspect/indicator values. */
export interface ImportedData {
	rows: Uint8Array;
	scores?: Uint8Array;
}

/**
 * What IndexedDB holds for a dataset, read defensively: ImportedData, or (stored before
 * aspects and leadership indices were kept) a bare rows IPC; anything else is null (skipped).
 */
export function storedData(value: unknown): ImportedData | Uint8Array | null {
	if (value instanceof Uint8Array) return value.byteLength > 0 ? value : null;
	if (typeof value !== 'object' || value === null) return null;
	const { rows, scores } = value as Partial<ImportedData>;
	if (!(rows instanceof Uint8Array) || rows.byteLength === 0) return null;
	return scores instanceof Uint8Array ? { rows, scores } : { rows };
}

const STAGING = 'tolok_import_staging';
const STAGING_SCORES = 'tolok_import_staging_scores';

/** The validated rows as Arrow IPC (typed columns; scores as exact text). */
export function batchToIpc(b: ImportBatch): Uint8Array {
	const table = tableFromArrays({
		instansi_id: b.instansi_id,
		year: Int16Array.from(b.year),
		index: b.index,
		kebijakan: b.kebijakan,
		tata_kelola: b.tata_kelola,
		manajemen: b.manajemen,
		layanan: b.layanan,
		predicate: b.predicate,
		idl: b.idl,
		idcd: b.idcd,
		name: b.name,
		source_row: Int32Array.from(b.source_row)
	});
	return tableToIPC(table, 'stream');
}

/** Rows and aspect/indicator values as Arrow IPC; values as integer hundredths (typed, compact). */
export function batchToData(b: ImportBatch): ImportedData {
	const rows = batchToIpc(b);
	if (b.score_value.length === 0) return { rows };
	const scores = tableToIPC(
		tableFromArrays({
			source_row: Int32Array.from(b.score_row),
			code: Int16Array.from(b.score_code),
			hundredths: Int16Array.from(b.score_value)
		}),
		'stream'
	);
	return { rows, scores };
}

/** The statements of imported_schema.sql, one by one (the engines run one at a time). */
const SCHEMA_STATEMENTS = IMPORTED_SCHEMA.replace(/--[^\n]*/g, '')
	.split(';')
	.map((s) => s.trim())
	.filter(Boolean);

export async function ensureImportTables(e: Engine): Promise<void> {
	for (const sql of SCHEMA_STATEMENTS) await e.query(sql);
}

const SELECT_STAGED = `
SELECT
	s.instansi_id,
	s.year::SMALLINT,
	-- the methodology governing the row's year (its bands give the gap to the next predicate)
	coalesce((SELECT id FROM methodology_version WHERE s.year BETWEEN first_year AND coalesce(last_year, 9999) LIMIT 1), 'impor'),
	CAST(s."index" AS DECIMAL(3, 2)),
	CAST(s.kebijakan AS DECIMAL(3, 2)),
	CAST(s.tata_kelola AS DECIMAL(3, 2)),
	CAST(s.manajemen AS DECIMAL(3, 2)),
	CAST(s.layanan AS DECIMAL(3, 2)),
	s.predicate,
	'imported',
	$1,
	NULL,
	CASE WHEN s.source_row <= 32767 THEN s.source_row::SMALLINT END,
	s.name,
	NULL,
	$3,
	NULL
FROM ${STAGING} s
WHERE s."index" IS NOT NULL
	AND list_contains(string_split($2, ','), CAST(s.year AS VARCHAR))`;

const INSERT_LEADERSHIP = `
INSERT INTO imported_leadership
SELECT $1, s.instansi_id, s.year::SMALLINT,
	CAST(s.idl AS DECIMAL(5, 2)), CAST(s.idcd AS DECIMAL(5, 2)), s.name, s.source_row
FROM ${STAGING} s
WHERE s.idl IS NOT NULL OR s.idcd IS NOT NULL`;

// hundredths × 0.01 is an exact DECIMAL product (no floating point on the way)
const INSERT_SCORES = `
INSERT INTO imported_score
SELECT $1, s.instansi_id, s.year::SMALLINT,
	CASE WHEN v.code < 100 THEN 'aspek' ELSE 'indikator' END,
	(v.code % 100)::TINYINT,
	CAST(CAST(v.hundredths AS DECIMAL(5, 0)) * 0.01 AS DECIMAL(3, 2))
FROM ${STAGING_SCORES} v
JOIN ${STAGING} s ON s.source_row = v.source_row`;

/**
 * Adds one dataset (meta + its Arrow data). `data` may be a bare Uint8Array of rows, as
 * datasets stored before aspects and leadership indices were kept; rows without idl/idcd
 * columns load into result only. On any failure the dataset's rows are removed again.
 */
export async function insertDataset(
	e: ArrowEngine,
	meta: DatasetMeta,
	data: ImportedData | Uint8Array
) {
	const { rows, scores } = data instanceof Uint8Array ? { rows: data, scores: undefined } : data;
	await ensureImportTables(e);
	await e.query(`DROP TABLE IF EXISTS ${STAGING}`);
	await e.query(`DROP TABLE IF EXISTS ${STAGING_SCORES}`);
	try {
		await e.loadArrow(STAGING, rows);
		const separate = meta.separateYears.join(',');
		const inResult = meta.years.filter((y) => !meta.separateYears.includes(y)).join(',');
		await e.query(`INSERT INTO imported_result ${SELECT_STAGED}`, [meta.id, separate, meta.name]);
		await e.query(`INSERT INTO result ${SELECT_STAGED}`, [meta.id, inResult, meta.name]);
		// ImportedData always carries idl/idcd; a bare rows IPC may be of the older format
		const leadership =
			!(data instanceof Uint8Array) ||
			(await e.query<{ column_name: string }>(`DESCRIBE ${STAGING}`)).some(
				(c) => c.column_name === 'idl'
			);
		if (leadership) await e.query(INSERT_LEADERSHIP, [meta.id]);
		if (scores && scores.byteLength > 0) {
			await e.loadArrow(STAGING_SCORES, scores);
			await e.query(INSERT_SCORES, [meta.id]);
		}
		await e.query(
			`INSERT INTO source (id, publisher, title, date, address, note) VALUES ($1, 'impor lokal', $2, $3, NULL, $4)`,
			[meta.id, meta.name, meta.importedAt.slice(0, 10), meta.fileName]
		);
	} catch (err) {
		await removeDataset(e, meta.id);
		throw err;
	} finally {
		await e.query(`DROP TABLE IF EXISTS ${STAGING}`);
		await e.query(`DROP TABLE IF EXISTS ${STAGING_SCORES}`);
		forgetAnswers(e);
	}
}

/** Removes one dataset: its rows in every imported table and its source row. */
export async function removeDataset(e: Engine, id: string) {
	await ensureImportTables(e);
	await e.query(`DELETE FROM result WHERE status = 'imported' AND source_id = $1`, [id]);
	await e.query(`DELETE FROM imported_result WHERE source_id = $1`, [id]);
	await e.query(`DELETE FROM imported_score WHERE source_id = $1`, [id]);
	await e.query(`DELETE FROM imported_leadership WHERE source_id = $1`, [id]);
	await e.query(`DELETE FROM source WHERE id = $1 AND publisher = 'impor lokal'`, [id]);
	forgetAnswers(e);
}

/** Years already ranked (official or imported into result): a new dataset adds these separately. */
export async function takenYears(e: Engine): Promise<number[]> {
	const rows = await e.query<{ year: number }>(
		`SELECT DISTINCT year FROM result WHERE status <> 'reported' ORDER BY year`
	);
	return rows.map((r) => Number(r.year));
}

import IMPORTED_RESULTS from './imported_results.sql?raw';
import type { Scores } from './queries';

export interface ImportedResultRow extends Scores {
	id: string;
	year: number;
	predicate: string;
	source_id: string;
	dataset: string;
	name_as_printed: string;
	source_row: number | null;
	terpisah: boolean;
}

/** Imported rows of one instansi ('*': all), newest year first. */
export async function importedResults(e: Engine, id: string | '*'): Promise<ImportedResultRow[]> {
	await ensureImportTables(e);
	return e.query<ImportedResultRow & Record<string, unknown>>(IMPORTED_RESULTS, [id]);
}

import IMPORTED_LEADERSHIP from './imported_leadership.sql?raw';

export type LeadershipMeasure = 'idl' | 'idcd';

export interface LeadershipRankRow {
	measure: LeadershipMeasure;
	source_id: string;
	dataset: string;
	year: number;
	peringkat: number;
	seri: boolean;
	id: string;
	name: string;
	kind: string;
	provinsi_nama: string | null;
	nilai: number;
	name_as_printed: string | null;
}

/**
 * Imported leadership indices of one kelompok ranked per dataset, year and measure (IDL
 * first), best first. Empty until a dataset with IDL or IDCD is imported.
 */
export async function leadershipRanking(
	e: Engine,
	kelompok: 'provinsi' | 'kabupaten' | 'kota' | 'daerah'
): Promise<LeadershipRankRow[]> {
	await ensureImportTables(e);
	const rows = await e.query<LeadershipRankRow & Record<string, unknown>>(IMPORTED_LEADERSHIP, [
		kelompok
	]);
	return rows.map((r) => ({ ...r, year: Number(r.year), peringkat: Number(r.peringkat) }));
}
