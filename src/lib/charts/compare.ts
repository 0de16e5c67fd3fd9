/**
 * Option builders for the comparison (/bandingkan): index over the years, slope, bump and the
 * four domains. Pure: data, language and the size the chart is drawn at in, option out.
 *
 * Close peers are the normal case (Padangsidimpuan 2,66 · Lubuk Linggau 2,64 · Bengkulu 2,63 ·
 * Palu 2,58), so:
 * - one region is highlighted (the first chosen: the reader's own), drawn strong in the accent
 *   colour; the others are muted, each in its own hue, named by a legend and by direct labels;
 * - the value axis is fitted to the values (scoreScale) and the chart says so;
 * - end labels are placed here, not by ECharts: moved apart first, joined to their line by a
 *   leader where they moved, and dropped (the figure's table holds every value) only where
 *   they cannot all fit. The geometry is computed from the size, so the caller draws at the
 *   width the chart is shown at and text stays 12 px.
 */
import { m as msg } from '$lib/paraglide/messages.js';
import { pickDomain } from '$lib/i18n/families/domain';
import { pickPredicate } from '$lib/i18n/families/predicate';
import type { EChartsCoreOption } from 'echarts/core';
import { formatScore, type Lang } from '$lib/i18n';
import { DOMAINS, type DomainKey } from '$lib/db/queries';
import { predicateEdges } from './options';
import { textWidth } from './text-width';
import { ACCENT, GRID, INK, MUTED, baseOption } from './theme';
import type { LegendItem } from './frame';

export interface CompareSeries {
	name: string;
	/** value per year; null where unknown (or, for ranks, not ranked) */
	values: (number | null)[];
}

/** The size a chart is drawn at, in CSS px. */
export interface ChartSize {
	width: number;
	height: number;
}

/** Text size of every label in these charts (never below 12 px at any width). */
export const LABEL_PX = 12;
/** Vertical room one end label takes: labels closer than this are moved apart. */
export const LABEL_GAP = 16;

/**
 * The others' colours, after the accent of the highlighted one: a line colour (drawn thin and
 * light) and a darker ink for its label that keeps AA contrast on white.
 */
export const MUTED_HUES: readonly { line: string; ink: string }[] = [
	{ line: '#d95f02', ink: '#a94a02' },
	{ line: '#1b9e77', ink: '#137358' },
	{ line: '#7570b3', ink: '#5a559a' },
	{ line: '#e7298a', ink: '#b01c69' },
	{ line: '#66a61e', ink: '#4a7a15' },
	{ line: '#a6761d', ink: '#7f5a15' },
	{ line: '#737373', ink: '#555555' }
];

/** The colour of the i-th chosen region: the first (highlighted) in the accent. */
export function regionColour(i: number): { line: string; ink: string } {
	return i === 0
		? { line: ACCENT, ink: ACCENT }
		: (MUTED_HUES[(i - 1) % MUTED_HUES.length] ?? MUTED_HUES[0]!);
}

/** The legend of every comparison chart: the highlighted region first and marked so. */
export function compareLegend(names: readonly string[], lang: Lang): LegendItem[] {
	return names.map((name, i) => ({
		label: i === 0 ? `${name} (${msg.compare_highlighted({}, { locale: lang })})` : name,
		colour: regionColour(i).line
	}));
}

/** Which charts a comparison over these years shows: never two that draw the same lines. */
export type CompareChart = 'years' | 'slope' | 'bump' | 'domains';
export function compareCharts(years: readonly number[]): CompareChart[] {
	if (years.length === 0) return [];
	if (years.length === 1) return ['domains'];
	// with two years the index by year is the slope between them: one chart, not two
	if (years.length === 2) return ['slope', 'domains', 'bump'];
	return ['years', 'domains', 'bump', 'slope'];
}

export interface ScoreScale {
	min: number;
	max: number;
	interval: number;
	/** true when the axis shows only part of the 1–5 scale */
	cut: boolean;
}

/**
 * A 1–5 index axis fitted to `values`, so differences of hundredths show: the smallest
 * step (0,05 · 0,1 · 0,2 · 0,25 · 0,5) giving at most six intervals, with room around the
 * extremes; the whole scale when the axis would cover three points of it or more. Computed in
 * hundredths.
 */
