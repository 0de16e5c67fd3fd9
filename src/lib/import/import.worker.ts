/**
 * The import worker: reads, decodes, parses (papaparse, chunk by chunk) and validates the
 * file off the main thread, then builds the Arrow IPC of the valid rows and transfers it.
 * The page only shows progress and results, so a 50 MB file never blocks it.
 */
import Papa from 'papaparse';
import { batchToData } from './encode';
import type { ImportedData } from './types';
import { decodeUtf8, sniff, stopped, importRows, requiredLabel } from './file';
import { missingRequired, recogniseColumns, type Mapping } from './columns';
import { createValidator, type ImportContext, type Problem } from './validate';
import type { WorkerRequest, WorkerReply } from './protocol';

const post = (m: WorkerReply, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(m, transfer);

const isXlsx = (file: File) => /\.xlsx$/i.test(file.name);

async function xlsxRows(file: File): Promise<unknown[][]> {
	const { readSheet } = await import('read-excel-file/web-worker');
	return (await readSheet(file)) as unknown[][];
}

function problem(code: Problem['code'], params: Problem['params'] = {}): Problem {
	return { row: null, column: null, code, severity: 'error', params };
}

async function onSniff(file: File) {
	if (file.size === 0)
		return post({
			type: 'sniffed',
			headers: [],
			mapping: [],
			sample: [],
			problems: [problem('zeroBytes')]
		});
	if (isXlsx(file)) {
		const rows = await xlsxRows(file);
		const headers = (rows[0] ?? []).map((h) => String(h ?? '').trim());
		const mapping = recogniseColumns(headers);
		const problems: Problem[] =
			rows.length < 2
				? [problem('empty')]
				: missingRequired(mapping).map((f) => ({
						...problem('missingColumn', { field: requiredLabel(f) }),
						row: 1
					}));
		return post({
			type: 'sniffed',
			headers,
			mapping,
			sample: rows.slice(1, 6).map((r) => r.map((c) => String(c ?? ''))),
			problems
		});
	}
	const head = new Uint8Array(await file.slice(0, 65536).arrayBuffer());
	// the head may end inside a character: check all but its last 3 bytes
	const decoded = decodeUtf8(head.length === 65536 ? head.subarray(0, 65533) : head);
	if ('problem' in decoded)
		return post({
			type: 'sniffed',
			headers: [],
			mapping: [],
			sample: [],
			problems: [decoded.problem]
		});
	const s = sniff(decoded.text);
	post({
		type: 'sniffed',
		headers: s.headers,
		mapping: s.mapping,
		sample: s.sample,
		problems: s.problems
	});
}

async function onRun(file: File, mapping: Mapping, ctx: ImportContext) {
	let result;
	if (isXlsx(file)) {
		result = importRows(await xlsxRows(file), ctx, mapping);
		post({ type: 'progress', fraction: 1 });
	} else {
		const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
		if ('problem' in decoded) result = stopped([decoded.problem]);
		else {
			const text = decoded.text;
			const s = sniff(text.slice(0, 65536));
			const v = createValidator(s.headers, mapping, ctx, { decimalComma: s.decimalComma });
			let rowNo = 0;
			let last = 0;
			Papa.parse<string[]>(text, {
				delimiter: s.delimiter,
				skipEmptyLines: true,
				step(r) {
					rowNo++;
					if (rowNo > 1) v.row(r.data, rowNo);
					if (rowNo % 5000 === 0) {
						const fraction = r.meta.cursor / text.length;
						if (fraction - last > 0.01) {
							last = fraction;
							post({ type: 'progress', fraction });
						}
					}
				}
			});
			result = v.finish();
		}
	}
	const data: ImportedData =
		result.valid > 0 ? batchToData(result.batch) : { rows: new Uint8Array() };
	const { batch: _batch, ...summary } = result;
	void _batch;
	const transfer = [data.rows.buffer, ...(data.scores ? [data.scores.buffer] : [])];
	post({ type: 'done', summary, data }, transfer);
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	try {
		if (e.data.type === 'sniff') await onSniff(e.data.file);
		else await onRun(e.data.file, e.data.mapping, e.data.ctx);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
