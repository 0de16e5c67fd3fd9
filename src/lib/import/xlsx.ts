/**
 * Reads the first sheet of an .xlsx file row by row, streaming: the file is unzipped as it
 * is read (fflate) and the sheet's XML is cut into <row> elements as it arrives, so a 500,000-row
 * sheet never sits in memory as a whole, and the caller checks each row as it comes.
 *
 * Why not read-excel-file: its XML reader recurses once per chunk (a stack overflow past
 * ~60,000 rows on a busy machine) and it builds the whole sheet as arrays before returning.
 *
 * Refused with an XlsxRefusal, never guessed: not a zip or no worksheet (`notXlsx`), more
 * than `maxUnpacked` bytes once unpacked, declared or counted while inflating (a zip bomb
 * stops there: `tooLarge`), more than `maxRows` data rows (`tooManyRows`).
 *
 * Cells: numbers as numbers, shared and inline strings as text, booleans as true/false, errors
 * (#N/A) and formula strings as text, an empty cell as null. Dates stay the serial numbers Excel
 * stores (Tolok's columns hold years and scores, never dates).
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export type XlsxCell = string | number | boolean | null;

export const XLSX_MAX_ROWS = 500_000;
/** unpacked bytes of every part read (the sheet, its strings, the workbook) */
export const XLSX_MAX_UNPACKED = 1024 ** 3;

export class XlsxRefusal extends Error {
	constructor(
		readonly code: 'notXlsx' | 'tooLarge' | 'tooManyRows',
		readonly params: Record<string, number> = {}
	) {
		super(code);
	}
}

export interface XlsxOptions {
	maxRows?: number;
	maxUnpacked?: number;
	/** fraction of the file read so far */
	onProgress?: (fraction: number) => void;
}

const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(ENTITY, (_, e: string) => {
		if (e[0] === '#')
			return String.fromCodePoint(
				e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
			);
		return NAMED[e.toLowerCase()] ?? '';
	});
}

/** The text of every <t> inside an element (a shared string, an inline string, rich text runs). */
function texts(xml: string): string {
	let out = '';
	for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescapeXml(m[1] ?? '');
	return out;
}

/** "BC12" → 54 (0-based column). */
function columnIndex(ref: string): number {
	let n = 0;
	for (const ch of ref) {
		const c = ch.charCodeAt(0);
		if (c < 65 || c > 90) break;
		n = n * 26 + (c - 64);
	}
	return n - 1;
}

const attr = (attrs: string, name: string) =>
	new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

/** The cells of one <row> element's inner XML. */
function rowCells(xml: string, shared: readonly string[]): XlsxCell[] {
	const cells: XlsxCell[] = [];
	for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
		const attrs = m[1] ?? '';
		const body = m[2] ?? '';
		const ref = attr(attrs, 'r');
		const at = ref ? columnIndex(ref) : cells.length;
		while (cells.length < at) cells.push(null);
		const type = attr(attrs, 't') ?? 'n';
		const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
		let value: XlsxCell = null;
		if (type === 'inlineStr') value = texts(body);
		else if (v !== undefined) {
			if (type === 's') value = shared[Number(v)] ?? null;
			else if (type === 'b') value = v === '1';
			else if (type === 'n') value = v.trim() === '' ? null : Number(v);
			else value = unescapeXml(v); // str, e, d
		}
		cells[at] = value;
	}
	return cells;
}