export function scoreScale(values: readonly (number | null)[]): ScoreScale {
	const hs = values.filter((v): v is number => v !== null).map((v) => Math.round(v * 100));
	const full = { min: 1, max: 5, interval: 1, cut: false };
	if (hs.length === 0) return full;
	const lo = Math.min(...hs);
	const hi = Math.max(...hs);
	for (const step of [5, 10, 20, 25, 50]) {
		const min = Math.max(100, Math.floor((lo - step / 2) / step) * step);
		const max = Math.min(500, Math.ceil((hi + step / 2) / step) * step);
		if ((max - min) / step <= 6) {
			if (max - min >= 300) break;
			return { min: min / 100, max: max / 100, interval: step / 100, cut: true };
		}
	}
	return full;
}

/** The sentence under a fitted chart: which part of the scale the axis shows. */
export function scaleNote(s: ScoreScale, lang: Lang): string {
	if (!s.cut) return msg.compare_axisFull({}, { locale: lang });
	const range = { min: formatScore(s.min, lang), max: formatScore(s.max, lang) };
	return (s.min > 1 ? msg.compare_axisCut : msg.compare_axisTop)(range, { locale: lang });
}

export interface PlacedLabel {
	/** index of the series the label names */
	series: number;
	/** where the value is, and where its label is drawn (px from the top) */
	at: number;
	y: number;
}

/**
 * End labels placed without overlap: each wants to sit at its value's height (`at`); labels
 * closer than `gap` are pushed apart (down, then back up from the bottom edge), keeping their
 * order. When they cannot all fit between `top` and `bottom`, the last ones in `priority`
 * order are dropped until the rest fit. Pure: the tests place Padangsidimpuan and friends.
 */
export function placeLabels(
	wanted: readonly { series: number; at: number }[],
	top: number,
	bottom: number,
	gap = LABEL_GAP
): PlacedLabel[] {
	let kept = [...wanted];
	const room = Math.floor((bottom - top) / gap) + 1;
	// priority: the order given (the highlighted region first)
	if (kept.length > room) kept = kept.slice(0, Math.max(room, 0));
	const byHeight = [...kept].sort((a, b) => a.at - b.at || a.series - b.series);
	const y = byHeight.map((l) => Math.min(Math.max(l.at, top), bottom));
	for (let i = 1; i < y.length; i++) y[i] = Math.max(y[i]!, y[i - 1]! + gap);
	const last = y.length - 1;
	if (last >= 0 && y[last]! > bottom) {
		y[last] = bottom;
		for (let i = last - 1; i >= 0; i--) y[i] = Math.min(y[i]!, y[i + 1]! - gap);
	}
	return byHeight.map((l, i) => ({ series: l.series, at: l.at, y: y[i]! }));
}

/** A short name for a label: without the kind ("Kota", "Kabupaten", "Provinsi"). */
export const shortName = (name: string) => name.replace(/^(Kabupaten|Kota|Provinsi) /, '');

/** `text` cut with "…" to at most `max` px at the label size. */
function fit(text: string, max: number, bold: boolean): string {
	if (textWidth(text, LABEL_PX, bold) <= max) return text;
	let t = text;
	while (t.length > 1 && textWidth(`${t}…`, LABEL_PX, bold) > max) t = t.slice(0, -1);
	return `${t.trimEnd()}…`;
}

interface LinesInput {
	series: CompareSeries[];
	categories: string[];
	lang: Lang;
	size: ChartSize;
	format: (v: number) => string;
	/** the axis' range; `inverse` for ranks (1 at the top) */
	range: { min: number; max: number; interval: number; inverse?: boolean };
	axisLabel: (v: number) => string;
	/** extra marks behind the lines (band edges, the methodology break) */
	behind?: Record<string, unknown>;
}

const LEADER = 10; // px from the plot's edge to where a moved label starts

/**
 * The year axis' labels: whole years where they fit, two-digit years ('18, '21 …) where they
 * would touch (five years on a phone). The first label starts at its tick and the last ends at
 * its tick (clear of the value axis and the end labels), the others are centred: beside the
 * first, a label needs one and a half widths of step (two widths with only two years).
 */
export function yearTicks(categories: readonly string[], step: number): string[] {
	const widest = Math.max(0, ...categories.map((c) => textWidth(c, LABEL_PX)));
	const needed = (categories.length === 2 ? 2 : 1.5) * widest + 6;
	if (step >= needed) return [...categories];
	return categories.map((c) => c.replace(/^(?:19|20)(\d\d)/, '’$1'));
}

