/**
 * CSV for downloads and prerendered .csv files. Text cells that a spreadsheet would run
 * as a formula (=, +, -, @, tab, CR) are neutralised with a leading apostrophe; numbers,
 * plain numeric text (a negative change stays -0.19) and a shared rank as printed ("=4",
 * which a spreadsheet can only read as the number 4) are written as they are.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** How a CSV is written: RFC 4180 by default; `excelId` for Excel in an Indonesian locale. */
export interface CsvDialect {
	delimiter: ',' | ';';
	/** 3,82 instead of 3.82 in the `decimals` columns (a code such as 35.73 stays as it is) */
	decimalComma: boolean;
	/** the columns that hold decimal numbers */
	decimals?: readonly string[];
	/** a UTF-8 byte order mark, so Excel does not read the file as Windows-1252 */
	bom: boolean;
}

export const RFC4180: CsvDialect = { delimiter: ',', decimalComma: false, bom: false };
/** What Excel opens as columns in an Indonesian locale (list separator ';', decimal comma). */
export const EXCEL_ID: CsvDialect = { delimiter: ';', decimalComma: true, bom: true };

/** what a spreadsheet may run as a formula, full-width forms (＝＋－＠) included */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const SHARED_RANK = /^=\d+$/;

export function csvCell(value: CsvValue, dialect: CsvDialect = RFC4180, decimal = false): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') value = Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const numeric = PLAIN_NUMBER.test(value);
	let text = FORMULA.test(value) && !numeric && !SHARED_RANK.test(value) ? `'${value}` : value;
	if (numeric && decimal && dialect.decimalComma) text = text.replace('.', ',');
	const special = dialect.delimiter === ';' ? /[";\n\r]/ : /[",\n\r]/;
	return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Header line plus one line per row, columns in the given order, CRLF as RFC 4180 says.
 * `header` names columns in the reader's language (downloads made in the browser); without
 * it, the header is the column keys (the prerendered .csv files keep stable names).
 */
export function toCsv<T extends Record<string, CsvValue>>(
	rows: readonly T[],
	columns: readonly (keyof T & string)[],
	header?: Readonly<Record<keyof T & string, string>>,
	dialect: CsvDialect = RFC4180
): string {
	const decimals = columns.map((c) => dialect.decimals?.includes(c) ?? false);
	const line = (cells: CsvValue[], head = false) =>
		cells.map((c, i) => csvCell(c, dialect, !head && decimals[i])).join(dialect.delimiter);
	const lines = [
		line(
			columns.map((c) => (header ? header[c] : c)),
			true
		)
	];
	for (const row of rows) lines.push(line(columns.map((c) => row[c])));
	return (dialect.bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}

/** A score with exactly two decimals for CSV ("4.20"), from a number already rounded to hundredths. */
export function csvScore(value: number | null | undefined): string {
	return value === null || value === undefined ? '' : value.toFixed(2);
}
