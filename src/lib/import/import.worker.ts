/**
 * The import worker: reads, decodes, parses (papaparse for CSV, chunk by chunk; ./xlsx.ts for
 * XLSX, row by row as it unzips) and validates the file off the main thread, then builds the
 * Arrow IPC of the valid rows (./encode.ts) and transfers it. The page only shows progress and
 * results, so a 50 MB file or a 500,000-row sheet never blocks it. Every reply carries the id
 * of its request (./protocol.ts). No engine and no SQL here.
 */
import Papa from 'papaparse';
import { batchToData } from './encode';
import {
	decodeUtf8,
	head,
	importXlsx,
	sampleText,
	sniff,
	stopped,
	requiredLabel,
	xlsxProblem
} from './file';
import { missingRequired, recogniseColumns, type Mapping } from './columns';
import { createValidator, type ImportContext, type ImportResult, type Problem } from './validate';
import { readXlsxRows, type XlsxCell } from './xlsx';
import type { ImportedData } from './types';
import type { WorkerRequest, WorkerReply } from './protocol';

/** A header row longer than this is not a table (a file without line ends, a wrong separator). */
const MAX_HEADER_BYTES = 8 * 1024 * 1024;

type Reply = WorkerReply extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

const isXlsx = (file: File) => /\.xlsx$/i.test(file.name);

function problem(code: Problem['code'], params: Problem['params'] = {}): Problem {
	return { row: null, column: null, code, severity: 'error', params };
}

function sniffedOf(headers: string[], sample: string[][], problems: Problem[]): Reply {
	return { type: 'sniffed', headers, mapping: recogniseColumns(headers), sample, problems };
}

async function sniffXlsx(file: File): Promise<Reply> {
	const rows: XlsxCell[][] = [];
	try {
		await readXlsxRows(file, (cells) => {
			rows.push(cells);
			return rows.length < 6;
		});
	} catch (err) {
		return sniffedOf([], [], [xlsxProblem(err)]);
	}
	const headers = (rows[0] ?? []).map((h) => String(h ?? '').trim());
	const problems: Problem[] =
		rows.length < 2
			? [problem('empty')]
			: missingRequired(recogniseColumns(headers)).map((f) => ({
					...problem('missingColumn', { field: requiredLabel(f) }),
					row: 1
				}));
	return sniffedOf(
		headers,
		rows.slice(1).map((r) => r.map(sampleText)),
		problems
	);
}

/** The start of a text file: its header row (however long) and about 64 KB after it. */
async function textHead(file: File): Promise<Uint8Array | Problem> {
	let size = 65536;
	for (;;) {
		const bytes = new Uint8Array(await file.slice(0, size).arrayBuffer());
		const eol = bytes.indexOf(0x0a);
		if (bytes.length === file.size || (eol >= 0 && bytes.length - eol >= 65536)) return bytes;
		if (eol < 0 && size >= MAX_HEADER_BYTES)
			return { ...problem('headerTooLong', { max: '8 MB' }), row: 1 };
		if (eol >= 0 && size >= MAX_HEADER_BYTES) return bytes;
		size *= 2;
	}
}

async function onSniff(file: File): Promise<Reply> {
	if (file.size === 0) return sniffedOf([], [], [problem('zeroBytes')]);
	if (isXlsx(file)) return sniffXlsx(file);
	const bytes = await textHead(file);
	if (!(bytes instanceof Uint8Array)) return sniffedOf([], [], [bytes]);
	// the head may end inside a character: check all but its last 3 bytes
	const whole = bytes.length === file.size;
	const decoded = decodeUtf8(whole ? bytes : bytes.subarray(0, bytes.length - 3));
	if ('problem' in decoded) return sniffedOf([], [], [decoded.problem]);
	// an incomplete last line is no sample
	const text = whole ? decoded.text : decoded.text.slice(0, decoded.text.lastIndexOf('\n') + 1);
	const s = sniff(text);
	return {
		type: 'sniffed',
		headers: s.headers,
		mapping: s.mapping,
		sample: s.sample,
		problems: s.problems
	};
}

function runCsv(text: string, mapping: Mapping, ctx: ImportContext, progress: (f: number) => void) {
	const s = sniff(head(text));
	const v = createValidator(s.headers, mapping, ctx, { delimiter: s.delimiter });
	let rowNo = 0;
	Papa.parse<string[]>(text, {
		delimiter: s.delimiter,
		skipEmptyLines: true,
		step(r) {
			rowNo++;
			if (rowNo > 1) v.row(r.data, rowNo);
			if (rowNo % 5000 === 0) progress(r.meta.cursor / text.length);
		}
	});
	return v.finish();
}

async function onRun(
	file: File,
	mapping: Mapping,
	ctx: ImportContext,
	post: (m: Reply, transfer?: Transferable[]) => void
): Promise<void> {
	let last = 0;
	const progress = (fraction: number) => {
		if (fraction - last > 0.01) {
			last = fraction;
			post({ type: 'progress', fraction });
		}
	};
	let result: ImportResult;
	if (isXlsx(file)) result = await importXlsx(file, ctx, mapping, { onProgress: progress });
	else {
		const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
		result =
			'problem' in decoded
				? stopped([decoded.problem])
				: runCsv(decoded.text, mapping, ctx, progress);
	}
	post({ type: 'progress', fraction: 1 });
	const data: ImportedData =
		result.valid > 0 ? batchToData(result.batch) : { rows: new Uint8Array() };
	const { batch: _batch, ...summary } = result;
	void _batch;
	const transfer = [data.rows.buffer, ...(data.scores ? [data.scores.buffer] : [])];
	post({ type: 'done', summary, data }, transfer);
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	const { id } = e.data;
	const post = (m: Reply, transfer: Transferable[] = []) =>
		(self as unknown as Worker).postMessage({ ...m, id } as WorkerReply, transfer);
	try {
		if (e.data.type === 'sniff') post(await onSniff(e.data.file));
		else await onRun(e.data.file, e.data.mapping, e.data.ctx, post);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
