/**
 * The map's values of one year, as the page and /peta/nilai/{tahun}.json carry them: one
 * short array per region that has a table value that year (a region missing from `cells`
 * has none: "belum dievaluasi"). Built from map_values.sql, in the build or, for a year
 * imported in this browser, in DuckDB. Pure.
 */
import type { MapValueRow, SourceRow } from '$lib/db/row-types';
import { DOMAINS } from '$lib/scores/domains';

export const MEASURES = ['index', ...DOMAINS] as const;
export type Measure = (typeof MEASURES)[number];

/** [index, kebijakan, tata kelola, manajemen, layanan, predicate, status, source id, "Tabel 28 No 20"] */
export type Cell = [
	number,
	number | null,
	number | null,
	number | null,
	number | null,
	string,
	string,
	string,
	string
];

export interface MapYearValues {
	year: number;
	/** official | secondary | imported */
	status: string;
	cells: Record<string, Cell>;
	/** the sources the cells name: title and date of publication */
	sources: Record<string, { title: string; date: string | null }>;
}

export function toCells(rows: MapValueRow[], year: number): Record<string, Cell> {
	const cells: Record<string, Cell> = {};
	for (const r of rows) {
		// the query returns nothing of another year; this guards the shape, not the data
		if (r.index === null || r.year !== year) continue;
		cells[r.id] = [
			r.index,
			r.kebijakan,
			r.tata_kelola,
			r.manajemen,
			r.layanan,
			r.predicate ?? '',
			r.status ?? '',
			r.source_id ?? '',
			r.source_table ? `${r.source_table}${r.source_row ? ` No ${r.source_row}` : ''}` : ''
		];
	}
	return cells;
}

/** A year's values from map_values.sql's rows, with the titles of the sources they name. */
export function yearValues(
	year: number,
	status: string,
	rows: MapValueRow[],
	sources: SourceRow[]
): MapYearValues {
	const cells = toCells(rows, year);
	const used = new Set(Object.values(cells).map((c) => c[7]));
	return {
		year,
		status,
		cells,
		sources: Object.fromEntries(
			sources.filter((s) => used.has(s.id)).map((s) => [s.id, { title: s.title, date: s.date }])
		)
	};
}

export function valueOf(cell: Cell | undefined, measure: Measure): number | null {
	return cell ? ((cell[MEASURES.indexOf(measure)] as number | null) ?? null) : null;
}

/** A row of the map's table: one region with the value of the chosen measure and year. */
export interface MapRow {
	id: string;
	name: string;
	provinsi: string | null;
	value: number | null;
	predicate: string | null;
	status: string | null;
}
