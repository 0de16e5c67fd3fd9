/**
 * Pure ECharts option builders: data and language in, option out. Tested in node
 * (options.test.ts) and drawn to SVG at build time (ssr.ts) or live in the browser.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { PREDICATES, PREDICATE_COLOUR, LOWER_BOUND_H, type Predicate } from '$lib/scores';
import { formatScore, formatInt, translate, type Lang } from '$lib/i18n';
import type { PredicateCountRow, SeriesRow } from '$lib/db/queries';
import { ACCENT, GRID, MUTED, baseOption } from './theme';

/** The national index per year, with the methodology change (2018 → 59/2020 from 2021) marked. */
export function nationalIndexOption(rows: SeriesRow[], lang: Lang): EChartsCoreOption {
	const series = rows.filter((r) => r.measure === 'index').sort((a, b) => a.year - b.year);
	return {
		...baseOption,
		xAxis: {
			type: 'category',
			data: series.map((r) => String(r.year)),
			axisLine: { lineStyle: { color: MUTED } },
			axisTick: { show: false }
		},
		yAxis: {
			type: 'value',
			min: 1,
			max: 5,
			interval: 1,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => formatScore(v, lang).replace(/[.,]00$/, '') }
		},
		series: [
			{
				type: 'line',
				name: translate(lang, 'measure.index'),
				data: series.map((r) => r.value),
				lineStyle: { color: ACCENT, width: 3 },
				itemStyle: { color: ACCENT },
				symbolSize: 8,
				label: {
					show: true,
					position: 'top',
					color: ACCENT,
					fontWeight: 'bold',
					formatter: (p: { value: number }) => formatScore(p.value, lang)
				},
				markArea: {
					silent: true,
					itemStyle: { color: 'rgba(82, 96, 109, 0.08)' },
					label: { color: MUTED, fontSize: 11, position: 'insideTopLeft' },
					data: [[{ name: 'PermenPANRB 5/2018', xAxis: '2018' }, { xAxis: '2020' }]]
				}
			}
		]
	};
}

/** Horizontal bars of how many instansi hold each predicate, in the predicate colours. */
export function predicateCountOption(
	rows: PredicateCountRow[],
	year: number,
	lang: Lang
): EChartsCoreOption {
	const count = (p: Predicate) =>
		rows.find((r) => r.year === year && r.predicate === p)?.jumlah ?? 0;
	return {
		...baseOption,
		grid: { left: 96, right: 48, top: 8, bottom: 24 },
		xAxis: {
			type: 'value',
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => formatInt(v, lang) }
		},
		yAxis: {
			type: 'category',
			data: [...PREDICATES],
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } }
		},
		series: [
			{
				type: 'bar',
				data: PREDICATES.map((p) => ({
					value: count(p),
					itemStyle: { color: PREDICATE_COLOUR[p], borderColor: MUTED, borderWidth: 0.5 }
				})),
				label: {
					show: true,
					position: 'right',
					formatter: (p: { value: number }) => formatInt(p.value, lang)
				},
				barWidth: '60%'
			}
		]
	};
}

/** Band edges (as numbers) for distributions and gauges. */
export function predicateEdges(): { predicate: Predicate; lower: number }[] {
	return PREDICATES.flatMap((p) => {
		const h = LOWER_BOUND_H[p];
		return h === null ? [] : [{ predicate: p, lower: h / 100 }];
	});
}
