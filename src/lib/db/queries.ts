/**
 * The fixed queries, one per src/lib/sql/*.sql file (their rows: ./row-types.ts). The same
 * text runs in the prerenderer (engine-node.ts) and in the browser (browser.ts).
 */
import type { Engine, Param } from './types';
import type {
	AwardCategoryRow,
	AwardResultRow,
	ChangePairRow,
	ChangeRow,
	DataNoteRow,
	DirectoryRow,
	GroupMeanRow,
	IndicatorDistributionRow,
	KeyFactRow,
	MapValueRow,
	MapYearRow,
	MethodologyItemRow,
	MethodologyRow,
	NearestPeerRow,
	NotEvaluatedRow,
	PemdiResultRow,
	PredicateBandRow,
	PredicateCountRow,
	ProfileAwardRow,
	ProfileDomainRow,
	ProfileIndicatorRow,
	ProfileResultRow,
	RankingFilteredRow,
	RankingFilters,
	RankingRow,
	ReconciliationRow,
	ReportCountRow,
	SeriesRow,
	SourceRow,
	YearSummaryRow
} from './row-types';
export type * from './row-types';

/**
 * The text of every query, loaded with the first query: the engine starts only on
 * interaction, so the 60 KB of SQL stays out of every page's first view.
 */
let sqlText: Promise<Record<string, string>> | undefined;
const loadSql = () => (sqlText ??= import('./sql-text').then((m) => m.SQL));

import { KATEGORI, KELOMPOK, type Kategori, type Kelompok } from '$lib/kelompok';
export { KATEGORI, KELOMPOK, type Kategori, type Kelompok };

/**
 * Answers already given, per engine that allows it (the browser's): the fixed queries only
 * read, so the same query with the same parameters gives the same rows until the data
 * changes, and an import or a removal calls forgetAnswers(). A reader switching back to a
 * group or a filter gets it without a round trip to the worker (25–45 ms in duckdb-wasm).
 * Rows are shared between callers, which never mutate them.
 */
const answers = new WeakMap<Engine, Map<string, Promise<unknown[]>>>();
const MAX_ANSWERS = 200;

/** Forgets every remembered answer of `engine`: call after anything that changes its data. */
export function forgetAnswers(engine: Engine): void {
	answers.delete(engine);
}

function run<T>(engine: Engine, name: string, params: readonly Param[]): Promise<T[]> {
	const ask = () =>
		loadSql().then((all) => {
			const sql = all[name];
			if (!sql) throw new Error(`no query named ${name} in src/lib/sql`);
			return engine.query(sql, params);
		});
	if (!engine.remembers) return ask() as Promise<T[]>;
	let cache = answers.get(engine);
	if (!cache) answers.set(engine, (cache = new Map()));
	const key = `${name}\u0000${JSON.stringify(params)}`;
	let answer = cache.get(key);
	if (!answer) {
		const asked = ask();
		answer = asked;
		cache.set(key, asked);
		asked.catch(() => cache.delete(key));
		if (cache.size > (engine.maxAnswers ?? MAX_ANSWERS))
			cache.delete(cache.keys().next().value as string);
	}
	return answer as Promise<T[]>;
}

export { kelompokOf } from '$lib/kelompok';
/** The domains ($lib/scores/domains), here for the pages that read them beside the rows. */
export { DOMAINS } from '$lib/scores/domains';
/** '*' (every instansi) or the ids joined for the `$1` of the profile queries. */
export function idList(ids: readonly string[] | '*'): string {
	return ids === '*' ? '*' : ids.join(',');
}
export const queries = {
	ranking: (e: Engine, year: number, kelompok: Kelompok, kategori: Kategori) =>
		run<RankingRow>(e, 'ranking', [year, kelompok, kategori]),
	nationalSeries: (e: Engine) => run<SeriesRow>(e, 'national_series', []),
	predicateCounts: (e: Engine, kelompok: Kelompok) =>
		run<PredicateCountRow>(e, 'predicate_counts', [kelompok]),
	sources: (e: Engine) => run<SourceRow>(e, 'sources', []),
	dataNotes: (e: Engine) => run<DataNoteRow>(e, 'data_notes', []),
	reconciliation: (e: Engine) => run<ReconciliationRow>(e, 'reconciliation', []),
	reportCounts: (e: Engine) => run<ReportCountRow>(e, 'report_counts', []),
	// -- queries: rankings and awards --
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
		run<NotEvaluatedRow>(e, 'not_evaluated', [year, kelompok]),
	// -- queries: profiles, comparison, map, search --
	profileResults: (e: Engine, ids: readonly string[] | '*') =>
		run<ProfileResultRow>(e, 'profile_results', [idList(ids)]),
	profileDomains: (e: Engine, ids: readonly string[] | '*') =>
		run<ProfileDomainRow>(e, 'profile_domains', [idList(ids)]),
	profileAwards: (e: Engine, ids: readonly string[] | '*') =>
		run<ProfileAwardRow>(e, 'profile_awards', [idList(ids)]),
	nearestPeers: (e: Engine, ids: readonly string[] | '*', limit: number) =>
		run<NearestPeerRow>(e, 'nearest_peers', [idList(ids), limit]),
	directory: (e: Engine) => run<DirectoryRow>(e, 'directory', []),
	mapValues: (e: Engine, year: number) => run<MapValueRow>(e, 'map_values', [year]),
	mapYears: (e: Engine) => run<MapYearRow>(e, 'map_years', []),
	// -- queries: change over time, the national series --
	change: (e: Engine, kelompok: Kelompok, dari: number, ke: number) =>
		run<ChangeRow>(e, 'change', [kelompok, dari, ke]),
	changePairs: (e: Engine) => run<ChangePairRow>(e, 'change_pairs', []),
	groupMeans: (e: Engine) => run<GroupMeanRow>(e, 'group_means', []),
	keyFacts: (e: Engine, year: number, previous: number) =>
		run<KeyFactRow>(e, 'key_facts', [year, previous]),
	// -- queries: history, methodologies, indicators --
	yearSummary: (e: Engine) => run<YearSummaryRow>(e, 'year_summary', []),
	profileIndicators: (e: Engine, ids: readonly string[] | '*') =>
		run<ProfileIndicatorRow>(e, 'profile_indicators', [idList(ids)]),
	indicatorDistribution: (e: Engine, year: number) =>
		run<IndicatorDistributionRow>(e, 'indicator_distribution', [year]),
	methodologies: (e: Engine) => run<MethodologyRow>(e, 'methodologies', []),
	pemdiResults: (e: Engine, indexName: string) =>
		run<PemdiResultRow>(e, 'pemdi_results', [indexName]),
	methodologyItems: (e: Engine) => run<MethodologyItemRow>(e, 'methodology_items', []),
	predicateBands: (e: Engine) => run<PredicateBandRow>(e, 'predicate_bands', [])
};
