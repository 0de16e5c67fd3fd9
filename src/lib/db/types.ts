/** A value bound to a `$1`-style parameter. User input only ever reaches SQL this way. */
export type Param = string | number | boolean | null;
export type Row = Record<string, unknown>;

/** What both engines (the prerenderer's and the browser's) offer the query layer. */
export interface Engine {
	/** Runs one statement; `params` bind to $1, $2, … in order. */
	query<T extends Row = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
	/** True when the fixed queries' answers may be remembered (see forgetAnswers). */
	remembers?: boolean;
	/** How many answers it keeps when it remembers (default 200, the oldest forgotten first). */
	maxAnswers?: number;
}

/** The tables every engine loads, in load order (each is data/{name}.arrow). */
export const TABLES = [
	'instansi',
	'instansi_province',
	'result',
	'pemdi_result',
	'source',
	'methodology_version',
	'methodology',
	'predicate_band',
	'indicator_level',
	'statistic',
	'report_count',
	'data_note',
	'reconciliation',
	'award_result',
	'award_category'
] as const;
export type TableName = (typeof TABLES)[number];

export interface Manifest {
	builtAt: string;
	engine: string;
	latestYear: number;
	officialYears: number[];
	/** years with a per-instansi table that ranks (official or secondary) */
	tableYears: number[];
	/** every year with values: its status, rows, methodology, whether domains are published */
	years: YearFact[];
	/** the award categories and what each ranks by (for pages without the engine: 404.html) */
	categories: { slug: string; measure: string; name_id: string; name_en: string }[];
	tables: Record<TableName, { file: string; rows: number; bytes: number; sha256: string }>;
	sources: { id: string; title: string; publisher: string }[];
	geo: { provinsi: boolean; kabkota: boolean };
	/** the SPBE history 2018–2022 and the Indeks Pemdi methodology, read from outside data/ */
	history: OptionalFolder;
	pemdi: OptionalFolder;
}

/** The facts every page's layout reads (static/data/site.json, a few hundred bytes). */
export type SiteFacts = Pick<
	Manifest,
	'builtAt' | 'engine' | 'latestYear' | 'officialYears' | 'tableYears'
>;

export interface YearFact {
	year: number;
	status: 'official' | 'secondary' | 'compiled' | 'reported';
	rows: number;
	methodology: string;
	domains: boolean;
	complete: boolean;
	source_id: string;
}

/** A folder the build reads when present (its variable and where it looked). */
export interface OptionalFolder {
	installed: boolean;
	variable: string;
	dir: string;
}
