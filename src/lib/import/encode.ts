/**
 * The validated rows as Arrow IPC, built in the import worker and transferred to the page:
 * typed columns, scores as exact two-decimal text (rows) and integer hundredths (aspect and
 * indicator values). Encoding only: no engine, no SQL (the worker bundle carries neither).
 */
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { ImportBatch } from './validate';
import type { ImportedData } from './types';

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