/** Streams a Blob through an Unzip, with the parts wanted; stops early when asked. */
async function unzipParts(
	file: Blob,
	want: (name: string) => boolean,
	onData: (name: string, text: string, final: boolean) => boolean | void,
	limits: { maxUnpacked: number },
	onProgress?: (fraction: number) => void
): Promise<Set<string>> {
	const seen = new Set<string>();
	let unpacked = 0;
	let failure: unknown = null;
	let stop = false;
	const unzip = new Unzip((f: UnzipFile) => {
		seen.add(f.name);
		if (!want(f.name) || failure || stop) return;
		if ((f.originalSize ?? 0) > limits.maxUnpacked) {
			failure = new XlsxRefusal('tooLarge', { size: f.originalSize ?? 0, max: limits.maxUnpacked });
			return;
		}
		const decoder = new TextDecoder();
		f.ondata = (err, chunk, final) => {
			if (failure || stop) return;
			if (err) {
				failure = new XlsxRefusal('notXlsx');
				return;
			}
			unpacked += chunk.length;
			if (unpacked > limits.maxUnpacked) {
				failure = new XlsxRefusal('tooLarge', { size: unpacked, max: limits.maxUnpacked });
				f.terminate();
				return;
			}
			if (onData(f.name, decoder.decode(chunk, { stream: !final }), final) === false) {
				stop = true;
				f.terminate();
			}
		};
		f.start();
	});
	unzip.register(UnzipInflate);
	const reader = file.stream().getReader();
	let read = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) {
				unzip.push(new Uint8Array(0), true);
				break;
			}
			read += value.length;
			unzip.push(value);
			if (failure) throw failure;
			if (stop) break;
			onProgress?.(read / Math.max(1, file.size));
		}
	} catch (err) {
		if (err instanceof XlsxRefusal) throw err;
		throw new XlsxRefusal('notXlsx');
	} finally {
		void reader.cancel().catch(() => {});
	}
	if (failure) throw failure;
	return seen;
}

/** The path of the workbook's first sheet (xl/worksheets/sheet1.xml in most files). */
function firstSheetPath(workbook: string, rels: string): string | null {
	const first = /<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"/.exec(workbook)?.[1];
	if (!first) return null;
	for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
		const attrs = m[1] ?? '';
		if (attr(attrs, 'Id') !== first) continue;
		const target = attr(attrs, 'Target') ?? '';
		return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
	}
	return null;
}

/**
 * Calls `onRow` with each row of the first sheet (cells, the row's number as the spreadsheet
 * shows it); `onRow` returning false stops reading. Returns the number of rows read.
 */
export async function readXlsxRows(
	file: Blob,
	onRow: (cells: XlsxCell[], rowNo: number) => boolean | void,
	options: XlsxOptions = {}
): Promise<number> {
	const maxRows = options.maxRows ?? XLSX_MAX_ROWS;
	const limits = { maxUnpacked: options.maxUnpacked ?? XLSX_MAX_UNPACKED };
	// first pass: the workbook, its relations and the shared strings (often after the sheet)
	const parts: Record<string, string> = {};
	const small = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml']);
	const seen = await unzipParts(
		file,
		(n) => small.has(n),
		(n, text) => void (parts[n] = (parts[n] ?? '') + text),
		limits
	);
	const sheet =
		firstSheetPath(parts['xl/workbook.xml'] ?? '', parts['xl/_rels/workbook.xml.rels'] ?? '') ??
		[...seen].find((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
	if (!sheet || !seen.has(sheet)) throw new XlsxRefusal('notXlsx');
	const shared = [...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
		(m) => texts(m[1] ?? '')
	);
	delete parts['xl/sharedStrings.xml'];

	// second pass: the sheet, row by row
	let buffer = '';
	let rows = 0;
	let stopped = false;
	const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
	await unzipParts(
		file,
		(n) => n === sheet,
		(_, text, final) => {
			buffer += text;
			ROW.lastIndex = 0;
			let consumed = 0;
			for (let m = ROW.exec(buffer); m; m = ROW.exec(buffer)) {
				consumed = ROW.lastIndex;
				rows++;
				if (rows > maxRows + 1)
					throw new XlsxRefusal('tooManyRows', { rows: rows - 1, max: maxRows });
				const rowNo = Number(attr(m[1] ?? '', 'r') ?? rows);
				if (onRow(rowCells(m[2] ?? '', shared), rowNo) === false) {
					stopped = true;
					return false;
				}
			}
			buffer = buffer.slice(consumed);
			if (final) buffer = '';
		},
		limits,
		options.onProgress
	).catch((err: unknown) => {
		if (!stopped) throw err;
	});
	return rows;
}
