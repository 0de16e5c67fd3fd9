/**
 * Option builders for the profile pages (index over the years, domains against peers). Pure:
 * data and language in, option out. The comparison's charts are in ./compare.ts.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatScore, translate, type Lang } from '$lib/i18n';
import type { DomainKey } from '$lib/db/queries';
import { ACCENT, GRID, INK, MUTED, baseOption, yearAxis } from './theme';
import { predicateEdges } from './options';

export interface YearPoint {
	year: number;
	index: number;
	status: string;
}

/** The dashed band edges (1,80 · 2,60 · 3,50 · 4,20) behind a 1–5 axis. */
function bandLines(lang: Lang) {
	return {
		silent: true,
		symbol: 'none',
		lineStyle: { color: GRID, type: 'dashed', width: 1 },
		label: {
			position: 'insideEndTop',
			color: MUTED,
			fontSize: 10,
			formatter: (p: { name: string }) => p.name
		},
		data: predicateEdges().map((e) => ({
			name: `${translate(lang, `predicate.${e.predicate}`)} ${formatScore(e.lower, lang)}`,
			yAxis: e.lower
		}))
	};
}

const scoreAxis = (lang: Lang) => ({
	type: 'value',
	min: 1,
	max: 5,
	interval: 1,
	splitLine: { lineStyle: { color: GRID } },
	axisLabel: { formatter: (v: number) => formatScore(v, lang).replace(/[.,]00$/, '') }
});

/** The outline of values from a dataset imported in this browser ("impor lokal"). */
export const IMPORTED_COLOUR = '#7a3e9d';

/** Statuses from the strongest to the weakest: the value a year is drawn with on the line. */
const STRENGTH = ['official', 'secondary', 'imported', 'compiled', 'reported'] as const;
type Status = (typeof STRENGTH)[number];
const statusOf = (s: string): Status =>
	(STRENGTH as readonly string[]).includes(s) ? (s as Status) : 'reported';

/**
 * The shaded gap between 2020 and 2021 where the methodology changed (PermenPANRB 5/2018 →
 * 59/2020), when the axis crosses it: values on either side are computed differently.
 */
export function methodBreakArea(years: readonly number[], lang: Lang) {
	if (!years.includes(2020) || !years.includes(2021)) return undefined;
	return {
		silent: true,
		itemStyle: { color: 'rgba(82, 96, 109, 0.10)' },
		label: {
			position: 'insideTop',
			color: MUTED,
			fontSize: 12,
			formatter: () => translate(lang, 'method.break').replace('PermenPANRB ', '')
		},
		data: [[{ xAxis: '2020' }, { xAxis: '2021' }]]
	};
}

/**
 * One instansi's index per known year, each value marked by its status (DESIGN.md): official
 * solid and joined; secondary solid with an outline; compiled light and hollow; reported
 * hollow; imported (only in the browser) a purple diamond. A dashed line joins the value each
 * year is drawn with (the strongest status). Years without a value stay gaps; the methodology
 * change between 2020 and 2021 is shaded. A status with no value adds no series.
 */
