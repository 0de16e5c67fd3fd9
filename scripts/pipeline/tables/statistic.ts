/**
 * The `statistic` table: the national series (data/spbe/national_index.csv) and the group
 * means (group_means.csv), each printing with its own report and table.
 */
import type { CsvRow, CsvTable } from '../csv';
import type { Statistic } from '../model';
import type { Context } from './context';

const MEASURES: Record<string, string> = {
	index: 'index',
	'D1 Kebijakan': 'kebijakan',
	'D2 Tata Kelola': 'tata_kelola',
	'D3 Manajemen': 'manajemen',
	'D4 Layanan': 'layanan'
};

export function buildStatistics(ctx: Context): Statistic[] {
	const statistic: Statistic[] = [];
	const statKey = new Map<string, { line: number; file: string }>();
	const add = (t: CsvTable, r: CsvRow, scope: string) => {
		const [stat = '', label = ''] = (r.values.measure ?? '').split(':');
		const measure = MEASURES[label] ?? (/^A(\d) /.exec(label) ? `a${label[1]}` : null);
		const year = ctx.int(t, r, 'year');
		if (r.values.value === '' && /printed '-'/.test(r.values.note ?? '')) return; // not measured that year
		const h = ctx.score(t, r, 'value');
		if (!measure || !['mean', 'max', 'min', 'target'].includes(stat)) {
			ctx.problem(t, r, 'measure', 'measure', `unknown measure "${r.values.measure}"`);
			return;
		}
		if (year === null || h === null) return;
		const { source_id, table } = ctx.reportTable(t, r, 'source_table');
		// The same figure may be printed by several tables (and reports): each printing is
		// kept with its own source. Within one table a figure must be printed once.
		const key = `${year}|${scope}|${measure}|${stat}|${source_id}|${table}`;
		const prev = statKey.get(key);
		if (prev) {
			ctx.problem(
				t,
				r,
				'value',
				'statistic-duplicate',
				`${key} is printed twice in one table (also ${prev.file} line ${prev.line})`
			);
			return;
		}
		statKey.set(key, { line: r.line, file: t.file });
		statistic.push({
			year,
			scope,
			measure,
			measure_label: label,
			stat,
			value_h: h,
			source_id,
			source_table: table
		});
	};
	for (const r of ctx.raw.national.rows) add(ctx.raw.national, r, 'Nasional');
	for (const r of ctx.raw.groupMeans.rows) add(ctx.raw.groupMeans, r, r.values.group ?? '');
	return statistic;
}