function lines(o: LinesInput): EChartsCoreOption {
	const { series, size, range } = o;
	const ends = series.map((s) => lastValue(s.values));
	const valueText = (i: number) => {
		const e = ends[i];
		return e ? ` ${o.format(e.value)}` : '';
	};
	// the right margin fits the longest label, up to 45 % of the width: longer names are cut
	// (the value never is), and the legend and the table keep them whole
	const maxLabel = Math.floor(size.width * 0.45) - LEADER - 8;
	const texts = series.map((s, i) => {
		if (!ends[i]) return null;
		const strong = i === 0;
		const value = valueText(i);
		return fit(shortName(s.name), maxLabel - textWidth(value, LABEL_PX, strong), strong) + value;
	});
	const widest = Math.max(
		0,
		...texts.map((t, i) => (t === null ? 0 : textWidth(t, LABEL_PX, i === 0)))
	);
	const right = Math.ceil(widest) + LEADER + 10;
	const grid = { left: 44, right, top: 20, bottom: 32 };
	const plot = {
		top: grid.top,
		bottom: size.height - grid.bottom,
		right: size.width - grid.right
	};
	const yOf = (v: number) => {
		const f = (v - range.min) / (range.max - range.min);
		return range.inverse
			? plot.top + f * (plot.bottom - plot.top)
			: plot.bottom - f * (plot.bottom - plot.top);
	};
	const placed = placeLabels(
		ends.flatMap((e, i) => (e === null ? [] : [{ series: i, at: yOf(e.value) }])),
		plot.top - 6,
		plot.bottom
	);
	const n = o.categories.length;
	const xOfIndex = (i: number) =>
		grid.left + (n <= 1 ? 0 : (i / (n - 1)) * (plot.right - grid.left));
	// each label: a leader from its line's last point (a short tick where it did not move),
	// then a short level segment whose end carries the text, so every text reads level
	const segments = placed.flatMap((p) => {
		const e = ends[p.series]!;
		const strong = p.series === 0;
		const c = regionColour(p.series);
		const start = { x: xOfIndex(e.index) + (strong ? 5 : 3), y: p.at };
		const turn = { x: plot.right + LEADER, y: p.y };
		const line = { color: c.line, width: 1, type: 'solid', opacity: strong ? 0.9 : 0.6 };
		return [
			[{ ...start, lineStyle: line, label: { show: false } }, { ...turn }],
			[
				{
					...turn,
					lineStyle: { ...line, color: 'rgba(0,0,0,0)', opacity: 1 },
					label: {
						show: true,
						position: 'end',
						distance: 2,
						fontSize: LABEL_PX,
						color: c.ink,
						fontWeight: strong ? 'bold' : 'normal',
						formatter: texts[p.series]
					}
				},
				{ x: turn.x + 1, y: turn.y }
			]
		];
	});
	// the highlighted line is drawn last, over the others
	const order = series.map((_, i) => i).reverse();
	return {
		...baseOption,
		grid,
		xAxis: {
			type: 'category',
			data: yearTicks(o.categories, n <= 1 ? Infinity : (plot.right - grid.left) / (n - 1)),
			boundaryGap: false,
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } },
			// the first and last year inside the plot's edges, clear of the value axis' labels and
			// of the end labels
			axisLabel: { fontSize: LABEL_PX, color: INK, alignMinLabel: 'left', alignMaxLabel: 'right' }
		},
		yAxis: {
			type: 'value',
			min: range.min,
			max: range.max,
			interval: range.interval,
			inverse: range.inverse ?? false,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { fontSize: LABEL_PX, color: MUTED, formatter: o.axisLabel }
		},
		series: [
			...(o.behind ? [{ type: 'line', name: 'behind', data: [], silent: true, ...o.behind }] : []),
			...order.map((i) => {
				const s = series[i]!;
				const strong = i === 0;
				const c = regionColour(i);
				return {
					type: 'line',
					name: s.name,
					data: s.values,
					connectNulls: false,
					symbol: 'circle',
					symbolSize: strong ? 9 : 5,
					z: strong ? 3 : 2,
					lineStyle: { width: strong ? 3.5 : 1.5, color: c.line, opacity: strong ? 1 : 0.6 },
					itemStyle: { color: c.line, opacity: strong ? 1 : 0.75 },
					emphasis: { disabled: true }
				};
			}),
			// one silent series draws every end label with its leader line
			{
				type: 'line',
				name: 'labels',
				data: [],
				silent: true,
				markLine: { silent: true, symbol: 'none', animation: false, data: segments }
			}
		]
	};
}

