/**
 * CSV for downloads and prerendered .csv files. Text cells that a spreadsheet would run
 * as a formula (=, +, -, @, tab, CR) are neutralised with a leading apostrophe; numbers
 * and plain numeric text are written as they are (a negative change stays -0.19).
 */
export type CsvValue = string | number | boolean | null | undefined;

/** what a spreadsheet may run as a formula, full-width forms (＝＋－＠) included */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = FORMULA.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Header line plus one line per row, columns in the given order, CRLF as RFC 4180 says.
 * `header` names columns in the reader's language (downloads made in the browser); without
 * it, the header is the column keys (the prerendered .csv files keep stable names).
 */
export function toCsv<T extends Record<string, CsvValue>>(
	rows: readonly T[],
	columns: readonly (keyof T & string)[],
	header?: Readonly<Record<keyof T & string, string>>
): string {
	const lines = [columns.map((c) => csvCell(header ? header[c] : c)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}

/** A score with exactly two decimals for CSV ("4.20"), from a number already rounded to hundredths. */
export function csvScore(value: number | null | undefined): string {
	return value === null || value === undefined ? '' : value.toFixed(2);
}
