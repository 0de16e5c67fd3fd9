/**
 * Charts beside a ranking by award category: a horizontal bar per instansi (the top 20,
 * or the filtered rows) and the distribution of the measure in the group with the
 * predicate bands behind it (for the index). Pure: rows and language in, option out.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { PREDICATES, PREDICATE_COLOUR, LOWER_BOUND_H, predicateOf } from '$lib/scores';
import { formatDelta, formatInt, formatRank, formatScore, type Lang } from '$lib/i18n';
import { ACCENT, GRID, INK, MIN_TEXT, MUTED, approxWidth, baseOption } from './theme';
import { BAR_LIMIT, histogram } from './histogram';

export interface BarItem {
	id: string;
	name: string;
	nilai: number | null;
	peringkat: number | null;
	seri: boolean;
	predicate: string;
}

export { BAR_LIMIT, histogram, type Bin } from './histogram';

/** Below this width a bar's name is written above it, so the bar keeps the whole width. */
const STACKED_BELOW = 560;

/**
 * Height in px that fits `n` bars (at most BAR_LIMIT) and `extra` more (a focused instansi
 * below the top) at `width` (names above the bars on a phone).
 */
export const barHeight = (n: number, width = 640, extra = 0) =>
	width < STACKED_BELOW
		? Math.max(120, 50 + (Math.min(n, BAR_LIMIT) + extra) * 38)
		: Math.max(120, 40 + (Math.min(n, BAR_LIMIT) + extra) * 24);

/** The bars a ranking chart draws: the top BAR_LIMIT with a value, and `focus` after them if it is not among them. */
export function rankingBars<T extends { id: string; nilai: number | null }>(
	items: readonly T[],
	focus: string | null = null
): { shown: T[]; extra: number } {
	const valued = items.filter((i) => i.nilai !== null);
	const shown = valued.slice(0, BAR_LIMIT);
	const below = focus && !shown.some((i) => i.id === focus) && valued.find((i) => i.id === focus);
	return below ? { shown: [...shown, below], extra: 1 } : { shown, extra: 0 };
}

/**
 * The frame of a chart of named horizontal bars at `width`: names left of the bars, or on a
 * phone above them (the bar then spans the width); `cut` shortens a name to what fits, and
 * `axisLabel(bold)` writes the names, those at the indices in `bold` in bold.
 */
export function namedBars(width: number) {
	const stacked = width < STACKED_BELOW;
	const room = stacked ? width - 16 : Math.min(220, width * 0.4);
	const chars = Math.floor(room / approxWidth('x'));
	// on a phone the name is the first line of a label centred on the bar, the second line an
	// empty spacer as tall as the bar and the gap below it: the name sits just above the bar
	const lines = (name: string, style: string) =>
		stacked ? `{${style}|${name}}\n{s| }` : `{${style}|${name}}`;
	return {
		stacked,
		cut: (s: string) => (s.length > chars ? `${s.slice(0, chars - 1)}…` : s),
		grid: stacked
			? { left: 8, right: 52, top: 26, bottom: 24, containLabel: false }
			: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
		axisLine: { onZero: false, lineStyle: { color: MUTED } },
		axisLabel: (bold: readonly number[] = []) => ({
			color: INK,
			fontSize: MIN_TEXT,
			...(stacked ? { inside: true, align: 'left', margin: 2 } : {}),
			formatter: (name: string, i: number) => lines(name, bold.includes(i) ? 'b' : 'n'),
			rich: {
				n: { fontSize: MIN_TEXT, lineHeight: 14, color: INK },
				b: { fontSize: MIN_TEXT, lineHeight: 14, color: INK, fontWeight: 'bold' },
				s: { fontSize: MIN_TEXT, lineHeight: 30 }
			}
		}),
		barWidth: stacked ? 14 : '70%',
		label: { show: true, position: 'right', fontSize: MIN_TEXT, color: INK }
	};
}

/** The outline of a highlighted (shortlisted or focused) instansi: unlike any fill colour. */
export const HIGHLIGHT = '#e8590c';

/**
 * The colour of a bar: the predicate band of the value it shows (a domain ranking's bar by
 * its domain value, not by the index's predicate), or rise / fall for a change.
 */
export function barColour(nilai: number, signed: boolean): string {
	if (signed) return nilai >= 0 ? RISE : FALL;
	return PREDICATE_COLOUR[predicateOf(Math.round(nilai * 100))];
}
export const RISE = '#2c7fb8';
export const FALL = '#d95f0e';

/**
 * One bar per instansi, best at the top, coloured by the band of its value; `highlight` ids
 * (shortlisted) and the `focus` (the instansi the reader came from, drawn after the top when
 * it ranks below) outlined and named in bold. On a phone (`width` < 560) each name sits
 * above its bar.
 */
