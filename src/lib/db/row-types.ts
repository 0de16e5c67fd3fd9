/**
 * The typed rows of the fixed queries (src/lib/db/queries.ts runs them), one per
 * src/lib/sql/*.sql file, and the filters a ranking query takes. Types only: importing this
 * module loads nothing. Pages and components read them through $lib/data/rows.
 */
import type { Domain, RankingMeasure } from '$lib/scores/domains';
import type { Kategori, Kelompok } from '$lib/kelompok';

/** The index and its four domains, as every result row carries them. */
export interface Scores {
	index: number;
	kebijakan: number | null;
	tata_kelola: number | null;
	manajemen: number | null;
	layanan: number | null;
}

/** Who a row is about, as the rankings and the directory name an instansi. */
export interface InstansiIdentity {
	id: string;
	kind: string;
	kode: string | null;
	slug: string;
	name: string;
	provinsi_kode: string | null;
	provinsi_nama: string | null;
}

export interface RankingRow extends Scores, InstansiIdentity {
	peringkat: number | null;
	seri: boolean;
	dari: number;
	year: number;
	predicate: string;
	status: string;
	source_id: string;
	source_table: string | null;
	source_row: number | null;
	subgroup: string | null;
	methodology: string;
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

export interface SourceRow {
	id: string;
	publisher: string;
	title: string;
	date: string | null;
	address: string | null;
	note: string | null;
	/** official | reference | secondary | compiled | reported | imported */
	status: string;
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
	/** the table's value, whatever its status (table_status) */
	official: number | null;
	table_status: 'official' | 'secondary' | 'compiled' | null;
	message: string;
	instansi_id: string | null;
	name: string | null;
	address: string | null;
	source_title: string;
}

export interface ReportCountRow {
	year: number;
	kelompok: string;
	reported: number;
	published: number;
	source_id: string;
	source_table: string;
	complete: boolean;
	note: string | null;
}

export interface AwardCategoryRow {
	slug: Kategori;
	no: number;
	name_id: string;
	name_en: string;
	measure: RankingMeasure;
	direction: 'desc' | 'asc';
	/** ';'-separated, as in the CSV: use kelompokOf() */
	kelompok: string;
	source_id: string;
	source_title: string | null;
	basis: string;
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

/** One known result (official or reported) with its source and its ranks among peers. */
export interface ProfileResultRow extends Scores {
	id: string;
	year: number;
	predicate: string;
	status: string;
	methodology: string;
	source_id: string;
	source_table: string | null;
	source_row: number | null;
	source_publisher: string | null;
	source_title: string | null;
	source_address: string | null;
	note: string | null;
	caveat: string | null;
	predikat_berikut: string | null;
	ambang_berikut: number | null;
	selisih_ambang: number | null;
	peringkat_nasional: number | null;
	seri_nasional: boolean | null;
	dari_nasional: number | null;
	persentil_nasional: number | null;
	selisih_atas_nasional: number | null;
	atas_peringkat_nasional: number | null;
	atas_nama_nasional: string | null;
	peringkat_provinsi: number | null;
	seri_provinsi: boolean | null;
	dari_provinsi: number | null;
	persentil_provinsi: number | null;
	selisih_atas_provinsi: number | null;
	atas_peringkat_provinsi: number | null;
	atas_nama_provinsi: string | null;
}

export type DomainKey = Domain;

/** One domain of one official result against the same kind's median and top tenth. */
export interface ProfileDomainRow {
	id: string;
	year: number;
	domain: DomainKey;
	nilai: number;
	median: number;
	atas_sepersepuluh: number;
	dari: number;
	selisih_median: number;
	bobot: number | null;
	ruang: number;
	dampak: number | null;
}

export interface ProfileAwardRow {
	id: string;
	award: string;
	edition: number;
	category: string;
	rank: number | null;
	recipient: string;
	note: string | null;
	source_id: string;
	source_publisher: string | null;
	source_title: string | null;
	source_address: string | null;
}

/** Every instansi with its latest official result (NULL year: never evaluated). */
export interface DirectoryRow extends InstansiIdentity {
	abbreviation: string | null;
	year: number | null;
	index: number | null;
	kebijakan: number | null;
	tata_kelola: number | null;
	manajemen: number | null;
	layanan: number | null;
	predicate: string | null;
	results: number;
}

export interface NearestPeerRow {
	id: string;
	peer_id: string;
	peer_name: string;
	year: number;
	jarak_kuadrat: number;
}

export interface ChangeRow {
	peringkat: number | null;
	seri: boolean;
	status: 'official' | 'secondary' | 'compiled' | 'reported' | 'mixed' | 'imported' | null;
	lintas_metodologi: boolean;
	id: string;
	kode: string | null;
	slug: string;
	name: string;
	kind: string;
	provinsi_nama: string | null;
	dari: number | null;
	ke: number | null;
	selisih: number | null;
	predikat_dari: string | null;
	predikat_ke: string | null;
	status_dari: string | null;
	status_ke: string | null;
	metodologi_dari: string | null;
	metodologi_ke: string | null;
	/** the index of each side (Indeks SPBE, Indeks Pemdi): selisih is NULL when they differ */
	indeks_dari: string | null;
	indeks_ke: string | null;
	rank_dari: number | null;
	rank_ke: number | null;
	keikutsertaan: 'keduanya' | 'masuk' | 'keluar';
	source_dari: string | null;
	tabel_dari: string | null;
	source_ke: string | null;
	tabel_ke: string | null;
}

/** pemdi_results.sql: published Indeks Pemdi results per year and predicate */
export interface PemdiResultRow {
	year: number;
	predicate: string;
	band_no: number | null;
	n: number;
	mean: number;
	source_id: string;
	source_title: string | null;
	source_table: string | null;
}

export interface GroupMeanRow {
	year: number;
	scope: string;
	measure: string;
	value: number;
	source_id: string;
	source_table: string;
}

export interface KeyFactRow {
	fact: 'top' | 'climber';
	kind: string;
	names: string;
	id: string;
	value: number;
}

export interface ChangePairRow {
	kelompok: Kelompok;
	dari: number;
	ke: number;
	pasangan: number;
	resmi: number;
	/** pairs official or secondary on both sides */
	tabel: number;
	/** pairs with a side from a dataset imported in this browser */
	impor: number;
}

/** One year's table per kind: counts per predicate and the sum of indices (hundredths). */
export interface YearSummaryRow {
	year: number;
	status: 'official' | 'secondary' | 'compiled';
	methodology: string;
	kind: string;
	jumlah: number;
	kurang: number;
	cukup: number;
	baik: number;
	sangat_baik: number;
	memuaskan: number;
	jumlah_indeks_h: number;
}

/** One indicator level of one instansi and year against its peers. */
export interface ProfileIndicatorRow {
	id: string;
	year: number;
	methodology: string;
	no: number;
	level: number;
	median: number;
	terbaik: number;
	dari: number;
	sebelumnya: number | null;
	tahun_sebelumnya: number | null;
	bobot: number | null;
}

export interface IndicatorDistributionRow {
	kind: string;
	no: number;
	level: number;
	jumlah: number;
}

export interface MethodologyRow {
	id: string;
	regulation: string;
	first_year: number;
	last_year: number | null;
	index_name: string;
	installed: boolean;
	note: string | null;
	source_id: string;
	source_title: string | null;
}

export interface MethodologyItemRow {
	version: string;
	level: 'domain' | 'aspect' | 'indicator';
	no: number;
	code: string | null;
	name: string;
	parent_no: number | null;
	weight_percent: number;
}

export interface PredicateBandRow {
	methodology: string;
	no: number;
	predicate: string;
	lower: number | null;
	upper: number | null;
	interval_as_printed: string;
	source_id: string;
}

/** One region's table value of the map's year (NULL values: none that year). */
export interface MapValueRow {
	id: string;
	kind: string;
	name: string;
	provinsi_kode: string | null;
	provinsi_nama: string | null;
	year: number | null;
	status: string | null;
	predicate: string | null;
	index: number | null;
	kebijakan: number | null;
	tata_kelola: number | null;
	manajemen: number | null;
	layanan: number | null;
	source_id: string | null;
	source_table: string | null;
	source_row: number | null;
}

export interface MapYearRow {
	year: number;
	status: string;
	regions: number;
}
