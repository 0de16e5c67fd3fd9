/**
 * Sorting a table by one column, the same way for every table on the site: numbers as
 * numbers, text in Indonesian collation ("Kota 10" after "Kota 9"), missing values last in
 * both directions, ties kept in the table's own order (the sort is stable). The sort lives
 * in the address as `?urut=kolom` (ascending) or `?urut=-kolom` (descending), the
 * convention of JSON:API's `sort`, so a shared link shows the same order.
 */
export type SortDir = 'asc' | 'desc';
export interface SortState {
	key: string;
	dir: SortDir;
}
export type SortValue = number | string | boolean | null | undefined;

// made on the first text comparison: building it cost ~50 ms of a 4×-slowed phone CPU as the
// module loaded, and most first views sort nothing by text
let collator: Intl.Collator | null = null;

/** Orders two present values: numbers (and booleans) numerically, text by collation. */
export function compareValues(a: Exclude<SortValue, null | undefined>, b: typeof a): number {
	if (typeof a === 'string' || typeof b === 'string') {
		collator ??= new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
		return collator.compare(String(a), String(b));
	}
	return Number(a) - Number(b);
}

/**
 * Names in alphabetical order, ignoring case, without a collator: for lists a page builds as
 * it starts (the province filter's 38 names sort exactly as Indonesian collation has them),
 * where building the first Intl object of the page costs a phone ~100 ms of CPU.
 */
export function compareNames(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

const missing = (v: SortValue) => v === null || v === undefined || v === '' || Number.isNaN(v);

/** The rows sorted by `state` (a new array; `rows` is left as it is). */
export function sortRows<T>(
	rows: readonly T[],
	state: SortState | null,
	value: (row: T, key: string) => SortValue
): T[] {
	if (!state) return [...rows];
	const sign = state.dir === 'asc' ? 1 : -1;
	const keyed = rows.map((row, i) => ({ row, i, v: value(row, state.key) }));
	keyed.sort((x, y) => {
		const mx = missing(x.v);
		const my = missing(y.v);
		if (mx || my) return mx === my ? x.i - y.i : mx ? 1 : -1;
		return sign * compareValues(x.v as string | number, y.v as string | number) || x.i - y.i;
	});
	return keyed.map((k) => k.row);
}

/** `urut=-nilai` → { key: 'nilai', dir: 'desc' }; unknown columns are ignored. */
export function parseSort(text: string | null, keys: readonly string[]): SortState | null {
	if (!text) return null;
	const desc = text.startsWith('-');
	const key = desc ? text.slice(1) : text;
	return keys.includes(key) ? { key, dir: desc ? 'desc' : 'asc' } : null;
}

export function writeSort(state: SortState | null): string | null {
	return state ? `${state.dir === 'desc' ? '-' : ''}${state.key}` : null;
}

/**
 * The sort after a click on column `key`: a new column starts in its natural direction
 * (`first`: text A→Z, values highest first), the sorted column flips.
 */
export function nextSort(current: SortState | null, key: string, first: SortDir): SortState {
	if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: first };
}

/** aria-sort of a column header: only the sorted column says how. */
export function ariaSort(
	state: SortState | null,
	key: string
): 'ascending' | 'descending' | undefined {
	if (state?.key !== key) return undefined;
	return state.dir === 'asc' ? 'ascending' : 'descending';
}