function lastValue(values: readonly (number | null)[]): { index: number; value: number } | null {
	for (let i = values.length - 1; i >= 0; i--) {
		const v = values[i];
		if (v !== null && v !== undefined) return { index: i, value: v };
	}
	return null;
}

/** A year on a comparison axis: imported years say so on a second line. */
const yearLabel = (imported: readonly number[], lang: Lang) => (y: number) =>
	imported.includes(y) ? `${y}\n${msg.imp_badge({}, { locale: lang })}` : String(y);

/** The predicate edges inside a fitted axis, dashed, named at the left. */
function bandEdges(scale: ScoreScale, lang: Lang) {
	const inside = predicateEdges().filter((e) => e.lower > scale.min && e.lower < scale.max);
	if (inside.length === 0) return undefined;
	return {
		silent: true,
		symbol: 'none',
		lineStyle: { color: '#9aa5b1', type: 'dashed', width: 1 },
		// named at the left, on a light ground so a line passing under stays behind the words
		label: {
			position: 'insideStartTop',
			color: MUTED,
			fontSize: LABEL_PX,
			backgroundColor: 'rgba(255, 255, 255, 0.85)',
			padding: [0, 2],
			formatter: (p: { name: string }) => p.name
		},
		data: inside.map((e) => ({
			name: `${pickPredicate(e.predicate)({}, { locale: lang })} ≥ ${formatScore(e.lower, lang)}`,
			yAxis: e.lower
		}))
	};
}

/** Whether an axis over `years` crosses the change of methodology (PermenPANRB 5/2018 → 59/2020). */
export const crossesMethodBreak = (years: readonly number[]) =>
	years.some((y) => y <= 2020) && years.some((y) => y >= 2021);

/**
 * The shaded step between the last year under PermenPANRB 5/2018 and the first under
 * 59/2020, when the axis crosses it: values on either side are computed differently. (Too
 * narrow on a phone for its name: the chart's subtitle says what it is.)
 */
function methodBreak(years: readonly number[]) {
	if (!crossesMethodBreak(years)) return undefined;
	const before = years.findLastIndex((y) => y <= 2020);
	const after = years.findIndex((y) => y >= 2021);
	return {
		silent: true,
		itemStyle: { color: 'rgba(82, 96, 109, 0.08)' },
		label: { show: false },
		// by category index: the axis may show the years shortened (yearTicks)
		data: [[{ xAxis: before }, { xAxis: after }]]
	};
}

function scoreLines(
	series: CompareSeries[],
	years: readonly number[],
	lang: Lang,
	size: ChartSize,
	imported: readonly number[]
) {
	const scale = scoreScale(series.flatMap((s) => s.values));
	const categories = years.map(yearLabel(imported, lang));
	const edges = bandEdges(scale, lang);
	const area = methodBreak(years);
	return lines({
		series,
		categories,
		lang,
		size,
		format: (v) => formatScore(v, lang),
		range: scale,
		axisLabel: (v) => formatScore(v, lang),
		behind: edges || area ? { markLine: edges, markArea: area } : undefined
	});
}

/** Index over the official (and imported) years, one line per instansi. */
export function compareYearsOption(
	series: CompareSeries[],
	years: number[],
	lang: Lang,
	imported: readonly number[] = [],
	size: ChartSize = { width: 640, height: 300 }
): EChartsCoreOption {
	return scoreLines(series, years, lang, size, imported);
}

/** Slope chart: the index in two chosen years. */
export function slopeOption(
	series: CompareSeries[],
	from: number,
	to: number,
	lang: Lang,
	imported: readonly number[] = [],
	size: ChartSize = { width: 480, height: 300 }
): EChartsCoreOption {
	return scoreLines(series, [from, to], lang, size, imported);
}

/** Bump chart: national rank among the same kind per year, 1 at the top. */
export function bumpOption(
	series: CompareSeries[],
	years: number[],
	lang: Lang,
	imported: readonly number[] = [],
	size: ChartSize = { width: 640, height: 300 }
): EChartsCoreOption {
	const ranks = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
	const best = ranks.length ? Math.min(...ranks) : 1;
	const worst = ranks.length ? Math.max(...ranks) : 10;
	const interval = niceStep((worst - best) / 4);
	const min = Math.max(1, Math.floor((best - interval / 2) / interval) * interval);
	const max = Math.max(min + interval, Math.ceil((worst + interval / 2) / interval) * interval);
	return lines({
		series,
		categories: years.map(yearLabel(imported, lang)),
		lang,
		size,
		format: (v) => `#${v}`,
		range: { min, max, interval, inverse: true },
		axisLabel: (v) => `#${v}`
	});
}