export function rankingBarOption(
	items: BarItem[],
	lang: Lang,
	{
		signed = false,
		highlight = [] as readonly string[],
		focus = null as string | null,
		width = 640
	} = {}
): EChartsCoreOption {
	const { shown } = rankingBars(items, focus);
	const fmt = (v: number) => (signed ? formatDelta(v, lang) : formatScore(v, lang));
	const bars = namedBars(width);
	const on = (i: BarItem) => i.id === focus || highlight.includes(i.id);
	return {
		...baseOption,
		grid: bars.grid,
		xAxis: {
			type: 'value',
			min: signed ? undefined : 0,
			max: signed ? undefined : 5,
			...(signed ? { splitNumber: bars.stacked ? 3 : 5 } : { interval: 1 }),
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: {
				formatter: (v: number) => (signed ? fmt(v) : formatScore(v, lang).replace(/[.,]00$/, ''))
			}
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: shown.map((i) => `${formatRank(i.peringkat, i.seri)}  ${bars.cut(i.name)}`),
			axisTick: { show: false },
			axisLine: bars.axisLine,
			axisLabel: bars.axisLabel(shown.flatMap((i, k) => (on(i) ? [k] : [])))
		},
		series: [
			{
				type: 'bar',
				barWidth: bars.barWidth,
				data: shown.map((i) => ({
					value: i.nilai,
					itemStyle: {
						color: barColour(i.nilai ?? 0, signed),
						borderColor: on(i) ? HIGHLIGHT : MUTED,
						borderWidth: on(i) ? 3 : 0.5
					}
				})),
				label: { ...bars.label, formatter: (p: { value: number }) => fmt(p.value) }
			}
		]
	};
}

/**
 * Rows for labels centred at `x` px, `w` px wide: each goes in the first row where it keeps
 * `gap` px from the labels already there (a greedy interval layout, labels in order of x).
 */
export function labelRows(labels: { x: number; w: number }[], gap = 6): number[] {
	const ends: number[] = [];
	return labels.map(({ x, w }) => {
		let row = ends.findIndex((end) => x - w / 2 >= end + gap);
		if (row < 0) row = ends.push(-Infinity) - 1;
		ends[row] = x + w / 2;
		return row;
	});
}

/**
 * How many instansi fall in each bin of the measure; predicate bands behind for the index,
 * each named above the plot (on a second row where names would touch).
 */
export function distributionOption(
	values: number[],
	lang: Lang,
	{ bands = false, signed = false, width = 640, mark = null as number | null } = {}
): EChartsCoreOption {
	const binWidth = signed ? 20 : 10;
	const bins = histogram(values, binWidth);
	// the bin holding `mark` (the focused instansi's value) is drawn in the highlight colour
	const h = mark === null ? null : Math.round(mark * 100);
	const marked = h === null ? -1 : bins.findIndex((b) => h >= b.from && h < b.to);
	const lo = signed ? (bins[0]?.from ?? 0) / 100 : 1;
	const hi = signed ? (bins.at(-1)?.to ?? 0) / 100 : 5;
	const grid = { left: 40, right: 20 };
	const plot = width - grid.left - grid.right;
	const perUnit = plot / (hi - lo);
	const px = Math.max(2, (perUnit / 100) * binWidth - 1);
	const fmt = (v: number) => (signed ? formatDelta(v, lang) : formatScore(v, lang));
	const spans = PREDICATES.map((p, i) => {
		const from = (LOWER_BOUND_H[p] ?? 100) / 100;
		const next = PREDICATES[i + 1];
		return { p, from, to: next ? (LOWER_BOUND_H[next] ?? 500) / 100 : 5 };
	});
	const rows = labelRows(
		spans.map((b) => ({ x: ((b.from + b.to) / 2 - lo) * perUnit, w: approxWidth(b.p) }))
	);
	const rowCount = bands ? Math.max(...rows) + 1 : 0;
	const LINE = 16;
	const bandAreas = spans.map((b, i) => [
		{
			name: b.p,
			xAxis: b.from,
			itemStyle: { color: PREDICATE_COLOUR[b.p], opacity: 0.35 },
			label: { offset: [0, -(rowCount - 1 - (rows[i] ?? 0)) * LINE] }
		},
		{ xAxis: b.to }
	]);
	return {
		...baseOption,
		grid: { ...grid, top: bands ? 8 + rowCount * LINE : 12, bottom: 36 },
		xAxis: {
			type: 'value',
			min: lo,
			max: hi,
			interval: perUnit < 100 ? 1 : 0.5,
			splitLine: { show: false },
			axisLine: { lineStyle: { color: MUTED } },
			axisLabel: { formatter: (v: number) => fmt(v) }
		},
		yAxis: {
			type: 'value',
			minInterval: 1,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => formatInt(v, lang) }
		},
		series: [
			{
				type: 'bar',
				barWidth: px,
				// dark bars stay visible on every band's colour
				itemStyle: { color: bands ? INK : ACCENT },
				data: bins.map((b, i) => ({
					value: [(b.from + b.to) / 200, b.count],
					...(i === marked ? { itemStyle: { color: HIGHLIGHT } } : {})
				})),
				markArea: bands
					? {
							silent: true,
							label: { position: 'top', distance: 2, color: INK, fontSize: MIN_TEXT },
							data: bandAreas
						}
					: undefined
			}
		]
	};
}