export function profileYearsOption(points: YearPoint[], lang: Lang): EChartsCoreOption {
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const first = years[0] ?? 2023;
	const last = years[years.length - 1] ?? 2024;
	const axis: number[] = [];
	for (let y = first; y <= last; y++) axis.push(y);
	const at = (year: number, status: Status) =>
		points.find((p) => p.year === year && statusOf(p.status) === status)?.index ?? null;
	/** the status a year is drawn with */
	const shownStatus = (year: number): Status | null =>
		STRENGTH.find((s) => at(year, s) !== null) ?? null;
	const only = (status: Status) =>
		axis.map((y) => (shownStatus(y) === status ? at(y, status) : null));
	const label = {
		show: true,
		position: 'top',
		formatter: (p: { value: number | null }) => formatScore(p.value, lang)
	};
	const has = (status: Status) => points.some((p) => statusOf(p.status) === status);
	const marked = (status: Status, name: string, style: Record<string, unknown>) =>
		has(status)
			? [{ type: 'line', name, data: only(status), lineStyle: { opacity: 0 }, ...style }]
			: [];
	return {
		...baseOption,
		grid: { left: 40, right: 64, top: 24, bottom: 28 },
		xAxis: yearAxis(axis),
		yAxis: scoreAxis(lang),
		series: [
			{
				type: 'line',
				name: 'all',
				data: axis.map((y) => {
					const s = shownStatus(y);
					return s ? at(y, s) : null;
				}),
				connectNulls: true,
				symbol: 'none',
				lineStyle: { color: MUTED, type: 'dashed', width: 1.5 },
				markLine: bandLines(lang),
				markArea: methodBreakArea(axis, lang),
				silent: true
			},
			{
				type: 'line',
				name: translate(lang, 'status.official'),
				data: axis.map((y) => at(y, 'official')),
				lineStyle: { color: ACCENT, width: 3 },
				itemStyle: { color: ACCENT },
				symbol: 'circle',
				symbolSize: 10,
				label: { ...label, color: ACCENT, fontWeight: 'bold' }
			},
			{
				type: 'line',
				name: translate(lang, 'status.reported'),
				data: only('reported'),
				lineStyle: { opacity: 0 },
				itemStyle: { color: '#fff', borderColor: INK, borderWidth: 2 },
				symbol: 'circle',
				symbolSize: 10,
				label: { ...label, color: INK }
			},
			...marked('secondary', translate(lang, 'status.secondary'), {
				itemStyle: { color: ACCENT, borderColor: INK, borderWidth: 1.5 },
				symbol: 'circle',
				symbolSize: 10,
				label: { ...label, color: ACCENT }
			}),
			...marked('compiled', translate(lang, 'status.compiled'), {
				itemStyle: { color: '#fff', borderColor: MUTED, borderWidth: 1.5, opacity: 0.9 },
				symbol: 'emptyCircle',
				symbolSize: 9,
				label: { ...label, color: MUTED }
			}),
			...marked('imported', translate(lang, 'imp.badge'), {
				itemStyle: { color: '#fff', borderColor: IMPORTED_COLOUR, borderWidth: 2.5 },
				symbol: 'diamond',
				symbolSize: 14,
				label: { ...label, color: IMPORTED_COLOUR, fontWeight: 'bold' }
			})
		]
	};
}

export interface DomainBar {
	domain: DomainKey;
	nilai: number;
	median: number;
	atas_sepersepuluh: number;
}

export const DOMAIN_COLOUR = { own: ACCENT, median: '#9aa5b1', top: '#1f2933' } as const;

/** Four domains as grouped horizontal bars: this instansi, the peers' median, the top tenth. */
export function profileDomainsOption(
	rows: DomainBar[],
	lang: Lang,
	names: { own: string; median: string; top: string }
): EChartsCoreOption {
	const order = [...rows].reverse(); // ECharts draws the first category at the bottom
	const bar = (key: 'nilai' | 'median' | 'atas_sepersepuluh', name: string, color: string) => ({
		type: 'bar',
		name,
		data: order.map((r) => r[key]),
		itemStyle: { color },
		barGap: '10%',
		label: {
			show: true,
			position: 'right',
			fontSize: 10,
			color: INK,
			formatter: (p: { value: number }) => formatScore(p.value, lang)
		}
	});
	return {
		...baseOption,
		grid: { left: 96, right: 40, top: 8, bottom: 24 },
		xAxis: {
			type: 'value',
			min: 0,
			max: 5,
			interval: 1,
			splitLine: { lineStyle: { color: GRID } }
		},
		yAxis: {
			type: 'category',
			data: order.map((r) => translate(lang, `domain.${r.domain}`)),
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } }
		},
		series: [
			bar('atas_sepersepuluh', names.top, DOMAIN_COLOUR.top),
			bar('median', names.median, DOMAIN_COLOUR.median),
			bar('nilai', names.own, DOMAIN_COLOUR.own)
		]
	};
}