/** 1, 2, 5, 10, 20, 50 … : the smallest at least `raw`. */
function niceStep(raw: number): number {
	for (let p = 1; ; p *= 10) for (const m of [1, 2, 5]) if (m * p >= raw) return m * p;
}

export interface DomainValues {
	name: string;
	values: Partial<Record<DomainKey, number | null>>;
}

/** Px per region inside a domain's row, and the space between rows. */
const DODGE = 11;
const ROW_GAP = 30;

/** The height the domain chart needs for `n` regions. */
export function domainChartHeight(n: number): number {
	return 36 + DOMAINS.length * (ROW_GAP + Math.max(0, n - 1) * DODGE);
}

/**
 * The four domains as a dot plot: a row per domain, a dot per region, each region at its own
 * height inside the row (equal values stay visible), the highlighted one large, in the accent
 * and labelled with its value; the others small and muted (their values are in the table).
 * The value axis is fitted like the index's (scoreScale).
 */
export function domainDotsOption(
	regions: DomainValues[],
	lang: Lang,
	size: ChartSize
): EChartsCoreOption {
	const n = regions.length;
	const scale = scoreScale(regions.flatMap((r) => DOMAINS.map((d) => r.values[d] ?? null)));
	const row = ROW_GAP + Math.max(0, n - 1) * DODGE;
	// y in rows: domain d's centre at d; region i at its offset inside the row
	const offset = (i: number) => (n <= 1 ? 0 : (i - (n - 1) / 2) * (DODGE / row));
	const names = DOMAINS.map((d) => pickDomain(d)({}, { locale: lang }));
	const left = Math.min(
		Math.ceil(Math.max(...names.map((t) => textWidth(t, LABEL_PX)))) + 32,
		Math.floor(size.width * 0.4)
	);
	const order = regions.map((_, i) => i).reverse();
	return {
		...baseOption,
		grid: { left, right: 40, top: 12, bottom: 28 },
		xAxis: {
			type: 'value',
			min: scale.min,
			max: scale.max,
			interval: scale.interval,
			splitLine: { lineStyle: { color: GRID } },
			axisLine: { onZero: false, lineStyle: { color: MUTED } },
			axisLabel: {
				fontSize: LABEL_PX,
				color: MUTED,
				formatter: (v: number) => formatScore(v, lang)
			}
		},
		yAxis: {
			type: 'value',
			inverse: true,
			min: -0.5,
			max: DOMAINS.length - 0.5,
			splitLine: { show: false },
			axisLine: { show: false },
			axisTick: { show: false },
			axisLabel: {
				fontSize: LABEL_PX,
				color: INK,
				margin: 24,
				customValues: DOMAINS.map((_, k) => k),
				formatter: (v: number) => names[Math.round(v)] ?? ''
			}
		},
		series: order.map((i) => {
			const r = regions[i]!;
			const strong = i === 0;
			const c = regionColour(i);
			return {
				type: 'line',
				name: r.name,
				data: DOMAINS.map((d, k) => {
					const v = r.values[d];
					return v === null || v === undefined ? null : [v, k + offset(i)];
				}).filter((p) => p !== null),
				lineStyle: { opacity: 0 },
				symbol: 'circle',
				symbolSize: strong ? 11 : 7,
				z: strong ? 3 : 2,
				itemStyle: {
					color: c.line,
					opacity: strong ? 1 : 0.85,
					borderColor: '#fff',
					borderWidth: 1
				},
				emphasis: { disabled: true },
				label: strong
					? {
							show: true,
							position: 'top',
							distance: 4,
							fontSize: LABEL_PX,
							fontWeight: 'bold',
							color: c.ink,
							formatter: (p: { value: [number, number] }) => formatScore(p.value[0], lang)
						}
					: { show: false }
			};
		})
	};
}

/** The rows of the domain chart's table: a region per row, a column per domain. */
export function domainRows(regions: DomainValues[]) {
	return regions.map((r) => ({
		name: r.name,
		...Object.fromEntries(DOMAINS.map((d) => [d, r.values[d] ?? null]))
	})) as ({ name: string } & Record<DomainKey, number | null>)[];
}
