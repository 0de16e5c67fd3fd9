/**
 * How the console shows, sorts and downloads the engine's bounded cells (ShownCell from
 * src/lib/db/read-only.ts). Pure: tested in node.
 */
import type { ColumnKind, ShownCell } from '$lib/db/read-only';
import type { Lang } from '$lib/i18n';

/** A decimal number's text with the reader's decimal separator (3,82 in Indonesian). */
function localDecimal(text: string, lang: Lang): string {
	return lang === 'id' ? text.replace('.', ',') : text;
}

/** The text of one cell: numbers exact and in the reader's format, everything else as DuckDB writes it. */
export function cellText(cell: ShownCell, kind: ColumnKind, lang: Lang): string {
	const v = cell.value;
	if (v === null) return '';
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) return String(v);
		// integers without grouping (years, codes); others their shortest exact form
		return localDecimal(String(v), lang);
	}
	if (kind === 'exact') return localDecimal(v, lang);
	return v;
}

/** Whether a column's cells are numbers (aligned right, sorted by value). */
export const numeric = (kind: ColumnKind) => kind === 'number' || kind === 'exact';

function exactCompare(a: string, b: string): number {
	if (/^-?\d+$/.test(a) && /^-?\d+$/.test(b)) {
		const x = BigInt(a);
		const y = BigInt(b);
		return x < y ? -1 : x > y ? 1 : 0;
	}
	return Number(a) - Number(b);
}

/** Sort order of two cells of one column; empty cells last. */
export function compareCells(a: ShownCell, b: ShownCell, kind: ColumnKind): number {
	const x = a.value;
	const y = b.value;
	if (x === y) return 0;
	if (x === null) return 1;
	if (y === null) return -1;
	if (typeof x === 'number' && typeof y === 'number') return x - y;
	if (kind === 'exact') return exactCompare(String(x), String(y));
	return String(x).localeCompare(String(y));
}
