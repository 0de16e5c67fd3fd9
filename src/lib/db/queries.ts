/**
 * The fixed queries, one per src/lib/sql/*.sql file, and their typed rows. The same
 * text runs in the prerenderer (engine-node.ts) and in the browser (browser.ts).
 */
import type { Engine, Param } from './types';

// schema.sql is the pipeline's and fixture.sql the tests': neither belongs in the bundle
const files = import.meta.glob(['../sql/*.sql', '!../sql/schema.sql', '!../sql/fixture.sql'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const SQL: Record<string, string> = Object.fromEntries(
	Object.entries(files).map(([path, text]) => [path.replace(/^.*\/(.*)\.sql$/, '$1'), text])
);

export const KELOMPOK = [
	'semua',
	'daerah',
	'provinsi',
	'kabupaten',
	'kota',
	'kementerian',
	'lembaga'
] as const;
export type Kelompok = (typeof KELOMPOK)[number];
export const KATEGORI = [
	'indeks',
	'peningkatan',
	'layanan',
	'tata-kelola',
	'kebijakan',
	'manajemen'
] as const;
export type Kategori = (typeof KATEGORI)[number];

export interface RankingRow {
	peringkat: number | null;
	seri: boolean;
	dari: number;
	id: string;
	kind: string;
	kode: string | null;
	slug: string;
	name: string;
	provinsi_kode: string | null;
	provinsi_nama: string | null;
	year: number;
	index: number;
	kebijakan: number | null;
	tata_kelola: number | null;
	manajemen: number | null;
	layanan: number | null;
	predicate: string;
	status: string;
	source_id: string;
	source_table: string | null;
	source_row: number | null;
	subgroup: string | null;
	prev_index: number | null;
	prev_year: number | null;
	/** index minus the previous official index (any category) */
	perubahan: number | null;
	nilai: number | null;
}

export interface SeriesRow {
	year: number;
	measure: string;
	value: number;
	source_id: string;
	source_table: string;
}

export interface PredicateCountRow {
	year: number;
	predicate: string;
	jumlah: number;
}

function run<T>(engine: Engine, name: string, params: readonly Param[]): Promise<T[]> {
	const sql = SQL[name];
	if (!sql) throw new Error(`no query named ${name} in src/lib/sql`);
	return engine.query(sql, params) as Promise<T[]>;
}

export interface SourceRow {
	id: string;
	publisher: string;
	title: string;
	date: string | null;
	address: string | null;
	note: string | null;
	official: boolean;
	figures: number;
}

export interface DataNoteRow {
	kind: string;
	year: number | null;
	field: string | null;
	message: string;
	source_id: string | null;
	instansi_id: string | null;
	name: string | null;
	instansi_kind: string | null;
}

export interface ReconciliationRow {
	kind: 'agrees' | 'disagrees' | 'reported_conflict' | 'unmatched';
	year: number;
	name_as_reported: string;
	reported: number;
	official: number | null;
	message: string;
	instansi_id: string | null;
	name: string | null;
	address: string | null;
	source_title: string;
}

export interface WeightRow {
	level: 'domain' | 'aspect';
	no: number;
	name: string;
	parent_no: number | null;
	weight_percent: number;
}

export interface ReportCountRow {
	year: number;
	kelompok: string;
	reported: number;
	published: number;
	source_id: string;
	source_table: string;
}

// -- row types: ranking & awards (issue 3) --
export interface AwardCategoryRow {
	slug: Kategori;
	no: number;
	name_id: string;
	name_en: string;
	measure: 'index' | 'index_change' | 'kebijakan' | 'tata_kelola' | 'manajemen' | 'layanan';
	direction: 'desc' | 'asc';
	/** ';'-separated, as in the CSV: use kelompokOf() */
	kelompok: string;
	source_id: string;
	source_title: string | null;
	basis: string;
}
/** The groups a category is ranked in, in the site's order. */
export function kelompokOf(c: Pick<AwardCategoryRow, 'kelompok'>): Kelompok[] {
	const listed = c.kelompok.split(';');
	return KELOMPOK.filter((k) => listed.includes(k));
}
export interface RankingFilters {
	/** Kemendagri province code ('35'); a province counts as in itself. */
	provinsi: string | null;
	/** Minimum predicate, e.g. 'Baik' (Baik, Sangat Baik and Memuaskan pass). */
	predikat: string | null;
	/** Minimum value of the category's measure, two-decimal text ('3.50'). */
	min: string | null;
	/** Minimum improvement of the index since the previous official evaluation ('0.20'). */
	naik: string | null;
	/** Part of the name, case-insensitive. */
	q: string | null;
	/** Only instansi also evaluated in the previous official year. */
	dua: boolean;
}

export type RankingFilteredRow = RankingRow;

export interface NotEvaluatedRow {
	id: string;
	kind: string;
	name: string;
	provinsi_nama: string | null;
	last_year: number | null;
}
export interface AwardResultRow {
	award: string;
	edition: number;
	category: string;
	rank: number | null;
	recipient: string;
	instansi_id: string;
	name: string | null;
	kind: string | null;
	provinsi_nama: string | null;
	source_id: string;
	source_publisher: string | null;
	source_title: string | null;
	source_address: string | null;
	note: string | null;
}
// -- row types: profiles, compare, map, search (issue 4) --
// -- row types: change, national, sharing (issue 5) --

export const queries = {
	ranking: (e: Engine, year: number, kelompok: Kelompok, kategori: Kategori) =>
		run<RankingRow>(e, 'ranking', [year, kelompok, kategori]),
	nationalSeries: (e: Engine) => run<SeriesRow>(e, 'national_series', []),
	predicateCounts: (e: Engine, kelompok: Kelompok) =>
		run<PredicateCountRow>(e, 'predicate_counts', [kelompok]),
	sources: (e: Engine) => run<SourceRow>(e, 'sources', []),
	dataNotes: (e: Engine) => run<DataNoteRow>(e, 'data_notes', []),
	reconciliation: (e: Engine) => run<ReconciliationRow>(e, 'reconciliation', []),
	methodologyWeights: (e: Engine) => run<WeightRow>(e, 'methodology_weights', []),
	reportCounts: (e: Engine) => run<ReportCountRow>(e, 'report_counts', []),
	// -- queries: ranking & awards (issue 3) --
	awardCategories: (e: Engine) => run<AwardCategoryRow>(e, 'award_categories', []),
	/** ranking.sql's rows (official ranks kept) that pass the reader's filters. */
	rankingFiltered: (
		e: Engine,
		year: number,
		kelompok: Kelompok,
		kategori: Kategori,
		f: RankingFilters
	) =>
		run<RankingFilteredRow>(e, 'ranking_filtered', [
			year,
			kelompok,
			kategori,
			f.provinsi,
			f.predikat,
			f.min,
			f.naik,
			f.q,
			f.dua
		]),
	awardResults: (e: Engine) => run<AwardResultRow>(e, 'award_results', []),
	notEvaluated: (e: Engine, year: number, kelompok: Kelompok) =>
		run<NotEvaluatedRow>(e, 'not_evaluated', [year, kelompok])
	// -- queries: profiles, compare, map, search (issue 4) --
	// -- queries: change, national, sharing (issue 5) --
};
