/**
 * Imported datasets in DuckDB (browser or Node): rows go into `result` with status
 * 'imported' and one `source` row per dataset (publisher 'impor lokal'). Rows of a year that
 * already has official data never enter `result` (they would mix with the official ranking):
 * they go into `imported_result`, same columns, shown in profiles and the SQL console.
 *
 * Rows arrive as Arrow IPC (built in the import worker) into a staging table and are copied
 * with INSERT … SELECT; the dataset's id, name and years are bound parameters. No value from
 * a file is ever part of an SQL string. Removing a dataset deletes exactly its rows.
 */
import { tableFromArrays, tableToIPC } from 'apache-arrow';
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
}

const STAGING = 'tolok_import_staging';

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
		name: b.name,
		source_row: Int32Array.from(b.source_row)
	});
	return tableToIPC(table, 'stream');
}

export async function ensureImportTables(e: Engine): Promise<void> {
	await e.query('CREATE TABLE IF NOT EXISTS imported_result AS SELECT * FROM result WHERE false');
}

const SELECT_STAGED = `
SELECT
	s.instansi_id,
	s.year::SMALLINT,
	coalesce((SELECT id FROM methodology_version ORDER BY first_year DESC LIMIT 1), 'impor'),
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
WHERE list_contains(string_split($2, ','), CAST(s.year AS VARCHAR))`;

/** Adds one dataset (meta + its Arrow rows). */
export async function insertDataset(e: ArrowEngine, meta: DatasetMeta, ipc: Uint8Array) {
	await ensureImportTables(e);
	await e.query(`DROP TABLE IF EXISTS ${STAGING}`);
	await e.loadArrow(STAGING, ipc);
	try {
		const separate = meta.separateYears.join(',');
		const inResult = meta.years.filter((y) => !meta.separateYears.includes(y)).join(',');
		await e.query(`INSERT INTO imported_result ${SELECT_STAGED}`, [meta.id, separate, meta.name]);
		await e.query(`INSERT INTO result ${SELECT_STAGED}`, [meta.id, inResult, meta.name]);
		await e.query(
			`INSERT INTO source (id, publisher, title, date, address, note) VALUES ($1, 'impor lokal', $2, $3, NULL, $4)`,
			[meta.id, meta.name, meta.importedAt.slice(0, 10), meta.fileName]
		);
	} finally {
		await e.query(`DROP TABLE IF EXISTS ${STAGING}`);
		forgetAnswers(e);
	}
}

/** Removes one dataset: its rows in result and imported_result and its source row. */
export async function removeDataset(e: Engine, id: string) {
	await ensureImportTables(e);
	await e.query(`DELETE FROM result WHERE status = 'imported' AND source_id = $1`, [id]);
	await e.query(`DELETE FROM imported_result WHERE source_id = $1`, [id]);
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
