/**
 * Reading arbitrary queries safely (the SQL console), pure and engine-neutral:
 * - the reader's text placed inside `SELECT * FROM ( … ) LIMIT n`, which only a query parses
 *   (DuckDB's own parser decides; a prepared statement holds exactly one statement);
 * - a projection that turns every column into something small and exact before it leaves the
 *   engine: BIGINT, HUGEINT and DECIMAL as their exact text, dates and nested values as
 *   DuckDB's own text, BLOB as hex, text cut at `maxChars` and lists at `maxItems` elements
 *   (their length kept). The main thread then only ever decodes short text and plain numbers,
 *   however large a value the query builds (`range(10000000)`, `repeat('x', 50000000)`).
 */

export interface ReadOnlyLimits {
	/** rows read (one more is asked for, to know whether there were more) */
	maxRows: number;
	/** characters of a text cell */
	maxChars: number;
	/** elements of a list */
	maxItems: number;
}

/** Why a read-only query did not answer. */
export class ReadOnlyError extends Error {
	constructor(
		/** `refused`: DuckDB would not prepare it as one query; `failed`: it ran and failed; `timeout`, `cancelled`: stopped by the time limit or an abort */
		readonly reason: 'refused' | 'failed' | 'timeout' | 'cancelled',
		message: string
	) {
		super(message);
	}
}

export const READ_ONLY_LIMITS: ReadOnlyLimits = { maxRows: 5000, maxChars: 2000, maxItems: 100 };

/** The reader's query wrapped so that nothing but a read can parse. */
export function wrapReadOnly(sql: string, limit = READ_ONLY_LIMITS.maxRows + 1): string {
	// newlines so a trailing -- comment cannot swallow the closing parenthesis
	return `SELECT * FROM (\n${sql.replace(/;\s*$/, '')}\n) AS tolok_kueri LIMIT ${Math.trunc(limit)}`;
}

/**
 * How a column is shown: `number` (a JavaScript number that is exact: integers up to 32 bits,
 * floating point), `exact` (a number as exact text: BIGINT, HUGEINT, DECIMAL), `boolean`,
 * `text` (text, dates, times, nested values, hex), `list` (text of the first elements, with
 * the full length).
 */
export type ColumnKind = 'number' | 'exact' | 'boolean' | 'text' | 'list';

export interface ReadOnlyColumn {
	name: string;
	/** DuckDB's type name, as DESCRIBE gives it */
	type: string;
	kind: ColumnKind;
}

const NUMBER = /^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT|UINTEGER|FLOAT|DOUBLE)$/;
const EXACT = /^(BIGINT|UBIGINT|HUGEINT|UHUGEINT|VARINT|BIGNUM|DECIMAL\(\d+,\s*\d+\))$/;
/** a variable-length list (`INTEGER[]`), not a fixed-size array (`INTEGER[3]`) */
const LIST = /\[\]$/;

export function columnKind(type: string): ColumnKind {
	const t = type.toUpperCase().trim();
	if (NUMBER.test(t)) return 'number';
	if (EXACT.test(t)) return 'exact';
	if (t === 'BOOLEAN') return 'boolean';
	if (LIST.test(t)) return 'list';
	return 'text';
}

/** A safe identifier for the k-th column of the wrapped query. */
const col = (k: number) => `c${k}`;

/**
 * The projection over the wrapped query: one output column per input column (`c0`, `c1`, …),
 * and for a list also `n{k}`, its length. Column names come back from DESCRIBE, never from the
 * reader's text, and are renamed positionally (duplicate names in the reader's query are fine).
 */
export function boundedProjection(
	wrapped: string,
	columns: readonly { type: string }[],
	limits: ReadOnlyLimits = READ_ONLY_LIMITS
): string {
	const chars = Math.trunc(limits.maxChars) + 1;
	const items = Math.trunc(limits.maxItems);
	const exprs = columns.map(({ type }, k) => {
		const c = col(k);
		const upper = type.toUpperCase();
		switch (columnKind(type)) {
			case 'number':
			case 'boolean':
				return c;
			case 'exact':
				return `CAST(${c} AS VARCHAR) AS ${c}`;
			case 'list':
				return `left(CAST(${c}[1:${items}] AS VARCHAR), ${chars}) AS ${c}, len(${c}) AS n${k}`;
			default:
				if (upper === 'BLOB') return `left(hex(${c}), ${chars}) AS ${c}`;
				return `left(CAST(${c} AS VARCHAR), ${chars}) AS ${c}`;
		}
	});
	const names = columns.map((_, k) => col(k)).join(', ');
	return `SELECT ${exprs.join(', ')} FROM (\n${wrapped}\n) AS tolok_tampil(${names})`;
}

/** One cell as the console shows it. */
export interface ShownCell {
	/** the value: a number, true/false, or text (exact numbers, dates, nested values, hex) */
	value: number | boolean | string | null;
	/** text cut at maxChars, or a list cut at maxItems */
	cut?: boolean;
	/** a list's full length */
	length?: number;
}

/** Cells of one projected row (as arrowRows decodes it) in the reader's column order. */
export function shownCells(
	row: Record<string, unknown>,
	columns: readonly ReadOnlyColumn[],
	limits: ReadOnlyLimits = READ_ONLY_LIMITS
): ShownCell[] {
	return columns.map((c, k) => {
		const v = row[col(k)];
		if (v === null || v === undefined) return { value: null };
		if (c.kind === 'number') return { value: Number(v) };
		if (c.kind === 'boolean') return { value: Boolean(v) };
		let text = String(v);
		const cut = text.length > limits.maxChars;
		if (cut) text = text.slice(0, limits.maxChars);
		if (c.kind === 'list') {
			const length = Number(row[`n${k}`] ?? 0);
			return { value: text, cut: cut || length > limits.maxItems, length };
		}
		return cut ? { value: text, cut } : { value: text };
	});
}
