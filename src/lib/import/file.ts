/**
 * Reading an imported file before validation: UTF-8 (TextDecoder with `fatal`, so text in
 * another encoding is named, never silently garbled), the delimiter and the header row.
 * Pure: runs in the worker, on the page (XLSX, previews) and in tests.
 */
import Papa from 'papaparse';
import { readXlsxRows, XlsxRefusal, type XlsxOptions } from './xlsx';
import { missingRequired, recogniseColumns, type Mapping } from './columns';
import {
	createValidator,
	type ImportContext,
	type ImportResult,
	type Problem,
	emptyBatch
} from './validate';

/** A missing required field as the problem names it: the value to rank may be any of three. */
export const requiredLabel = (f: string) => (f === 'indeks' ? 'indeks / IDL / IDCD' : f);

/** Delimiters we accept; anything else (a pipe, a colon) is reported, not guessed. */
export const DELIMITERS = [',', ';', '\t'];

/** Offset of the first byte that is not valid UTF-8 (-1 when all are). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] as number;
		const need =
			b < 0x80
				? 0
				: b >= 0xc2 && b < 0xe0
					? 1
					: b >= 0xe0 && b < 0xf0
						? 2
						: b >= 0xf0 && b < 0xf5
							? 3
							: -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++)
			if (i + k >= bytes.length || ((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
		i += need + 1;
	}
	return -1;
}

export type Decoded = { text: string } | { problem: Problem };

/**
 * UTF-16 by its byte-order mark, or by NUL bytes in every other position of the start (text
 * saved as "Unicode" by Excel or Notepad): 'LE' or 'BE', null when it is not UTF-16.
 */
export function utf16Variant(bytes: Uint8Array): 'LE' | 'BE' | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
	const n = Math.min(bytes.length, 512) & ~1;
	if (n < 8) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	if (odd > n / 2 / 2 && even === 0) return 'LE';
	if (even > n / 2 / 2 && odd === 0) return 'BE';
	return null;
}

/** The file's text, or the problem that stops it (0 bytes; UTF-16; not UTF-8, with row and byte). */
export function decodeUtf8(bytes: Uint8Array): Decoded {
	if (bytes.length === 0)
		return {
			problem: { row: null, column: null, code: 'zeroBytes', severity: 'error', params: {} }
		};
	const utf16 = utf16Variant(bytes);
	if (utf16)
		return {
			problem: {
				row: null,
				column: null,
				code: 'utf16',
				severity: 'error',
				params: { variant: utf16 }
			}
		};
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
	} catch {
		const at = firstInvalidUtf8(bytes);
		let row = 1;
		for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) row++;
		return {
			problem: {
				row,
				column: null,
				code: 'notUtf8',
				severity: 'error',
				params: { byte: at + 1, hex: (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0') }
			}
		};
	}
}

export interface Sniffed {
	headers: string[];
	delimiter: string;
	mapping: Mapping;
	/** the first data rows, for the mapping preview */
	sample: string[][];
	problems: Problem[];
}

