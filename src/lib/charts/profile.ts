/**
 * Option builders for the profile pages (index over the years, domains against peers). Pure:
 * data and language in, option out. The comparison's charts are in ./compare.ts.
 */
import { m } from '$lib/paraglide/messages.js';
import { pickDomain } from '$lib/i18n/families/domain';
import { pickPredicate } from '$lib/i18n/families/predicate';
import type { EChartsCoreOption } from 'echarts/core';
import { formatScore, type Lang } from '$lib/i18n';
import type { DomainKey } from '$lib/db/row-types';
import { PREDICATES } from '$lib/scores/names';
import {
	ACCENT,
	DOMAIN_COLOUR,
	GRID,
	IMPORTED_COLOUR,
	INK,
	MIN_TEXT,
	MUTED,
	approxWidth,
	baseOption,
	isNarrow,
	yearAxis
} from './theme';
import { predicateEdges } from './options';
import { endsFirst, labelAt, placeLabels, type Box } from './labels';

export interface YearPoint {
	year: number;
	index: number;
	status: string;
}

/**
 * The predicate bands of a 1–5 axis: name, lower and upper edge. On a narrow chart a name of
 * two words takes two lines, so the margin that holds the names stays narrow.
 */
function bandSpans(lang: Lang, narrow = false) {
	const edges = predicateEdges();
	return [{ lower: 1 }, ...edges].map((e, i) => {
		const name = pickPredicate(PREDICATES[i] ?? 'Kurang')({}, { locale: lang });
		return {
			name: narrow ? name.replace(' ', '\n') : name,
			lower: e.lower,
			upper: edges[i]?.lower ?? 5
		};
	});
}

/**
 * The bands behind a 1–5 axis: dashed lines at their edges (1,80 · 2,60 · 3,50 · 4,20, the
 * edges written on the axis) and each band's name in the right margin, level with its band,
 * where no value is ever drawn.
 */
function bands(lang: Lang, narrow: boolean) {
	return {
		markLine: {
			silent: true,
			symbol: 'none',
			lineStyle: { color: '#9aa5b1', type: 'dashed', width: 1 },
			label: { show: false },
			data: predicateEdges().map((e) => ({ yAxis: e.lower }))
		},
		markArea: {
			silent: true,
			itemStyle: { color: 'transparent' },
			label: {
				position: 'right',
				distance: 6,
				color: MUTED,
				fontSize: MIN_TEXT,
				lineHeight: 14
			},
			data: bandSpans(lang, narrow).map((b) => [
				{ name: b.name, yAxis: b.lower },
				{ yAxis: b.upper }
			])
		}
	};
}

/** Room in px for the longest band name in the right margin. */
const bandNameRoom = (lang: Lang, narrow: boolean) =>
	Math.max(
		...bandSpans(lang, narrow).flatMap((b) => b.name.split('\n').map((l) => approxWidth(l)))
	) + 14;

/** A 1–5 axis labelled at the band edges, its only lines the bands' (bands()). */
const bandAxis = (lang: Lang) => ({
	type: 'value',
	min: 1,
	max: 5,
	splitLine: { show: false },
	axisTick: { show: false },
	axisLabel: {
		customValues: [1, ...predicateEdges().map((e) => e.lower), 5],
		formatter: (v: number) => formatScore(v, lang).replace(/[.,]00$/, '')
	}
});

export { IMPORTED_COLOUR, DOMAIN_COLOUR } from './theme';

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
			formatter: () => m.method_break({}, { locale: lang }).replace('PermenPANRB ', '')
		},
		data: [[{ xAxis: '2020' }, { xAxis: '2021' }]]
	};
}

/**
 * One instansi's index per known year, each value marked by its status (DESIGN.md): official
 * solid and joined; secondary solid with an outline; compiled light and hollow; reported
 * hollow; imported (only in the browser) a purple diamond. A dashed line joins the value each
 * year is drawn with (the strongest status). Years without a value stay gaps; the methodology
 * change between 2020 and 2021 is shaded. A status with no value adds no series. Each value
 * is written above or below its point where it touches no other label, band line or band
 * name (placeLabels), else left to the table.
 */
