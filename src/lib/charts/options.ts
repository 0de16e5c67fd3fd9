/**
 * Pure ECharts option builders: data and language in, option out. Tested in node
 * (options.test.ts) and drawn to SVG at build time (ssr.ts) or live in the browser.
 */
import { m } from '$lib/paraglide/messages.js';
import { pickMeasure } from '$lib/i18n/families';
import type { EChartsCoreOption } from 'echarts/core';
import { PREDICATES, PREDICATE_COLOUR, LOWER_BOUND_H, type Predicate } from '$lib/scores';
import { formatDelta, formatScore, formatInt, type Lang } from '$lib/i18n';
import type { PredicateCountRow, SeriesRow } from '$lib/db/queries';
import { ACCENT, GRID, MUTED, baseOption, yearAxis } from './theme';

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
				name: m.measure_index({}, { locale: lang }),
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

/**
 * Diverging horizontal bars of the largest rises and falls (up to `n` each), names on the
 * axis, values labelled, rises in the accent colour and falls in a warm colour (with the
 * sign written, so colour is never the only cue).
 */
export function changeBarsOption(
	rows: { name: string; selisih: number | null }[],
	lang: Lang,
	n = 10
): EChartsCoreOption {
	const known = rows.filter((r): r is { name: string; selisih: number } => r.selisih !== null);
	const up = known.filter((r) => r.selisih > 0).slice(0, n);
	const down = known.filter((r) => r.selisih < 0).slice(-n);
	const shown = [...up, ...down].reverse(); // ECharts draws the first category at the bottom
	return {
		...baseOption,
		grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
		xAxis: {
			type: 'value',
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => formatDelta(v, lang) }
		},
		yAxis: {
			type: 'category',
			data: shown.map((r) => r.name),
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } },
			axisLabel: { width: 180, overflow: 'truncate' }
		},
		series: [
			{
				type: 'bar',
				data: shown.map((r) => ({
					value: r.selisih,
					itemStyle: { color: r.selisih >= 0 ? ACCENT : '#b35806' }
				})),
				label: {
					show: true,
					position: 'right',
					formatter: (p: { value: number }) => formatDelta(p.value, lang)
				},
				barWidth: '60%'
			}
		]
	};
}

const DOMAIN_COLOURS: Record<string, string> = {
	kebijakan: '#225ea8',
	tata_kelola: '#41b6c4',
	manajemen: '#b35806',
	layanan: '#542788'
};
const DOMAIN_SYMBOLS: Record<string, string> = {
	kebijakan: 'circle',
	tata_kelola: 'rect',
	manajemen: 'triangle',
	layanan: 'diamond'
};

/**
 * The four domain series per year, each line labelled at its end (no legend to decode) and
 * with its own marker shape; years a domain was not measured are gaps, not zeros.
 */
export function domainSeriesOption(rows: SeriesRow[], lang: Lang): EChartsCoreOption {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const domains = ['kebijakan', 'tata_kelola', 'manajemen', 'layanan'] as const;
	return {
		...baseOption,
		grid: { left: 40, right: 112, top: 16, bottom: 28 },
		xAxis: yearAxis(years),
		yAxis: {
			type: 'value',
			min: 1,
			max: 5,
			interval: 1,
			splitLine: { lineStyle: { color: GRID } }
		},
		series: domains.map((d) => {
			const byYear = new Map(rows.filter((r) => r.measure === d).map((r) => [r.year, r.value]));
			return {
				type: 'line',
				name: pickMeasure(d)({}, { locale: lang }),
				data: years.map((y) => byYear.get(y) ?? null),
				connectNulls: false,
				symbol: DOMAIN_SYMBOLS[d],
				symbolSize: 7,
				lineStyle: { color: DOMAIN_COLOURS[d], width: 2 },
				itemStyle: { color: DOMAIN_COLOURS[d] },
				endLabel: {
					show: true,
					color: DOMAIN_COLOURS[d],
					formatter: (p: { value: number }) =>
						`${pickMeasure(d)({}, { locale: lang })
							.replace(/^Domain |domain$/i, '')
							.trim()} ${formatScore(p.value, lang)}`
				}
			};
		})
	};
}
