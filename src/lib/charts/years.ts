/**
 * Every year at once (the national page and the home page): how many instansi each year's
 * table holds per predicate, and the share rated Baik or better per kind. Years from a
 * secondary or compiled table say so under their label; the methodology change between 2020
 * and 2021 is shaded. Pure: rows and language in, option out.
 */
import { m } from '$lib/paraglide/messages.js';
import { pickKind } from '$lib/i18n/families';
import type { EChartsCoreOption } from 'echarts/core';
import { PREDICATES, PREDICATE_COLOUR } from '$lib/scores/names';
import { formatInt, type Lang } from '$lib/i18n';
import type { YearSummaryRow } from '$lib/db/queries';
import { GRID, MUTED, baseOption, yearAxis } from './theme';
import { methodBreakArea } from './profile';

const PREDICATE_FIELD = ['kurang', 'cukup', 'baik', 'sangat_baik', 'memuaskan'] as const;

export interface YearTotals {
	year: number;
	status: string;
	jumlah: number;
	/** per predicate, Kurang first */
	counts: number[];
	/** sum of the indices in hundredths (for the plain mean) */
	sumH: number;
}

/** The year's table summed over the kinds given (all by default). */
export function yearTotals(
	rows: readonly YearSummaryRow[],
	kinds?: readonly string[]
): YearTotals[] {
	const out = new Map<number, YearTotals>();
	for (const r of rows) {
		if (kinds && !kinds.includes(r.kind)) continue;
		const t = out.get(r.year) ?? {
			year: r.year,
			status: r.status,
			jumlah: 0,
			counts: [0, 0, 0, 0, 0],
			sumH: 0
		};
		t.jumlah += Number(r.jumlah);
		PREDICATE_FIELD.forEach((f, i) => (t.counts[i] = (t.counts[i] ?? 0) + Number(r[f])));
		t.sumH += Number(r.jumlah_indeks_h);
		out.set(r.year, t);
	}
	return [...out.values()].sort((a, b) => a.year - b.year);
}

/** The plain mean of a table in hundredths, half up from the exact sum / count. */
export const meanH = (t: Pick<YearTotals, 'jumlah' | 'sumH'>) =>
	t.jumlah === 0 ? null : Math.floor((t.sumH * 2 + t.jumlah) / (2 * t.jumlah));

/** Baik, Sangat Baik and Memuaskan together. */
export const baikPlus = (t: YearTotals) =>
	(t.counts[2] ?? 0) + (t.counts[3] ?? 0) + (t.counts[4] ?? 0);

const yearLabel = (lang: Lang) => (t: YearTotals) =>
	t.status === 'official'
		? String(t.year)
		: `${t.year}\n${(t.status === 'secondary' ? m.status_secondary : m.status_compiled)({}, { locale: lang }).toLowerCase()}`;

/** Per year, the table's instansi per predicate as a 100 % column. */
export function yearPredicatesOption(totals: readonly YearTotals[], lang: Lang): EChartsCoreOption {
	return {
		...baseOption,
		grid: { left: 40, right: 12, top: 32, bottom: 44 },
		legend: {
			top: 0,
			left: 36,
			itemWidth: 12,
			itemHeight: 10,
			textStyle: { color: MUTED, fontSize: 12 }
		},
		xAxis: {
			type: 'category',
			data: totals.map(yearLabel(lang)),
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } },
			axisLabel: { fontSize: 12, lineHeight: 14 }
		},
		yAxis: {
			type: 'value',
			max: 100,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => `${formatInt(v, lang)}%` }
		},
		series: PREDICATES.map((p, i) => ({
			type: 'bar',
			name: p,
			stack: 'p',
			barWidth: '62%',
			itemStyle: { color: PREDICATE_COLOUR[p], borderColor: MUTED, borderWidth: 0.5 },
			data: totals.map((t) =>
				t.jumlah === 0 ? 0 : Math.round(((t.counts[i] ?? 0) / t.jumlah) * 1000) / 10
			),
			...(i === 0
				? {
						markArea: {
							...methodBreakArea(
								totals.map((t) => t.year),
								lang
							),
							data:
								totals.some((t) => t.year === 2020) && totals.some((t) => t.year === 2021)
									? [
											[
												{
													xAxis: yearLabel(lang)(totals.find((t) => t.year === 2020) as YearTotals)
												},
												{
													xAxis: yearLabel(lang)(totals.find((t) => t.year === 2021) as YearTotals)
												}
											]
										]
									: []
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

/** The share rated Baik or better per kind and year, one labelled line per kind. */
export function shareByYearOption(rows: readonly YearSummaryRow[], lang: Lang): EChartsCoreOption {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const kinds = [...new Set(rows.map((r) => r.kind))];
	return {
		...baseOption,
		// room for the longest end label, "Kementerian 100%" at 12 px
		grid: { left: 40, right: 112, top: 16, bottom: 28 },
		xAxis: yearAxis(years),
		yAxis: {
			type: 'value',
			max: 100,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => `${formatInt(v, lang)}%` }
		},
		series: kinds.map((k) => ({
			type: 'line',
			name: pickKind(k)({}, { locale: lang }),
			data: years.map((y) => {
				const r = rows.find((x) => x.kind === k && x.year === y);
				if (!r || Number(r.jumlah) === 0) return null;
				const plus = Number(r.baik) + Number(r.sangat_baik) + Number(r.memuaskan);
				return Math.round((plus / Number(r.jumlah)) * 100);
			}),
			connectNulls: false,
			symbolSize: 6,
			lineStyle: { color: KIND_COLOUR[k], width: 2 },
			itemStyle: { color: KIND_COLOUR[k] },
			endLabel: {
				show: true,
				color: KIND_COLOUR[k],
				fontSize: 12,
				formatter: (p: { value: number | null }) =>
					`${pickKind(k)({}, { locale: lang })} ${p.value ?? ''}%`
			},
			...(k === kinds[0] ? { markArea: methodBreakArea(years, lang) } : {})
		}))
	};
}