export function profileYearsOption(
	points: YearPoint[],
	lang: Lang,
	{ width = 560, height = 240 } = {}
): EChartsCoreOption {
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
	const narrow = isNarrow(width);
	const grid = { left: 36, right: bandNameRoom(lang, narrow), top: 12, bottom: 28 };
	const plot: Box = { x0: grid.left, x1: width - grid.right, y0: 0, y1: height - grid.bottom };
	const step = (plot.x1 - plot.x0) / axis.length;
	// a value label may reach into the margin up to the band names, 6 px further right
	const labelArea = { ...plot, x1: plot.x1 + 4 };
	const yOf = (v: number) => grid.top + ((5 - v) / 4) * (plot.y1 - grid.top);
	const bandMarks = bands(lang, narrow);
	const breakArea = methodBreakArea(axis, lang);
	const breakText = breakArea?.label.formatter() ?? '';
	const breakX = plot.x0 + (axis.indexOf(2020) + 1) * step;
	const shown = axis.map((y, i) => {
		const s = shownStatus(y);
		const v = s ? (at(y, s) ?? 0) : 0;
		return { x: plot.x0 + (i + 0.5) * step, y: s ? yOf(v) : null, v };
	});
	const places = placeLabels(
		shown.map((p, i) => ({
			x: p.x,
			y: p.y ?? -100,
			w: approxWidth(formatScore(p.v, lang), MIN_TEXT, true),
			h: 14,
			priority: p.y === null ? -1 : endsFirst(i, axis.length)
		})),
		{
			plot: labelArea,
			path: shown.flatMap((p) => (p.y === null ? [] : [{ x: p.x, y: p.y }])),
			lines: predicateEdges().map((e) => yOf(e.lower)),
			blocked: breakArea
				? [
						{
							x0: breakX - approxWidth(breakText) / 2,
							x1: breakX + approxWidth(breakText) / 2,
							y0: grid.top,
							y1: grid.top + 22
						}
					]
				: []
		}
	);
	/** the values of a series, each with its label placed (or left out) */
	const placed = (values: (number | null)[]) =>
		values.map((v, i) => (v === null ? null : { value: v, label: labelAt(places[i] ?? null) }));
	const label = {
		fontSize: MIN_TEXT,
		formatter: (p: { value: number | null }) => formatScore(p.value, lang)
	};
	const has = (status: Status) => points.some((p) => statusOf(p.status) === status);
	const marked = (status: Status, name: string, style: Record<string, unknown>) =>
		has(status)
			? [{ type: 'line', name, data: placed(only(status)), lineStyle: { opacity: 0 }, ...style }]
			: [];
	return {
		...baseOption,
		grid,
		xAxis: yearAxis(axis),
		yAxis: bandAxis(lang),
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
				markLine: bandMarks.markLine,
				markArea: breakArea,
				silent: true
			},
			{
				type: 'line',
				name: m.status_official({}, { locale: lang }),
				data: placed(axis.map((y) => at(y, 'official'))),
				markArea: bandMarks.markArea,
				lineStyle: { color: ACCENT, width: 3 },
				itemStyle: { color: ACCENT },
				symbol: 'circle',
				symbolSize: 10,
				label: { ...label, color: ACCENT, fontWeight: 'bold' }
			},
			{
				type: 'line',
				name: m.status_reported({}, { locale: lang }),
				data: placed(only('reported')),
				lineStyle: { opacity: 0 },
				itemStyle: { color: '#fff', borderColor: INK, borderWidth: 2 },
				symbol: 'circle',
				symbolSize: 10,
				label: { ...label, color: INK }
			},
			...marked('secondary', m.status_secondary({}, { locale: lang }), {
				itemStyle: { color: ACCENT, borderColor: INK, borderWidth: 1.5 },
				symbol: 'circle',
				symbolSize: 10,
				label: { ...label, color: ACCENT }
			}),
			...marked('compiled', m.status_compiled({}, { locale: lang }), {
				itemStyle: { color: '#fff', borderColor: MUTED, borderWidth: 1.5, opacity: 0.9 },
				symbol: 'emptyCircle',
				symbolSize: 9,
				label: { ...label, color: MUTED }
			}),
			...marked('imported', m.imp_badge({}, { locale: lang }), {
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

/** Height in px that fits the domain bars: three 14 px bars per domain, each labelled. */
export const DOMAINS_HEIGHT = 48 + 4 * 3 * 18;

/**
 * Four domains as grouped horizontal bars: this instansi (the focused one, in the accent),
 * the peers' median, the top tenth. Bars of 18 px keep their 12 px labels apart.
 */
export function profileDomainsOption(
	rows: DomainBar[],
	lang: Lang,
	names: { own: string; median: string; top: string }
): EChartsCoreOption {
	const categories = rows.map((r) => pickDomain(r.domain)({}, { locale: lang }));
	const bar = (key: 'nilai' | 'median' | 'atas_sepersepuluh', name: string, color: string) => ({
		type: 'bar',
		name,
		data: rows.map((r) => r[key]),
		itemStyle: { color },
		barWidth: 14,
		barGap: '28%',
		label: {
			show: true,
			position: 'right',
			fontSize: MIN_TEXT,
			color: INK,
			fontWeight: key === 'nilai' ? 'bold' : 'normal',
			formatter: (p: { value: number }) => formatScore(p.value, lang)
		}
	});
	return {
		...baseOption,
		grid: {
			left: Math.max(...categories.map((c) => approxWidth(c))) + 16,
			right: 40,
			top: 8,
			bottom: 24
		},
		xAxis: {
			type: 'value',
			min: 0,
			max: 5,
			interval: 1,
			splitLine: { lineStyle: { color: GRID } }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: categories,
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } },
			axisLabel: { color: INK, fontSize: MIN_TEXT }
		},
		series: [
			bar('nilai', names.own, DOMAIN_COLOUR.own),
			bar('median', names.median, DOMAIN_COLOUR.median),
			bar('atas_sepersepuluh', names.top, DOMAIN_COLOUR.top)
		]
	};
}
