/**
 * The `report_count` table: how many instansi each year's source counts per group
 * (data/reference/report_counts.csv; with the history, the counts its PROVENANCE.md gives,
 * data/reference/history_counts.csv), each checked against the rows placed that year.
 */
import type { CsvTable } from '../csv';
import type { ReportCount } from '../model';
import type { RawData, RawHistory } from '../raw';
import type { Context } from './context';

/**
 * The table: the report's counts checked against the official rows (`official`: "year|kelompok"
 * → rows) and, with the history, its counts against the history's rows (`past`).
 */
export function reportCounts(
	ctx: Context,
	raw: RawData,
	official: Map<string, number>,
	history: RawHistory | null,
	past: Map<string, number> = new Map(),
	/** the file a year's table rows come from (data/spbe/spbe_results.csv unless told) */
	rowsFile: (year: number) => string = () => raw.results.file
): ReportCount[] {
	return [
		...checkedCounts(ctx, raw.counts, official, rowsFile),
		...(history ? checkedCounts(ctx, history.counts, past, (y) => historyFile(history, y)) : [])
	];
}

/** The history file a year's rows come from. */
function historyFile(h: RawHistory, year: number): string {
	if (year === 2018) return h.spbe2018.file;
	if (year === 2019 || year === 2020) return h.compiled.file;
	return h.indicators.file;
}

/**
 * The counts of `counts`, each compared with `counted` ("year|kelompok" → rows; kelompok
 * `semua` is a whole year), and every counted group required to have a count.
 */
export function checkedCounts(
	ctx: Context,
	counts: CsvTable,
	counted: Map<string, number>,
	rowsFile: (year: number) => string
): ReportCount[] {
	for (const r of counts.rows) ctx.requireSource(counts, r, 'source_id', r.values.source_id ?? '');
	const out: ReportCount[] = counts.rows.map((r) => ({
		year: ctx.int(counts, r, 'year') ?? 0,
		kelompok: r.values.kelompok ?? '',
		count: ctx.int(counts, r, 'count') ?? 0,
		source_id: r.values.source_id ?? '',
		source_table: r.values.source_table ?? '',
		complete: (r.values.complete ?? 'yes') !== 'no',
		note: r.values.note || null
	}));
	for (const [i, c] of out.entries()) {
		const got = counted.get(`${c.year}|${c.kelompok}`) ?? 0;
		if (got !== c.count) {
			ctx.problems.push({
				file: rowsFile(c.year),
				line: null,
				field: null,
				rule: 'report-count',
				message: `${c.year} has ${got} ${c.kelompok} rows but ${c.source_id.startsWith('lap') ? 'the report' : 'the source'} (${c.source_table}) counts ${c.count} (${counts.file} line ${counts.rows[i]?.line})`
			});
		}
	}
	for (const key of counted.keys()) {
		const [y, k] = key.split('|');
		if (!out.some((c) => `${c.year}|${c.kelompok}` === key)) {
			ctx.problem(
				counts,
				null,
				'kelompok',
				'report-count',
				`no report count for ${y} ${k}: add it to check the table is complete`
			);
		}
	}
	return out;
}
