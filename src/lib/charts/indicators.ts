/**
 * The national page per indicator: each indicator's instansi at levels 1 to 5 as one
 * horizontal 100 % bar, weakest (lowest mean) at the top. Pure: rows and language in.
 */
import { m } from '$lib/paraglide/messages.js';
import type { EChartsCoreOption } from 'echarts/core';
import { formatInt, formatScore, type Lang } from '$lib/i18n';
import { GRID, INK, MIN_TEXT, MUTED, baseOption, isNarrow } from './theme';

/** ColorBrewer YlOrBr 5, light to dark for levels 1 to 5 (not the predicates' colours). */
export const LEVEL_COLOUR = ['#fee391', '#fec44f', '#fe9929', '#d95f0e', '#993404'] as const;
/** Text that keeps AA contrast on each level colour. */
export const LEVEL_INK = ['#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff', '#ffffff'] as const;

export interface IndicatorBar {
	no: number;
	/** instansi at levels 1..5 */
	counts: readonly number[];
	/** mean level in hundredths */
	meanH: number;
}

/** Height in px for `n` indicators at `width` (the legend takes two rows on a phone). */
export const indicatorHeight = (n: number, width: number) => n * 20 + (isNarrow(width) ? 84 : 64);

export function indicatorLevelsOption(
	rows: readonly IndicatorBar[],
	lang: Lang,
	{ width = 720 } = {}
): EChartsCoreOption {
	const narrow = isNarrow(width);
	const order = [...rows].sort((a, b) => a.meanH - b.meanH || a.no - b.no).reverse(); // first at the bottom
	const total = (r: IndicatorBar) => r.counts.reduce((s, n) => s + n, 0);
	return {
		...baseOption,
		grid: { left: 40, right: 48, top: narrow ? 48 : 28, bottom: 24 },
		legend: {
			top: 0,
			left: narrow ? 0 : 40,
			itemGap: 8,
			itemWidth: 14,
			itemHeight: 10,
			textStyle: { color: INK, fontSize: MIN_TEXT }
		},
		xAxis: {
			type: 'value',
			max: 100,
			splitNumber: narrow ? 2 : 5,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => `${formatInt(v, lang)}%` }
		},
		yAxis: {
			type: 'category',
			data: order.map((r) => `I${r.no}`),
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } },
			axisLabel: { fontSize: MIN_TEXT, color: INK }
		},
		series: [
			...LEVEL_COLOUR.map((colour, i) => ({
				type: 'bar',
				name: m.indicators_level({ level: i + 1 }, { locale: lang }),
				stack: 'levels',
				barWidth: '70%',
				itemStyle: { color: colour },
				data: order.map((r) => {
					const n = total(r);
					return n === 0 ? 0 : Math.round(((r.counts[i] ?? 0) / n) * 1000) / 10;
				})
			})),
			{
				// the mean at the end of each bar, as text (colour is never the only cue); a bar of
				// its own across the whole axis, laid over the levels, so a stack that rounds to
				// 100,1 % never pushes the label off the axis
				type: 'bar',
				silent: true,
				barGap: '-100%',
				barWidth: '70%',
				itemStyle: { color: 'transparent' },
				data: order.map(() => 100),
				label: {
					show: true,
					position: 'right',
					color: INK,
					fontSize: MIN_TEXT,
					formatter: (p: { dataIndex: number }) =>
						formatScore((order[p.dataIndex]?.meanH ?? 0) / 100, lang)
				}
			}
		]
	};
}
