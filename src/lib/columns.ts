/**
 * Rows sent as columns. A ranking's rows repeat the same keys and a handful of values (group,
 * year, status, predicate) on every row, and SvelteKit's serialiser writes each row as its own
 * object of references: the kabupaten ranking's page data was 22.7 KB brotli, and 14.7 KB with
 * its rows as columns (10.7 KB once its charts went to their own file). A page or file sends `pack(rows)`; its reader gets the same rows back with
 * `unpack`, key for key and value for value (scores go as integer hundredths only where that
 * is exact, so no score is ever rounded on the way).
 */

/** A row: flat, of plain values. */
type Cell = string | number | boolean | null;

/** One key's values, in the smallest of these forms that holds them exactly. */
type Column =
	/** the same value on every row */
	| { c: Cell }
	/** safe integers, comma-joined ('' is null) */
	| { i: string }
	/** numbers that are exact hundredths, as integer hundredths, comma-joined ('' is null) */
	| { h: string }
	/** few distinct values: those, and each row's index into them (base 36, comma-joined) */
	| { v: Cell[]; x: string }
	/** each row's value as it is */
	| { l: Cell[] };

/** Rows of type T as columns (the type travels along, so `unpack` gives T back). */
export interface Packed<T> {
	n: number;
	cols: Record<string, Column>;
	/** never set: carries the row type from `pack` to `unpack` */
	_row?: T;
}

const isHundredths = (v: number) => Number.isFinite(v) && Math.round(v * 100) / 100 === v;

function numbers(values: Cell[], test: (v: number) => boolean): values is (number | null)[] {
	return values.every((v) => v === null || (typeof v === 'number' && test(v) && !Object.is(v, -0)));
}

function packColumn(values: Cell[]): Column {
	const first = values[0] ?? null;
	if (values.every((v) => v === first)) return { c: first };
	const joined = (f: (v: number) => number) =>
		values.map((v) => (v === null ? '' : String(f(v as number)))).join(',');
	if (numbers(values, Number.isSafeInteger)) return { i: joined((v) => v) };
	if (numbers(values, isHundredths)) return { h: joined((v) => Math.round(v * 100)) };
	const distinct = [...new Set(values)];
	if (distinct.length * 2 > values.length) return { l: values };
	const at = new Map(distinct.map((v, k) => [v, k.toString(36)]));
	return { v: distinct, x: values.map((v) => at.get(v)).join(',') };
}

function unpackColumn(col: Column, n: number): Cell[] {
	if ('c' in col) return Array.from({ length: n }, () => col.c);
	if ('l' in col) return col.l;
	if ('v' in col) return col.x.split(',').map((k) => col.v[parseInt(k, 36)] ?? null);
	const scale = 'h' in col ? 100 : 1;
	const text = 'h' in col ? col.h : col.i;
	// integer hundredths divided by 100 give the same double as the decimal written out
	return text.split(',').map((s) => (s === '' ? null : Number(s) / scale));
}

/** The rows as columns; every row must have the keys of the first. */
export function pack<T extends object>(rows: readonly T[]): Packed<T> {
	const keys = rows.length ? Object.keys(rows[0] as object) : [];
	const cols: Record<string, Column> = {};
	for (const key of keys)
		cols[key] = packColumn(rows.map((r) => (r as Record<string, Cell>)[key] ?? null));
	return { n: rows.length, cols };
}

/** The rows `pack` was given, in their order and with their keys in order. */
export function unpack<T extends object>(packed: Packed<T>): T[] {
	const keys = Object.keys(packed.cols);
	const values = keys.map((k) => unpackColumn(packed.cols[k] as Column, packed.n));
	const rows: T[] = [];
	for (let r = 0; r < packed.n; r++) {
		const row: Record<string, Cell> = {};
		for (let k = 0; k < keys.length; k++) row[keys[k] as string] = values[k]?.[r] ?? null;
		rows.push(row as T);
	}
	return rows;
}
