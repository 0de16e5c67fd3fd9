/**
 * Imported datasets in DuckDB (browser or Node): rows go into `result` with status
 * 'imported' and one `source` row per dataset (publisher 'impor lokal'). Rows of a year that
 * already has official data never enter `result` (they would mix with the official ranking):
 * they go into `imported_result`, same columns, shown in profiles and the SQL console.
 * Aspect and indicator scores go into `imported_score` (one value per row), leadership
 * indices into `imported_leadership` (src/lib/sql/imported_schema.sql).
 *
 * Rows arrive as Arrow IPC (./encode.ts, built in the import worker) into staging tables and
 * are copied with INSERT … SELECT; the dataset's id, name and years are bound parameters. No
 * value from a file is ever part of an SQL string. Every statement is a file in src/lib/sql
 * (run by both engines in src/lib/db/engines.test.ts). Removing a dataset deletes exactly its rows.
 *
 * Stored format: `ImportedData` { rows, scores }; datasets stored before scores and leadership
 * were kept are a bare Uint8Array of rows without idl/idcd, still restored.
 */
import { forgetAnswers, type Scores } from '$lib/db/queries';
import { composeFiles } from '$lib/db/compose';
import type { Engine } from '$lib/db/types';
import type { DatasetMeta, ImportedData } from './types';

export type { DatasetMeta, ImportedData } from './types';

export interface ArrowEngine extends Engine {
	/** Creates table `name` from Arrow IPC bytes. */
	loadArrow(name: string, bytes: Uint8Array): void | Promise<void>;
}

/**
 * What storage holds for a dataset, read defensively: ImportedData, or (stored before
 * aspects and leadership indices were kept) a bare rows IPC; anything else is null (skipped).
 */
export function storedData(value: unknown): ImportedData | Uint8Array | null {
	if (value instanceof Uint8Array) return value.byteLength > 0 ? value : null;
	if (typeof value !== 'object' || value === null) return null;
	const { rows, scores } = value as Partial<ImportedData>;
	if (!(rows instanceof Uint8Array) || rows.byteLength === 0) return null;
	return scores instanceof Uint8Array ? { rows, scores } : { rows };
}

// The imported-data statements (src/lib/sql/imported_*.sql), kept out of the first-view
// bundle that $lib/db/queries is part of: only pages that read or write datasets load them.
const files = import.meta.glob('../sql/imported_*.sql', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
export const IMPORT_SQL: Record<string, string> = composeFiles(files);
const SQL = IMPORT_SQL;

const STAGING = 'tolok_import_staging';
const STAGING_SCORES = 'tolok_import_staging_scores';

/** The statements of a multi-statement file, one by one (the engines run one at a time). */
function statements(file: string): string[] {
	const text = SQL[file];
	if (text === undefined) throw new Error(`src/lib/sql/${file}.sql is missing`);
	return text
		.replace(/--[^\n]*/g, '')
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
}

const sql = (file: string): string => {
	const text = SQL[file];
	if (text === undefined) throw new Error(`src/lib/sql/${file}.sql is missing`);
	return text;
};

export async function ensureImportTables(e: Engine): Promise<void> {
	for (const s of statements('imported_schema')) await e.query(s);
}

async function dropStaging(e: Engine): Promise<void> {
	for (const s of statements('imported_drop_staging')) await e.query(s);
}

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
	await dropStaging(e);
	try {
		await e.loadArrow(STAGING, rows);
		const separate = meta.separateYears.join(',');
		const inResult = meta.years.filter((y) => !meta.separateYears.includes(y)).join(',');
		await e.query(sql('imported_insert_separate'), [meta.id, separate, meta.name]);
		await e.query(sql('imported_insert_result'), [meta.id, inResult, meta.name]);
		// ImportedData always carries idl/idcd; a bare rows IPC may be of the older format
		const leadership =
			!(data instanceof Uint8Array) ||
			(await e.query<{ has_leadership: boolean }>(sql('imported_staged_leadership')))[0]
				?.has_leadership === true;
		if (leadership) await e.query(sql('imported_insert_leadership'), [meta.id]);
		if (scores && scores.byteLength > 0) {
			await e.loadArrow(STAGING_SCORES, scores);
			await e.query(sql('imported_insert_scores'), [meta.id]);
		}
		await e.query(sql('imported_insert_source'), [
			meta.id,
			meta.name,
			meta.importedAt.slice(0, 10),
			meta.fileName
		]);
	} catch (err) {
		await removeDataset(e, meta.id);
		throw err;
	} finally {
		await dropStaging(e);
		forgetAnswers(e);
	}
}

/** Removes one dataset: its rows in every imported table and its source row. */
export async function removeDataset(e: Engine, id: string) {
	await ensureImportTables(e);
	for (const s of statements('imported_remove')) await e.query(s, [id]);
	forgetAnswers(e);
}

/** Years already ranked (official or imported into result): a new dataset adds these separately. */
export async function takenYears(e: Engine): Promise<number[]> {
	const rows = await e.query<{ year: number }>(sql('imported_taken_years'));
	return rows.map((r) => Number(r.year));
}

export interface ImportedResultRow extends Scores {
	id: string;
	year: number;
	predicate: string;
	source_id: string;
	dataset: string;
	name_as_printed: string;
	source_row: number | null;
	terpisah: boolean;
	/** the index of the year's methodology: 'Indeks SPBE' or 'Indeks Pemdi' (null: none known) */
	indeks: string | null;
}

/** Imported rows of one instansi ('*': all), newest year first. */
export async function importedResults(e: Engine, id: string | '*'): Promise<ImportedResultRow[]> {
	await ensureImportTables(e);
	return e.query<ImportedResultRow & Record<string, unknown>>(sql('imported_results'), [id]);
}

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
	const rows = await e.query<LeadershipRankRow & Record<string, unknown>>(
		sql('imported_leadership'),
		[kelompok]
	);
	return rows.map((r) => ({ ...r, year: Number(r.year), peringkat: Number(r.peringkat) }));
}
