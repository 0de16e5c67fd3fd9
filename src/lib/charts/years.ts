/**
 * Every year at once (the national page and the home page): how many instansi each year's
 * table holds per predicate, and the share rated Baik or better per kind. Years from a
 * secondary or compiled table say so under their label; the methodology change between 2020
 * and 2021 is shaded. Pure: rows and language in, option out.
 */
import { m } from '$lib/paraglide/messages.js';
import { pickKind } from '$lib/i18n/families/kind';
import type { EChartsCoreOption } from 'echarts/core';
import { PREDICATES, PREDICATE_COLOUR } from '$lib/scores/names';
import { formatInt, type Lang } from '$lib/i18n';
import type { YearSummaryRow } from '$lib/db/row-types';
import { GRID, INK, MIN_TEXT, MUTED, baseOption, isNarrow, yearAxis } from './theme';
import { endLabelledLines } from './options';
import type { YearTotals } from './year-totals';
import { methodBreakArea } from './profile';

export { baikPlus, meanH, yearTotals, type YearTotals } from './year-totals';

const yearLabel = (lang: Lang) => (t: YearTotals) =>
	t.status === 'official'
		? String(t.year)
		: `${t.year}\n${(t.status === 'secondary' ? m.status_secondary : m.status_compiled)({}, { locale: lang }).toLowerCase()}`;

/**
 * The rows of the phone layout of yearPredicatesOption: one per year and, where the years
 * cross the methodology change, a row between 2020 and 2021 that names it (null: no bar).
 */
function phoneRows(totals: readonly YearTotals[]): (YearTotals | null)[] {
	const after = totals.findIndex((t) => t.year >= 2021);
	const crosses = totals.some((t) => t.year === 2020) && after > 0;
	return crosses ? [...totals.slice(0, after), null, ...totals.slice(after)] : [...totals];
}

/** The height in px yearPredicatesOption needs at `width`: a row of 30 px per year on a phone. */
export function yearPredicatesHeight(totals: readonly YearTotals[], width: number): number {
	return isNarrow(width) ? 60 + phoneRows(totals).length * 30 : 300;
}

/**
 * Per year, the table's instansi per predicate as a 100 % column; on a phone (`isNarrow(width)`)
 * as a 100 % row per year, so each year's status stays written beside it, and the methodology
 * change named in a row of its own between 2020 and 2021 (the wide chart shades that step).
 */
export function yearPredicatesOption(
	totals: readonly YearTotals[],
	lang: Lang,
	{ width = 480 } = {}
): EChartsCoreOption {
	const narrow = isNarrow(width);
	const rows = narrow ? phoneRows(totals) : [...totals];
	const change = m.method_break({}, { locale: lang }).replace('PermenPANRB ', '');
	const labels = rows.map((t) =>
		t === null ? `{change|${change}}` : yearLabel(lang)(t).replace('\n', narrow ? ' ' : '\n')
	);
	const byYear = (year: number) => labels[rows.findIndex((t) => t?.year === year)];
	const crosses = totals.some((t) => t.year === 2020) && totals.some((t) => t.year === 2021);
	const breakArea = methodBreakArea(
		totals.map((t) => t.year),
		lang
	);
	const category = {
		type: 'category',
		data: labels,
		inverse: narrow,
		axisTick: { show: false },
		axisLine: { lineStyle: { color: MUTED } },
		axisLabel: {
			fontSize: MIN_TEXT,
			lineHeight: 14,
			color: INK,
			rich: { change: { color: MUTED, fontSize: MIN_TEXT, fontStyle: 'italic' } }
		}
	};
	const share = {
		type: 'value',
		max: 100,
		splitNumber: narrow ? 2 : 5,
		splitLine: { lineStyle: { color: GRID } },
		axisLabel: { formatter: (v: number) => `${formatInt(v, lang)}%` }
	};
	return {
		...baseOption,
		// the legend wraps to two rows on a phone
		grid: narrow
			? { left: 8, right: 24, top: 44, bottom: 24, containLabel: true }
			: { left: 40, right: 12, top: 32, bottom: 44 },
		legend: {
			top: 0,
			left: narrow ? 4 : 36,
			itemWidth: 12,
			itemHeight: 10,
			textStyle: { color: INK, fontSize: MIN_TEXT }
		},
		xAxis: narrow ? share : category,
		yAxis: narrow ? category : share,
		series: PREDICATES.map((p, i) => ({
			type: 'bar',
			name: p,
			stack: 'p',
			barWidth: '62%',
			itemStyle: { color: PREDICATE_COLOUR[p], borderColor: MUTED, borderWidth: 0.5 },
			data: rows.map((t) =>
				t === null
					? null
					: t.jumlah === 0
						? 0
						: Math.round(((t.counts[i] ?? 0) / t.jumlah) * 1000) / 10
			),
			...(i === 0 && breakArea && !narrow
				? {
						markArea: {
							...breakArea,
							data: crosses ? [[{ xAxis: byYear(2020) }, { xAxis: byYear(2021) }]] : []
						}
					}
				: {})
		}))
	};
}

const KIND_COLOUR: Record<string, string> = {
	kementerian: '#225ea8',
	lembaga: '#7570b3',
	provinsi: '#1b9e77',
	kabupaten: '#d95f02',
	kota: '#444444'
};

/** The share rated Baik or better per kind and year, one line per kind named at its end. */
export function shareByYearOption(
	rows: readonly YearSummaryRow[],
	lang: Lang,
	{ width = 480, height = 280 } = {}
): EChartsCoreOption {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const kinds = [...new Set(rows.map((r) => r.kind))];
	const narrow = isNarrow(width);
	// room for the longest end label, "Kementerian 100%" at 12 px (two lines on a phone)
	const grid = { left: 40, right: narrow ? 92 : 124, top: 16, bottom: 28 };
	const lines = endLabelledLines(
		kinds.map((k) => {
			const name = pickKind(k)({}, { locale: lang });
			return {
				name,
				colour: KIND_COLOUR[k] ?? MUTED,
				values: years.map((y) => {
					const r = rows.find((x) => x.kind === k && x.year === y);
					if (!r || Number(r.jumlah) === 0) return null;
					const plus = Number(r.baik) + Number(r.sangat_baik) + Number(r.memuaskan);
					return Math.round((plus / Number(r.jumlah)) * 100);
				}),
				label: (v: number) => `${name}${narrow ? '\n' : ' '}${formatInt(v, lang)}%`
			};
		}),
		grid,
		{ height, min: 0, max: 100 }
	);
	return {
		...baseOption,
		grid,
		xAxis: yearAxis(years),
		yAxis: {
			type: 'value',
			min: 0,
			max: 100,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => `${formatInt(v, lang)}%` }
		},
		series: lines.map((l, k) => ({
			...l,
			symbolSize: 6,
			...(k === 0 ? { markArea: methodBreakArea(years, lang) } : {})
		}))
	};
}
