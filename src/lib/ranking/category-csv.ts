/**
 * A category ranking as CSV: the permalink's .csv and the filtered rows a reader downloads,
 * with the shortlist's export sharing its measure's format. Apart from category.ts, so a
 * ranking page's first view does not carry the CSV writer (its download loads this).
 */
import { toCsv, csvScore, type CsvValue } from '$lib/csv';
import { sourceOf, type CategoryItem, type SourceTitles } from './category';

export const CSV_COLUMNS = [
	'peringkat',
	'kode',
	'nama',
	'provinsi',
	'nilai',
	'indeks',
	'predikat',
	'status',
	'sumber',
	'seri',
	'perubahan_indeks',
	'tahun_sebelumnya'
] as const;

/** A measure with two decimals, negative changes included ("-0.20": plain numbers are never neutralised). */
export function csvMeasure(v: number | null): CsvValue {
	return v === null ? null : csvScore(v);
}

export function csvRecord(
	r: CategoryItem,
	titles: SourceTitles
): Record<(typeof CSV_COLUMNS)[number], CsvValue> {
	return {
		peringkat: r.peringkat,
		kode: r.id,
		nama: r.name,
		provinsi: r.provinsi,
		nilai: csvMeasure(r.nilai),
		indeks: csvScore(r.index),
		predikat: r.predicate,
		status: r.status,
		sumber: sourceOf(r, titles),
		seri: r.seri,
		perubahan_indeks: csvMeasure(r.perubahan),
		tahun_sebelumnya: r.prev_year
	};
}

/** The CSV of a ranking: the table's rows in the table's order. */
export function categoryCsv(items: CategoryItem[], titles: SourceTitles): string {
	return toCsv(
		items.map((i) => csvRecord(i, titles)),
		CSV_COLUMNS
	);
}
