/** A value bound to a `$1`-style parameter. User input only ever reaches SQL this way. */
export type Param = string | number | boolean | null;
export type Row = Record<string, unknown>;

/** What both engines (the prerenderer's and the browser's) offer the query layer. */
export interface Engine {
	/** Runs one statement; `params` bind to $1, $2, … in order. */
	query<T extends Row = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
	/** True when the fixed queries' answers may be remembered (see forgetAnswers). */
	remembers?: boolean;
}

/** The tables every engine loads, in load order (each is data/{name}.arrow). */
export const TABLES = [
	'instansi',
	'result',
	'source',
	'methodology_version',
	'methodology',
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
	tables: Record<TableName, { file: string; rows: number; bytes: number; sha256: string }>;
	sources: { id: string; title: string; publisher: string }[];
	geo: { provinsi: boolean; kabkota: boolean };
}