/** Characters of a sample cell sent to the page (a 5 MB cell is shown by its start). */
export const SAMPLE_CHARS = 60;
export const sampleText = (c: unknown) => {
	const text = c === null || c === undefined ? '' : String(c);
	return text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS)}…` : text;
};

/** Header, delimiter, proposed mapping and sample rows from the start of the text. */
export function sniff(head: string): Sniffed {
	const parsed = Papa.parse<string[]>(head, {
		preview: 6,
		skipEmptyLines: 'greedy',
		delimitersToGuess: DELIMITERS
	});
	const rows = parsed.data;
	const headers = (rows[0] ?? []).map((h) => String(h).trim());
	const delimiter = parsed.meta.delimiter;
	const problems: Problem[] = [];
	const err = (code: Problem['code'], params: Problem['params'] = {}) =>
		problems.push({
			row: code === 'empty' ? null : 1,
			column: null,
			code,
			severity: 'error',
			params
		});
	if (head.trim() === '') err('empty');
	else if (headers.length < 2 || !DELIMITERS.includes(delimiter))
		err('delimiter', {
			header: headers.join(' ').slice(0, 80),
			found: /[|:]/.exec(headers.join(''))?.[0] ?? '?'
		});
	const mapping = recogniseColumns(headers);
	if (problems.length === 0)
		for (const f of missingRequired(mapping))
			problems.push({
				row: 1,
				column: null,
				code: 'missingColumn',
				severity: 'error',
				params: { field: requiredLabel(f) }
			});
	return {
		headers,
		delimiter,
		mapping,
		sample: rows.slice(1).map((r) => r.map((c) => sampleText(c))),
		problems
	};
}

/** The start of a text to sniff: its header row and about 64 KB after it. */
export const head = (text: string) => {
	const eol = text.indexOf('\n');
	return text.slice(0, (eol < 0 ? text.length : eol) + 65536);
};

/** An empty result carrying the problems that stopped a file before any row was read. */
export function stopped(problems: Problem[]): ImportResult {
	return {
		rows: 0,
		valid: 0,
		batch: emptyBatch(),
		problems,
		counts: Object.fromEntries(problems.map((p) => [p.code, 1])),
		errors: problems.filter((p) => p.severity === 'error').length,
		years: [],
		officialYears: [],
		leadershipYears: [],
		scoreValues: 0
	};
}

/** Validates a whole table already split into rows (XLSX sheets in tests). */
export function importRows(
	rows: readonly (readonly unknown[])[],
	ctx: ImportContext,
	mapping?: Mapping
): ImportResult {
	const headers = (rows[0] ?? []).map((h) => String(h ?? '').trim());
	if (rows.length === 0)
		return stopped([{ row: null, column: null, code: 'empty', severity: 'error', params: {} }]);
	const map = mapping ?? recogniseColumns(headers);
	const missing = missingRequired(map);
	if (missing.length > 0)
		return stopped(
			missing.map((f) => ({
				row: 1,
				column: null,
				code: 'missingColumn',
				severity: 'error',
				params: { field: requiredLabel(f) }
			}))
		);
	const v = createValidator(headers, map, ctx);
	rows.slice(1).forEach((r, i) => v.row(r, i + 2));
	return v.finish();
}

/** Decodes, sniffs and validates a whole CSV file in one go (tests; the worker streams). */
export function importCsvBytes(
	bytes: Uint8Array,
	ctx: ImportContext,
	mapping?: Mapping
): ImportResult {
	const decoded = decodeUtf8(bytes);
	if ('problem' in decoded) return stopped([decoded.problem]);
	const s = sniff(head(decoded.text));
	if (s.problems.length > 0 && !mapping) return stopped(s.problems);
	const map = mapping ?? s.mapping;
	const v = createValidator(s.headers, map, ctx, { delimiter: s.delimiter });
	let rowNo = 0;
	Papa.parse<string[]>(decoded.text, {
		delimiter: s.delimiter,
		skipEmptyLines: true,
		step(r) {
			rowNo++;
			if (rowNo > 1) v.row(r.data, rowNo);
		}
	});
	return v.finish();
}

/** The problem that stops an XLSX file the reader refused. */
export function xlsxProblem(err: unknown): Problem {
	const problem = (code: Problem['code'], params: Problem['params'] = {}): Problem => ({
		row: null,
		column: null,
		code,
		severity: 'error',
		params
	});
	if (err instanceof XlsxRefusal) {
		if (err.code === 'tooManyRows') return problem('tooManyRows', err.params);
		if (err.code === 'tooLarge')
			return problem('xlsxTooLarge', {
				size: `${Math.round((err.params.size ?? 0) / 1024 / 1024)} MB`,
				max: `${Math.round((err.params.max ?? 0) / 1024 / 1024)} MB`
			});
	}
	return problem('notXlsx');
}

/** Validates the first sheet of an XLSX file row by row as it is read (./xlsx.ts). */
export async function importXlsx(
	file: Blob,
	ctx: ImportContext,
	mapping?: Mapping,
	options: XlsxOptions = {}
): Promise<ImportResult> {
	let v: ReturnType<typeof createValidator> | null = null;
	try {
		await readXlsxRows(
			file,
			(cells, rowNo) => {
				if (v) return void v.row(cells, rowNo);
				const headers = cells.map((h) => String(h ?? '').trim());
				const map = mapping ?? recogniseColumns(headers);
				const missing = missingRequired(map);
				if (missing.length > 0) throw new MissingColumns(missing);
				v = createValidator(headers, map, ctx);
			},
			options
		);
	} catch (err) {
		if (err instanceof MissingColumns)
			return stopped(
				err.fields.map((f) => ({
					row: 1,
					column: null,
					code: 'missingColumn',
					severity: 'error',
					params: { field: requiredLabel(f) }
				}))
			);
		return stopped([xlsxProblem(err)]);
	}
	const validator = v as ReturnType<typeof createValidator> | null;
	return validator
		? validator.finish()
		: stopped([{ row: null, column: null, code: 'empty', severity: 'error', params: {} }]);
}

class MissingColumns extends Error {
	constructor(readonly fields: string[]) {
		super('missing columns');
	}
}
