/**
 * What the pipeline reads: the embedded data (data/), the optional history and Pemdi folders
 * (never copied into the repository) and the region and central-body registries. Types and
 * required columns only; read.ts does the reading.
 */
import type { CentralAlias, CentralInstansi } from '../../src/lib/instansi';
import type { Region, RegionAlias } from '../../src/lib/regions';
import type { CsvTable } from './csv';

export interface RawData {
	results: CsvTable;
	national: CsvTable;
	groupMeans: CsvTable;
	methodology: CsvTable;
	predicates: CsvTable;
	reported: CsvTable;
	dlga: CsvTable;
	sources: CsvTable;
	counts: CsvTable;
	versions: CsvTable;
	awardCategories: CsvTable;
	/** PermenPANRB 5/2018: its three domains and their weights */
	structurePp5: CsvTable;
	/** PermenPANRB 5/2018: its predicate bands */
	predicatesPp5: CsvTable;
	/** Kemendagri's spelling where the registry spells a region otherwise (Kota Baubau) */
	regionNames: CsvTable;
	/** provinces split off another (2022: Papua → Papua Selatan, Tengah, Pegunungan, …) */
	provinceSplits: CsvTable;
}

/**
 * The SPBE history 2018–2022 (../shared/data/history or HISTORY_DIR, see its PROVENANCE.md)
 * with our reference tables about it (data/reference/history_*.csv).
 */
export interface RawHistory {
	/** the folder it was read from, as given */
	dir: string;
	spbe2018: CsvTable;
	indicators: CsvTable;
	compiled: CsvTable;
	/** the counts PROVENANCE.md gives per year and group (data/reference/history_counts.csv) */
	counts: CsvTable;
	/** the history's sources (data/reference/history_sources.csv) */
	sources: CsvTable;
}

/** The Indeks Pemdi methodology (../shared/data/pemdi or PEMDI_DIR, PermenPANRB 8/2026). */
export interface RawPemdi {
	dir: string;
	methodology: CsvTable;
	predicates: CsvTable;
}

export interface Registry {
	regions: Region[];
	regionAliases: RegionAlias[];
	/** every central body: those evaluated today and the former ones */
	central: CentralInstansi[];
	centralAliases: CentralAlias[];
	/** bodies evaluated only in earlier years (34 Polda, LIPI, …): slug → last year and why */
	centralFormer: Map<string, { lastYear: number; reason: string }>;
}

/** Required columns of each input file, checked when it is read. */
export const COLUMNS = {
	results: [
		'year',
		'table_no',
		'row_no',
		'instansi_group',
		'province_name',
		'instansi_name',
		'domain_1_kebijakan',
		'domain_2_tata_kelola',
		'domain_3_manajemen',
		'domain_4_layanan',
		'index',
		'predicate',
		'note'
	],
	national: ['year', 'measure', 'value', 'source_table'],
	groupMeans: ['year', 'group', 'measure', 'value', 'source_table'],
	methodology: [
		'indicator_no',
		'indicator_name',
		'aspect_no',
		'aspect_name',
		'domain_no',
		'domain_name',
		'weight_percent',
		'aspect_weight_percent',
		'domain_weight_percent'
	],
	predicates: ['predicate', 'lower_bound', 'upper_bound'],
	reported: ['name', 'type', 'province', 'year', 'index', 'predicate', 'source', 'note'],
	dlga: ['award', 'edition', 'category', 'rank', 'recipient', 'kode', 'source', 'note'],
	sources: ['id', 'publisher', 'title', 'date', 'address', 'note'],
	counts: ['year', 'kelompok', 'count', 'source_id', 'source_table'],
	versions: [
		'id',
		'regulation',
		'first_year',
		'last_year',
		'source_id',
		'index_name',
		'structure',
		'note'
	],
	awardCategories: [
		'slug',
		'no',
		'name_id',
		'name_en',
		'measure',
		'direction',
		'kelompok',
		'source_id',
		'basis'
	],
	structurePp5: ['level', 'no', 'name', 'parent_no', 'weight_percent', 'source_id'],
	predicatesPp5: ['predicate', 'lower_bound', 'upper_bound', 'lower_inclusive', 'upper_inclusive'],
	regionNames: ['kode', 'name', 'reason'],
	provinceSplits: ['kode', 'parent_kode', 'first_year', 'basis']
} as const satisfies Record<keyof RawData, readonly string[]>;

export const HISTORY_COLUMNS = {
	spbe2018: [
		'year',
		'table_no',
		'row_no',
		'instansi_group',
		'province_name',
		'instansi_name',
		'index',
		'predicate',
		'note'
	],
	indicators: [
		'year',
		'source_row',
		'kode_kemenpanrb',
		'instansi_name',
		'kategori',
		'daerah',
		...Array.from({ length: 47 }, (_, i) => `i${i + 1}`),
		...Array.from({ length: 8 }, (_, i) => `aspek_${i + 1}`),
		'domain_kebijakan',
		'domain_tata_kelola',
		'domain_manajemen',
		'domain_layanan',
		'index_unrounded',
		'index',
		'predicate',
		'note'
	],
	compiled: ['instansi_name', 'index_2019', 'index_2020', 'index_2018_compiled'],
	counts: ['year', 'kelompok', 'count', 'source_id', 'source_table'],
	sources: ['id', 'publisher', 'title', 'date', 'address', 'note', 'status']
} as const satisfies Record<Exclude<keyof RawHistory, 'dir'>, readonly string[]>;

export const PEMDI_COLUMNS = {
	methodology: [
		'regulation',
		'aspect_no',
		'aspect_name',
		'aspect_weight_percent',
		'indicator_code',
		'indicator_name',
		'indicator_weight_percent',
		'indicator_no'
	],
	predicates: [
		'predicate',
		'lower',
		'upper',
		'lower_inclusive',
		'upper_inclusive',
		'interval_as_printed'
	]
} as const satisfies Record<Exclude<keyof RawPemdi, 'dir'>, readonly string[]>;
