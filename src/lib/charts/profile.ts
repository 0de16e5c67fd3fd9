/**
 * Option builders for the profile pages (index over the years, domains against peers) and the
 * comparison (index over years, slope, bump). Pure: data and language in, option out.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatScore, translate, type Lang } from '$lib/i18n';
import type { DomainKey } from '$lib/db/queries';
import { ACCENT, GRID, INK, MUTED, baseOption } from './theme';
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

/**
 * One instansi's index per known year: official values solid and joined, reported values
 * hollow and joined to the rest by a dashed line, imported values (issue 6, only in the
 * browser) as purple diamonds on the same dashed line. Years without a value stay gaps.
 */
export function profileYearsOption(points: YearPoint[], lang: Lang): EChartsCoreOption {
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const first = years[0] ?? 2023;
	const last = years[years.length - 1] ?? 2024;
	const axis: number[] = [];
	for (let y = first; y <= last; y++) axis.push(y);
	const at = (year: number, status: 'official' | 'reported' | 'imported') =>
		points.find(
			(p) =>
				p.year === year &&
				(status === 'reported'
					? p.status !== 'official' && p.status !== 'imported'
					: p.status === status)
		)?.index ?? null;
	const label = {
		show: true,
		position: 'top',
		formatter: (p: { value: number | null }) => formatScore(p.value, lang)
	};
	const imported = points.some((p) => p.status === 'imported');
	return {
		...baseOption,
		grid: { left: 40, right: 64, top: 24, bottom: 28 },
		xAxis: {
			type: 'category',
			data: axis.map(String),
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } }
		},
		yAxis: scoreAxis(lang),
		series: [
			{
				type: 'line',
				name: 'all',
				data: axis.map((y) => at(y, 'official') ?? at(y, 'imported') ?? at(y, 'reported')),
				connectNulls: true,
				symbol: 'none',
				lineStyle: { color: MUTED, type: 'dashed', width: 1.5 },
				markLine: bandLines(lang),
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
				data: axis.map((y) =>
					at(y, 'official') === null && at(y, 'imported') === null ? at(y, 'reported') : null
				),
				lineStyle: { opacity: 0 },
				itemStyle: { color: '#fff', borderColor: INK, borderWidth: 2 },
				symbol: 'circle',
				symbolSize: 10,
				label: { ...label, color: INK }
			},
			...(imported
				? [
						{
							type: 'line',
							name: translate(lang, 'imp.badge'),
							data: axis.map((y) => at(y, 'imported')),
							lineStyle: { opacity: 0 },
							itemStyle: { color: '#fff', borderColor: IMPORTED_COLOUR, borderWidth: 2.5 },
							symbol: 'diamond',
							symbolSize: 14,
							label: { ...label, color: IMPORTED_COLOUR, fontWeight: 'bold' }
						}
					]
				: [])
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

export interface CompareSeries {
	name: string;
	/** value per year; null where unknown (or, for ranks, not ranked) */
	values: (number | null)[];
}

const PALETTE = [
	'#225ea8',
	'#d95f02',
	'#1b9e77',
	'#7570b3',
	'#e7298a',
	'#66a61e',
	'#a6761d',
	'#444444'
];

function lines(
	series: CompareSeries[],
	categories: string[],
	lang: Lang,
	format: (v: number) => string,
	yAxis: Record<string, unknown>
): EChartsCoreOption {
	return {
		...baseOption,
		grid: { left: 44, right: 150, top: 16, bottom: 28 },
		xAxis: {
			type: 'category',
			data: categories,
			boundaryGap: false,
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } }
		},
		yAxis,
		series: series.map((s, i) => ({
			type: 'line',
			name: s.name,
			data: s.values,
			connectNulls: false,
			symbol: 'circle',
			symbolSize: 7,
			lineStyle: { width: 2.5, color: PALETTE[i % PALETTE.length] },
			itemStyle: { color: PALETTE[i % PALETTE.length] },
			endLabel: {
				show: true,
				color: PALETTE[i % PALETTE.length],
				formatter: (p: { value: number | null }) =>
					`${s.name.replace(/^(Kabupaten|Kota|Provinsi) /, '')} ${p.value === null ? '' : format(p.value)}`
			}
		}))
	};
}

/**
 * A year on a comparison axis: imported years (issue 6, `imported`) say so on a second line.
 */
const yearLabel = (imported: readonly number[], lang: Lang) => (y: number) =>
	imported.includes(y) ? `${y}\n${translate(lang, 'imp.badge')}` : String(y);

/** Index over the official (and imported) years, one line per instansi. */
export function compareYearsOption(
	series: CompareSeries[],
	years: number[],
	lang: Lang,
	imported: readonly number[] = []
) {
	return lines(
		series,
		years.map(yearLabel(imported, lang)),
		lang,
		(v) => formatScore(v, lang),
		scoreAxis(lang)
	);
}

/** Slope chart: the index in two chosen years. */
export function slopeOption(
	series: CompareSeries[],
	from: number,
	to: number,
	lang: Lang,
	imported: readonly number[] = []
) {
	return lines(
		series,
		[from, to].map(yearLabel(imported, lang)),
		lang,
		(v) => formatScore(v, lang),
		scoreAxis(lang)
	);
}

/** Bump chart: national rank among the same kind per year, 1 at the top. */
export function bumpOption(
	series: CompareSeries[],
	years: number[],
	lang: Lang,
	imported: readonly number[] = []
) {
	return lines(series, years.map(yearLabel(imported, lang)), lang, (v) => `#${v}`, {
		type: 'value',
		inverse: true,
		min: 1,
		minInterval: 1,
		splitLine: { lineStyle: { color: GRID } }
	});
}

export { PALETTE };
