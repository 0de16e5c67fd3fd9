/**
 * Turns the published tables in data/ (and the history and Pemdi folders when installed) into
 * the relational model (model.ts) and lists every problem that must stop the build. Pure: it
 * reads nothing itself (see read.ts), so every rule can be tested on a tiny fixture. Each
 * table has its own builder in tables/; this only composes them.
 */
import type { CsvTable } from './csv';
import type { Model } from './model';
import type { Problem } from './problems';
import type { RawData, RawHistory, RawPemdi, Registry } from './raw';
import { Context } from './tables/context';
import { Sources } from './tables/source';
import { buildMethodologies } from './tables/methodology';
import { buildInstansi } from './tables/instansi';
import { officialResults } from './tables/result-official';
import { pemdiResults } from './tables/result-pemdi';
import { historyResults } from './tables/result-history';
import { reportedResults } from './tables/result-reported';
import { reportCounts } from './tables/report-count';
import { buildStatistics } from './tables/statistic';
import { buildAwardCategories, buildAwardResults } from './tables/award';

export { COLUMNS, type RawData, type RawHistory, type RawPemdi, type Registry } from './raw';

export interface Optional {
	/** the SPBE history 2018–2022, or null when its folder is absent */
	history?: RawHistory | null;
	/** the Indeks Pemdi methodology, or null when its folder is absent */
	pemdi?: RawPemdi | null;
	/** the published Indeks Pemdi results (data/pemdi/results.csv), or null while none are */
	pemdiResults?: CsvTable | null;
}

export function buildModel(
	raw: RawData,
	reg: Registry,
	{ history = null, pemdi = null, pemdiResults: pemdiTable = null }: Optional = {}
): { model: Model; problems: Problem[] } {
	const ctx = new Context(raw, history ? reg : withoutFormerBodies(reg));
	ctx.problems.push(...readProblems(raw, history, pemdi));
	if (pemdiTable) ctx.problems.push(...pemdiTable.problems);

	const sources = new Sources(ctx);
	sources.addTable(raw.sources);
	if (history) sources.addTable(history.sources);
	const m = buildMethodologies(ctx, pemdi);
	const inst = buildInstansi(ctx);
	const official = officialResults(ctx, inst, m);
	const past = history ? historyResults(ctx, history, inst, m) : null;
	const pemdiRows = pemdiResults(ctx, pemdiTable, inst, m);
	const tableRows = [...official.result, ...(past?.result ?? [])];
	// the Pemdi rows are counted against data/reference/report_counts.csv like the official tables
	const counted = new Map([...official.counted, ...pemdiRows.counted]);
	const report_count = reportCounts(ctx, raw, counted, history, past?.counted, (year) =>
		pemdiTable && pemdiRows.years.includes(year) ? pemdiTable.file : raw.results.file
	);
	// reported values are checked against every published table, the Pemdi one too
	const reported = reportedResults(ctx, [...tableRows, ...pemdiRows.result], sources, m);
	const statistic = buildStatistics(ctx);
	const award_result = buildAwardResults(ctx, inst.byId, sources);
	const award_category = buildAwardCategories(ctx);

	return {
		model: {
			instansi: [...inst.byId.values()],
			instansi_province: inst.instansi_province,
			result: [...tableRows, ...reported.result],
			pemdi_result: pemdiRows.result,
			source: sources.rows,
			methodology_version: m.methodology_version,
			methodology: m.methodology,
			predicate_band: m.predicate_band,
			indicator_level: past?.indicator_level ?? [],
			statistic,
			report_count,
			data_note: [...official.data_note, ...(past?.data_note ?? []), ...reported.data_note],
			reconciliation: reported.reconciliation,
			award_result,
			award_category
		},
		problems: ctx.problems
	};
}

/** What reading the files found (a missing column, a malformed line), before any rule runs. */
function readProblems(raw: RawData, history: RawHistory | null, pemdi: RawPemdi | null): Problem[] {
	const tables: CsvTable[] = [
		...Object.values(raw),
		...(history
			? [history.spbe2018, history.indicators, history.compiled, history.counts, history.sources]
			: []),
		...(pemdi ? [pemdi.methodology, pemdi.predicates] : [])
	];
	return tables.flatMap((t) => t.problems);
}

/**
 * The registry without the bodies evaluated only in the history years (34 Polda, LIPI, …):
 * without the history they would have pages with nothing on them.
 */
function withoutFormerBodies(reg: Registry): Registry {
	const former = (slug: string) => reg.centralFormer.has(slug);
	return {
		...reg,
		central: reg.central.filter((c) => !former(c.slug)),
		centralAliases: reg.centralAliases.filter((a) => !former(a.slug)),
		centralFormer: new Map()
	};
}
