/**
 * Pure ECharts option builders: data and language in, option out. Tested in node
 * (options.test.ts) and drawn to SVG at build time (ssr.ts) or live in the browser.
 */
import { m } from '$lib/paraglide/messages.js';
import { pickMeasure } from '$lib/i18n/families/measure';
import type { EChartsCoreOption } from 'echarts/core';
import {
	DOMAINS,
	PREDICATES,
	PREDICATE_COLOUR,
	LOWER_BOUND_H,
	type Domain,
	type Predicate
} from '$lib/scores';
import { formatDelta, formatScore, formatInt, type Lang } from '$lib/i18n';
import type { PredicateCountRow, SeriesRow } from '$lib/db/row-types';
import {
	ACCENT,
	GRID,
	MIN_TEXT,
	MUTED,
	approxWidth,
	baseOption,
	isNarrow,
	yearAxis
} from './theme';
import { endLabelShifts, endsFirst, labelAt, placeLabels } from './labels';
import { HIGHLIGHT, namedBars } from './ranking';

/** The national index per year, with the methodology change (2018 → 59/2020 from 2021) marked. */
export function nationalIndexOption(
	rows: SeriesRow[],
	lang: Lang,
	{ width = 640, height = 280 } = {}
): EChartsCoreOption {
	const series = rows.filter((r) => r.measure === 'index').sort((a, b) => a.year - b.year);
	const grid = { left: 36, right: 16, top: 28, bottom: 28 };
	const plot = { x0: grid.left, x1: width - grid.right, y0: 0, y1: height - grid.bottom };
	const step = (plot.x1 - plot.x0) / Math.max(1, series.length);
	const yOf = (v: number) => grid.top + ((5 - v) / 4) * (plot.y1 - grid.top);
	const text = (v: number) => formatScore(v, lang);
	const area = 'PermenPANRB 5/2018';
	const areaLabel = {
		x0: plot.x0,
		x1: plot.x0 + approxWidth(area) + 8,
		y0: grid.top,
		y1: grid.top + 22
	};
	const places = placeLabels(
		series.map((r, i) => ({
			x: plot.x0 + (i + 0.5) * step,
			y: yOf(r.value),
			w: approxWidth(text(r.value), MIN_TEXT, true),
			h: 14,
			priority: endsFirst(i, series.length)
		})),
		{ plot, blocked: series.some((r) => r.year === 2018) ? [areaLabel] : [] }
	);
	return {
		...baseOption,
		grid,
		xAxis: yearAxis(series.map((r) => r.year)),
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
				data: series.map((r, i) => ({
					value: r.value,
					label: labelAt(places[i] ?? null)
				})),
				lineStyle: { color: ACCENT, width: 3 },
				itemStyle: { color: ACCENT },
				symbolSize: 8,
				label: {
					color: ACCENT,
					fontWeight: 'bold',
					formatter: (p: { value: number }) => text(p.value)
				},
				markArea: {
					silent: true,
					itemStyle: { color: 'rgba(82, 96, 109, 0.08)' },
					label: { color: MUTED, fontSize: MIN_TEXT, position: 'insideTopLeft' },
					data: [[{ name: area, xAxis: '2018' }, { xAxis: '2020' }]]
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
 * The bars of a change chart: the largest `n` rises and falls, and `focus` (the instansi the
 * reader came from) in its place by change when it is not among them.
 */
export function changeBars<R extends { id?: string; selisih: number | null }>(
	rows: readonly R[],
	{ n = 10, focus = null as string | null } = {}
): (R & { selisih: number })[] {
	const known = rows.filter((r): r is R & { selisih: number } => r.selisih !== null);
	const up = known.filter((r) => r.selisih > 0).slice(0, n);
	const down = known.filter((r) => r.selisih < 0).slice(-n);
	const shown = [...up, ...down];
	const below = focus && !shown.some((r) => r.id === focus) && known.find((r) => r.id === focus);
	return below ? [...shown, below].sort((a, b) => b.selisih - a.selisih) : shown;
}

/**
 * Diverging horizontal bars of the largest rises and falls (up to `n` each), names on the
 * axis (above the bars on a phone), values labelled, rises in the accent colour and falls in
 * a warm colour (with the sign written, so colour is never the only cue); the `focus`
 * instansi added when it is not among them, outlined and named in bold.
 */
export function changeBarsOption(
	rows: { id?: string; name: string; selisih: number | null }[],
	lang: Lang,
	{ n = 10, width = 720, focus = null as string | null } = {}
): EChartsCoreOption {
	const shown = changeBars(rows, { n, focus });
	const bars = namedBars(width);
	const on = (r: { id?: string }) => focus !== null && r.id === focus;
	return {
		...baseOption,
		grid: bars.grid,
		xAxis: {
			type: 'value',
			splitNumber: bars.stacked ? 3 : 5,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => formatDelta(v, lang) }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: shown.map((r) => bars.cut(r.name)),
			axisTick: { show: false },
			axisLine: bars.axisLine,
			axisLabel: bars.axisLabel(shown.flatMap((r, k) => (on(r) ? [k] : [])))
		},
		series: [
			{
				type: 'bar',
				data: shown.map((r) => ({
					value: r.selisih,
					itemStyle: {
						color: r.selisih >= 0 ? ACCENT : '#b35806',
						...(on(r) ? { borderColor: HIGHLIGHT, borderWidth: 3 } : {})
					}
				})),
				label: { ...bars.label, formatter: (p: { value: number }) => formatDelta(p.value, lang) },
				barWidth: bars.barWidth
			}
		]
	};
}

/** Rows a change chart draws (the largest `n` rises and falls, and a focus below them), for its height. */
export const changeBarCount = (
	rows: { id?: string; selisih: number | null }[],
	n = 10,
	focus: string | null = null
) => changeBars(rows, { n, focus }).length;

/** Line colours of the domains; dark enough for their end labels to keep AA contrast. */
const DOMAIN_COLOURS: Record<Domain, string> = {
	kebijakan: '#225ea8',
	tata_kelola: '#16737d',
	manajemen: '#a34e05',
	layanan: '#542788'
};
const DOMAIN_SYMBOLS: Record<Domain, string> = {
	kebijakan: 'circle',
	tata_kelola: 'rect',
	manajemen: 'triangle',
	layanan: 'diamond'
};

/**
 * Lines over years, each named by a label at its last value (no legend to decode); labels
 * of close lines are moved apart with a leader line. `lines` give each line's values (one
 * per year, null for a gap), colour and label text.
 */
export function endLabelledLines(
	lines: {
		name: string;
		values: (number | null)[];
		colour: string;
		label: (v: number) => string;
	}[],
	grid: { top: number; bottom: number },
	{ height, min, max }: { height: number; min: number; max: number }
) {
	const plotH = height - grid.top - grid.bottom;
	const yOf = (v: number) => grid.top + ((max - v) / (max - min)) * plotH;
	const lineCount = Math.max(...lines.map((l) => l.label(0).split('\n').length));
	const h = lineCount * 14 + 2;
	const shifts = endLabelShifts(
		lines.map((l) => l.values),
		yOf,
		h,
		grid.top - 8,
		height - grid.bottom + 8
	);
	return lines.map((l, k) => {
		const end = shifts[k];
		return {
			type: 'line',
			name: l.name,
			data: l.values.map((v, i) =>
				end && i === end.i
					? {
							value: v,
							label: {
								show: true,
								position: 'right',
								distance: 8,
								color: l.colour,
								fontSize: MIN_TEXT,
								lineHeight: 14,
								formatter: (p: { value: number }) => l.label(p.value)
							}
						}
					: v
			),
			connectNulls: false,
			lineStyle: { color: l.colour, width: 2 },
			itemStyle: { color: l.colour },
			labelLayout: { dy: end?.dy ?? 0 },
			labelLine: { show: Math.abs(end?.dy ?? 0) > 3, length2: 4, lineStyle: { color: l.colour } }
		};
	});
}

/**
 * The four domain series per year, each line labelled at its end (no legend to decode) and
 * with its own marker shape; years a domain was not measured are gaps, not zeros. On a
 * phone the label's value goes under the domain's name.
 */
export function domainSeriesOption(
	rows: SeriesRow[],
	lang: Lang,
	{ width = 480, height = 280 } = {}
): EChartsCoreOption {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const narrow = isNarrow(width);
	const grid = { left: 32, right: narrow ? 96 : 132, top: 16, bottom: 28 };
	const short = (d: string) =>
		pickMeasure(d)({}, { locale: lang })
			.replace(/^Domain |domain$/i, '')
			.trim();
	const lines = endLabelledLines(
		DOMAINS.map((d) => {
			const byYear = new Map(rows.filter((r) => r.measure === d).map((r) => [r.year, r.value]));
			return {
				name: pickMeasure(d)({}, { locale: lang }),
				values: years.map((y) => byYear.get(y) ?? null),
				colour: DOMAIN_COLOURS[d],
				label: (v: number) => `${short(d)}${narrow ? '\n' : ' '}${formatScore(v, lang)}`
			};
		}),
		grid,
		{ height, min: 1, max: 5 }
	);
	return {
		...baseOption,
		grid,
		xAxis: yearAxis(years),
		yAxis: {
			type: 'value',
			min: 1,
			max: 5,
			interval: 1,
			splitLine: { lineStyle: { color: GRID } }
		},
		series: lines.map((l, k) => ({
			...l,
			symbol: DOMAIN_SYMBOLS[DOMAINS[k] ?? 'kebijakan'],
			symbolSize: 7
		}))
	};
}
