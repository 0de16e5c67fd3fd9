/**
 * Starts from imported Indeks Pemdi rows: each imported row's 20 indicator values (in
 * hundredths, indicatorsOf order), the indicators it lacks (started at level 1, and named),
 * and the key the address names it by (`impor=2026_32.73`). Pure: the rows of
 * imported_pemdi_start.sql in, starts out.
 */
import type { StructureItem } from '$lib/methodology';
import { indicatorsOf } from './recompute';

/** One value line of an imported row, as imported_pemdi_start.sql answers (number null: the row has no indicator value). */
export interface ImportedValueLine {
	source_id: string;
	dataset: string;
	id: string;
	year: number;
	name: string;
	index_h: number;
	number: number | null;
	value_h: number | null;
}

export interface ImportedStart {
	/** `year_id`, as the address writes it */
	key: string;
	id: string;
	name: string;
	year: number;
	dataset: string;
	/** the index the import holds, in hundredths */
	indexH: number;
	/** the values to start from (a missing indicator at level 1) */
	valuesH: number[];
	/** the numbers of the indicators the row lacks */
	missing: number[];
}

export const importKey = (year: number, id: string) => `${year}_${id}`;

/** The year and instansi of an address's `impor` (null when it is not `year_id`). */
export function parseImportKey(text: string): { year: number; id: string } | null {
	const m = /^(\d{4})_(.+)$/.exec(text);
	return m ? { year: Number(m[1]), id: m[2] ?? '' } : null;
}

/**
 * The imported rows as starts, in the query's order (newest year first, by name). A row with
 * no indicator value at all cannot be a start: it is in `refused`. Where two datasets hold the
 * same instansi and year, the first is kept.
 */
export function importedStarts(
	lines: readonly ImportedValueLine[],
	items: readonly StructureItem[]
): { starts: ImportedStart[]; refused: { name: string; year: number; dataset: string }[] } {
	const indicators = indicatorsOf(items);
	const position = new Map(indicators.map((ind, i) => [ind.no, i]));
	const rows = new Map<string, { line: ImportedValueLine; values: (number | null)[] }>();
	for (const line of lines) {
		const key = importKey(line.year, line.id);
		let row = rows.get(key);
		if (row && row.line.source_id !== line.source_id) continue;
		if (!row) {
			row = { line, values: indicators.map(() => null) };
			rows.set(key, row);
		}
		const i = line.number === null ? undefined : position.get(line.number);
		if (i !== undefined && line.value_h !== null) row.values[i] = line.value_h;
	}
	const starts: ImportedStart[] = [];
	const refused: { name: string; year: number; dataset: string }[] = [];
	for (const [key, { line, values }] of rows) {
		if (values.every((v) => v === null)) {
			refused.push({ name: line.name, year: line.year, dataset: line.dataset });
			continue;
		}
		starts.push({
			key,
			id: line.id,
			name: line.name,
			year: line.year,
			dataset: line.dataset,
			indexH: line.index_h,
			valuesH: values.map((v) => v ?? 100),
			missing: indicators.filter((_, i) => values[i] === null).map((ind) => ind.no)
		});
	}
	return { starts, refused };
}
