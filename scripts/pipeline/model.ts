import { KELOMPOK } from '../../src/lib/kelompok';
import { RANKING_MEASURES } from '../../src/lib/scores/domains';

/**
 * The normalised relational model the pipeline writes for the browser (one Arrow IPC
 * file per table; schema in src/lib/sql/schema.sql). Scores are integer hundredths
 * here and DECIMAL(3,2) in DuckDB.
 */
export type Kind = 'kementerian' | 'lembaga' | 'provinsi' | 'kabupaten' | 'kota';
export const REGION_KINDS = ['provinsi', 'kabupaten', 'kota'] as const;
/**
 * official: a ministry report or decree; secondary: a copy of the ministry's evaluation data
 * that reproduces its published figures (2021, 2022); compiled: a third-party compilation with
 * no stated source (2019, 2020), never ranked; reported: news or a region's own statement.
 * (imported exists only in the browser.)
 */
export type Status = 'official' | 'secondary' | 'compiled' | 'reported';
/** Statuses of a per-instansi table: a year of these forms a ranking (compiled never does). */
export const TABLE_STATUSES: readonly Status[] = ['official', 'secondary'];

export interface Instansi {
	id: string; // Kemendagri code for regions ("35.73"), slug for central bodies
	kind: Kind;
	kode: string | null;
	slug: string;
	name: string;
	provinsi_kode: string | null;
	provinsi_nama: string | null;
	subgroup: string | null; // the report's own group, latest year (LPNK, LNS, …)
	abbreviation: string | null;
	/** first year it can be evaluated (a province created in 2022: 2023); null: always */
	since_year: number | null;
	/** last year it was evaluated as itself (a body since dissolved or merged); null: still */
	until_year: number | null;
}

/** A region's province over the years, where it changed (the 2022 Papua split). */
export interface InstansiProvince {
	instansi_id: string;
	provinsi_kode: string;
	first_year: number | null;
	last_year: number | null;
}

export interface Result {
	instansi_id: string;
	year: number;
	methodology: string;
	index_h: number;
	kebijakan_h: number | null;
	tata_kelola_h: number | null;
	manajemen_h: number | null;
	layanan_h: number | null;
	predicate: string;
	status: Status;
	source_id: string;
	source_table: string | null;
	source_row: number | null;
	name_as_printed: string;
	subgroup: string | null;
	note: string | null;
	caveat: string | null;
}

export interface Source {
	id: string;
	publisher: string;
	title: string;
	date: string | null;
	address: string | null;
	note: string | null;
	/** the status of the values it backs: official | secondary | compiled | reported */
	status: Status | 'reference';
}

export interface MethodologyVersion {
	id: string;
	regulation: string;
	first_year: number;
	last_year: number | null;
	source_id: string;
	note: string;
	/** Indeks SPBE or Indeks Pemdi: two indices never placed on one axis or subtracted */
	index_name: string;
	/** false when its structure and bands are not installed (the Pemdi folder is absent) */
	installed: boolean;
}

export interface MethodologyItem {
	version: string;
	level: 'domain' | 'aspect' | 'indicator';
	no: number;
	/** the regulation's code where it has one (IK-01); null otherwise */
	code: string | null;
	name: string;
	parent_no: number | null;
	weight_h: number; // hundredths of a percent: 13.00 % → 1300
}

/** One predicate band of one methodology (bounds in hundredths; lower inclusive). */
export interface PredicateBand {
	methodology: string;
	no: number; // 1 = Kurang … 5 = Memuaskan
	predicate: string;
	lower_h: number | null;
	upper_h: number | null;
	interval_as_printed: string;
	source_id: string;
}

/**
 * The indicator levels of one instansi in one year (the 2021/2022 history): levels 1–5 in the
 * methodology's indicator order (levels[0] is indicator 1).
 */
export interface IndicatorLevels {
	instansi_id: string;
	year: number;
	methodology: string;
	levels: number[];
}

export interface Statistic {
	year: number;
	scope: string; // 'Nasional' or a group as printed (Instansi Pusat, Kabupaten, …)
	measure: string; // index | kebijakan | tata_kelola | manajemen | layanan | a1 … a8
	measure_label: string;
	stat: string; // mean | max | min | target
	value_h: number;
	source_id: string;
	source_table: string;
}

export interface ReportCount {
	year: number;
	kelompok: string;
	count: number;
	source_id: string;
	source_table: string;
	/** false: the rows are fewer than the year's evaluation (the 2022 secondary sheet) */
	complete: boolean;
	note: string | null;
}

export interface DataNote {
	instansi_id: string | null;
	year: number | null;
	kind:
		| 'out_of_scale'
		| 'filled_cell'
		| 'boundary_predicate'
		| 'as_printed'
		| 'caveat'
		| 'rounding'
		| 'province';
	field: string | null;
	message: string;
	source_id: string | null;
}

export interface Reconciliation {
	instansi_id: string | null;
	name_as_reported: string;
	year: number;
	reported_h: number;
	/** the table's value (official, secondary or compiled) */
	official_h: number | null;
	/** the status of that table value */
	table_status: Status | null;
	kind: 'agrees' | 'disagrees' | 'reported_conflict' | 'unmatched';
	source_id: string;
	message: string;
}

export interface AwardResult {
	award: string;
	edition: number;
	category: string;
	rank: number | null;
	recipient: string;
	instansi_id: string;
	source_id: string;
	note: string | null;
}

/** What an award category may rank by: the index, its change or a domain. */
export const AWARD_MEASURES = RANKING_MEASURES;
/** The groups an award category may list: the same groups the site ranks in. */
export const AWARD_KELOMPOK = KELOMPOK;

/** One Digital Government Award category: what it ranks by, in which groups, and why. */
export interface AwardCategory {
	slug: string;
	no: number;
	name_id: string;
	name_en: string;
	measure: (typeof AWARD_MEASURES)[number];
	direction: 'desc' | 'asc';
	kelompok: string; // ';'-separated groups
	source_id: string;
	basis: string;
}

export interface Model {
	instansi: Instansi[];
	result: Result[];
	/** published Indeks Pemdi results: apart from `result`, which every SPBE series, ranking
	 * and year list reads, so a Pemdi value can never join them */
	pemdi_result: Result[];
	source: Source[];
	methodology_version: MethodologyVersion[];
	methodology: MethodologyItem[];
	predicate_band: PredicateBand[];
	indicator_level: IndicatorLevels[];
	instansi_province: InstansiProvince[];
	statistic: Statistic[];
	report_count: ReportCount[];
	data_note: DataNote[];
	reconciliation: Reconciliation[];
	award_result: AwardResult[];
	award_category: AwardCategory[];
}
