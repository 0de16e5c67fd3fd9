/**
 * The validated rows as Arrow IPC, built in the import worker and transferred to the page:
 * typed columns, scores as exact two-decimal text (rows) and integer hundredths (aspect and
 * indicator values). Encoding only: no engine, no SQL (the worker bundle carries neither).
 *
 * Columns are laid out directly (makeData), not through Arrow's builders: those compile a
 * validity check with `Function(…)`, which the workers' Content-Security-Policy (no
 * 'unsafe-eval') forbids.
 */
import {
	Int16,
	Int32,
	Table,
	Utf8,
	makeData,
	makeVector,
	tableToIPC,
	type Vector
} from 'apache-arrow';
import type { ImportBatch } from './validate';
import type { ImportedData } from './types';

const encoder = new TextEncoder();

/** A nullable UTF-8 column. */
function utf8(values: readonly (string | null)[]): Vector<Utf8> {
	const bytes = values.map((v) => (v === null ? null : encoder.encode(v)));
	const offsets = new Int32Array(values.length + 1);
	const nulls = new Uint8Array(Math.ceil(values.length / 8));
	let size = 0;
	let nullCount = 0;
	bytes.forEach((b, i) => {
		if (b === null) nullCount++;
		else {
			nulls[i >> 3] = (nulls[i >> 3] as number) | (1 << (i & 7));
			size += b.length;
		}
		offsets[i + 1] = size;
	});
	const data = new Uint8Array(size);
	bytes.forEach((b, i) => b && data.set(b, offsets[i] as number));
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount,
			nullBitmap: nullCount > 0 ? nulls : null,
			valueOffsets: offsets,
			data
		})
	);
}

const int16 = (values: readonly number[]) =>
	makeVector(makeData({ type: new Int16(), length: values.length, data: Int16Array.from(values) }));
const int32 = (values: readonly number[]) =>
	makeVector(makeData({ type: new Int32(), length: values.length, data: Int32Array.from(values) }));

/** The validated rows as Arrow IPC (typed columns; scores as exact text). */
export function batchToIpc(b: ImportBatch): Uint8Array {
	const table = new Table({
		instansi_id: utf8(b.instansi_id),
		year: int16(b.year),
		index: utf8(b.index),
		kebijakan: utf8(b.kebijakan),
		tata_kelola: utf8(b.tata_kelola),
		manajemen: utf8(b.manajemen),
		layanan: utf8(b.layanan),
		predicate: utf8(b.predicate),
		idl: utf8(b.idl),
		idcd: utf8(b.idcd),
		name: utf8(b.name),
		source_row: int32(b.source_row)
	});
	return tableToIPC(table, 'stream');
}

/** Rows and aspect/indicator values as Arrow IPC; values as integer hundredths (typed, compact). */
export function batchToData(b: ImportBatch): ImportedData {
	const rows = batchToIpc(b);
	if (b.score_value.length === 0) return { rows };
	const scores = tableToIPC(
		new Table({
			source_row: int32(b.score_row),
			code: int16(b.score_code),
			hundredths: int16(b.score_value)
		}),
		'stream'
	);
	return { rows, scores };
}
