import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Problem } from './problems';

export interface CsvRow {
	/** 1-based line of the row in its file (the header is line 1). */
	line: number;
	values: Record<string, string>;
}

export interface CsvTable {
	file: string;
	rows: CsvRow[];
	problems: Problem[];
}

/**
 * Parses CSV text, checking that every required column is present. Rows keep their
 * line numbers so that every later problem can name the exact line.
 */
export function parseCsv(file: string, text: string, required: readonly string[]): CsvTable {
	const problems: Problem[] = [];
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		delimiter: ',',
		skipEmptyLines: false
	});
	const [header, ...body] = parsed.data;
	if (!header || header.every((h) => h.trim() === '')) {
		return {
			file,
			rows: [],
			problems: [{ file, line: null, field: null, rule: 'csv', message: 'file is empty' }]
		};
	}
	const columns = header.map((h) => h.trim());
	for (const col of required) {
		if (!columns.includes(col)) {
			problems.push({
				file,
				line: 1,
				field: col,
				rule: 'csv',
				message: `missing required column "${col}"`
			});
		}
	}
	for (const e of parsed.errors) {
		problems.push({ file, line: (e.row ?? 0) + 1, field: null, rule: 'csv', message: e.message });
	}
	const rows: CsvRow[] = [];
	body.forEach((cells, i) => {
		if (cells.length === 1 && cells[0] === '') return; // blank line
		const values: Record<string, string> = {};
		columns.forEach((c, j) => (values[c] = (cells[j] ?? '').trim()));
		rows.push({ line: i + 2, values });
	});
	return { file, rows, problems };
}

export function readCsv(file: string, required: readonly string[]): CsvTable {
	return parseCsv(file, readFileSync(file, 'utf8'), required);
}
