/**
 * Option builders for the comparison (/bandingkan): index over the years, slope, bump. Pure: data
 * and language in, option out.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatScore, translate, type Lang } from '$lib/i18n';
import { GRID, MUTED, baseOption } from './theme';

const scoreAxis = (lang: Lang) => ({
	type: 'value',
	min: 1,
	max: 5,
	interval: 1,
	splitLine: { lineStyle: { color: GRID } },
	axisLabel: { formatter: (v: number) => formatScore(v, lang).replace(/[.,]00$/, '') }
});

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
