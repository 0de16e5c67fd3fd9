/**
 * A ranking by award category, as the permalink page, its .csv and the shortlist show it.
 * The same functions shape the prerendered rows (ranking.sql at build time) and the rows the
 * browser's DuckDB returns for imported years, so both look alike. No query runs here
 * (category.server.ts loads the rankings), so the page's first view carries none.
 */
import { KATEGORI, KELOMPOK, kelompokOf, type Kategori, type Kelompok } from '$lib/kelompok';
import type { AwardCategoryRow, RankingRow } from '$lib/db/row-types';
import type { YearFact } from '$lib/db/types';
import { tableYears, whyNot } from './availability';

export interface CategoryItem {
	peringkat: number | null;
	seri: boolean;
	dari: number;
	/** Kemendagri code for regions, slug for central bodies. */
	id: string;
	kind: string;
	name: string;
	provinsi: string | null;
	provinsi_kode: string | null;
	nilai: number | null;
	index: number;
	predicate: string;
	status: string;
	perubahan: number | null;
	prev_year: number | null;
	/** the index the change is taken from (peningkatan: "1,95 → 3,09") */
	prev_index: number | null;
	source_id: string;
	/** "Tabel 28 No 20"; with the report's title (sourceOf) it names the exact row */
	source: string;
}

/** Report title by source id, to write the source of each row. */
export type SourceTitles = Record<string, string>;

/** "Tabel 28 No 20" for a report, "Sheet 2022 baris 443" for the secondary data. */
function tableText(r: Pick<RankingRow, 'source_table' | 'source_row'>): string {
	const word = r.source_table?.startsWith('Tabel') ? 'No' : 'baris';
	const no = r.source_row ? ` ${word} ${r.source_row}` : '';
	return r.source_table ? `${r.source_table}${no}` : '';
}

/** "Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 28 No 20" */
export function sourceOf(
	i: Pick<CategoryItem, 'source_id' | 'source'>,
	titles: SourceTitles
): string {
	const title = titles[i.source_id] ?? i.source_id;
	return i.source ? `${title}, ${i.source}` : title;
}

/** The ranked rows (measure known); the others are counted, not listed. */
export function toItems(rows: RankingRow[]): CategoryItem[] {
	return rows
		.filter((r) => r.nilai !== null)
		.map((r) => ({
			peringkat: r.peringkat,
			seri: r.seri,
			dari: r.dari,
			id: r.id,
			kind: r.kind,
			name: r.name,
			provinsi: r.provinsi_nama,
			provinsi_kode: r.provinsi_kode,
			nilai: r.nilai,
			index: r.index,
			predicate: r.predicate,
			status: r.status,
			perubahan: r.perubahan,
			prev_year: r.prev_year,
			prev_index: r.prev_index,
			source_id: r.source_id,
			source: tableText(r)
		}));
}

export function isKategori(s: string): s is Kategori {
	return (KATEGORI as readonly string[]).includes(s);
}
export function isKelompok(s: string): s is Kelompok {
	return (KELOMPOK as readonly string[]).includes(s);
}

export interface CategoryPath {
	kategori: Kategori;
	kelompok: Kelompok;
	tahun: number;
}

/**
 * Every permalink: each category in each group its rule lists, in each table year where the
 * category can be ranked (see availability.ts).
 */
export function categoryPaths(
	rules: AwardCategoryRow[],
	years: readonly YearFact[]
): CategoryPath[] {
	return rules.flatMap((rule) =>
		kelompokOf(rule).flatMap((kelompok) =>
			tableYears(years)
				.filter((tahun) => whyNot(years, tahun, rule.measure) === null)
				.map((tahun) => ({ kategori: rule.slug, kelompok, tahun }))
		)
	);
}

/** A ranking page's charts as the build drew them, by language. */
export type CategoryCharts = Partial<Record<'id' | 'en', { bar: string; dist: string }>>;

/** The one language the build draws a ranking page's charts in; in another the page draws them. */
export const CHARTS_LANG = 'id';

/** Where the build wrote a ranking page's charts (category-charts.server.ts). */
export function chartsPath(p: { kategori: string; kelompok: string; tahun: number | string }) {
	return `/peringkat/${p.kategori}/${p.kelompok}/${p.tahun}/grafik.json`;
}

export interface CategoryRanking {
	rule: AwardCategoryRow;
	items: CategoryItem[];
	/** Evaluated that year but the measure is unknown (peningkatan: no previous evaluation). */
	leftOut: { id: string; name: string }[];
	notEvaluated: { id: string; name: string; provinsi: string | null; last_year: number | null }[];
	/** The table year before this one under the same methodology (peningkatan compares with it). */
	prevYear: number | null;
	/** The year's table: its status, whether complete, and how many instansi it holds. */
	year: YearFact;
	/** The previous table year's facts, when there is one. */
	prev: YearFact | null;
}
