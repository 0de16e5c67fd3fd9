/**
 * Charts beside a ranking by award category: a horizontal bar per instansi (the top 20,
 * or the filtered rows) and the distribution of the measure in the group with the
 * predicate bands behind it (for the index). Pure: rows and language in, option out.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { PREDICATES, PREDICATE_COLOUR, LOWER_BOUND_H, isPredicate } from '$lib/scores';
import { formatDelta, formatInt, formatRank, formatScore, type Lang } from '$lib/i18n';
import { ACCENT, GRID, INK, MUTED, baseOption } from './theme';

export interface BarItem {
	id: string;
	name: string;
	nilai: number | null;
	peringkat: number | null;
	seri: boolean;
	predicate: string;
}

export const BAR_LIMIT = 20;

/** Height in px that fits `n` bars. */
export const barHeight = (n: number) => Math.max(120, 40 + Math.min(n, BAR_LIMIT) * 22);

/** One bar per instansi, best at the top, in its predicate colour; `highlight` ids outlined in the accent. */
export function rankingBarOption(
	items: BarItem[],
	lang: Lang,
	{ signed = false, highlight = [] as readonly string[] } = {}
): EChartsCoreOption {
	const shown = items.filter((i) => i.nilai !== null).slice(0, BAR_LIMIT);
	const fmt = (v: number) => (signed ? formatDelta(v, lang) : formatScore(v, lang));
	const short = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);
	return {
		...baseOption,
		grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
		xAxis: {
			type: 'value',
			min: signed ? undefined : 0,
			max: signed ? undefined : 5,
			splitLine: { lineStyle: { color: GRID } },
			axisLabel: { formatter: (v: number) => fmt(v) }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: shown.map((i) => `${formatRank(i.peringkat, i.seri)}  ${short(i.name)}`),
			axisTick: { show: false },
			axisLine: { lineStyle: { color: MUTED } },
			axisLabel: { color: INK, fontSize: 11 }
		},
		series: [
			{
				type: 'bar',
				barWidth: '70%',
				data: shown.map((i) => {
					const on = highlight.includes(i.id);
					const colour = signed
						? (i.nilai ?? 0) >= 0
							? '#2c7fb8'
							: '#d95f0e'
						: isPredicate(i.predicate)
							? PREDICATE_COLOUR[i.predicate]
							: '#ccc';
					return {
						value: i.nilai,
						itemStyle: {
							color: colour,
							borderColor: on ? ACCENT : MUTED,
							borderWidth: on ? 3 : 0.5
						}
					};
				}),
				label: {
					show: true,
					position: 'right',
					fontSize: 11,
					formatter: (p: { value: number }) => fmt(p.value)
				}
			}
		]
	};
}

export interface Bin {
	/** lower edge, hundredths (inclusive) */
	from: number;
	/** upper edge, hundredths (exclusive) */
	to: number;
	count: number;
}

/**
 * Counts per bin of `width` hundredths, on integer hundredths so a value on an edge
 * (3.50) always falls in the bin that starts there.
 */
export function histogram(values: number[], width: number): Bin[] {
	const hs = values.map((v) => Math.round(v * 100));
	if (hs.length === 0) return [];
	const lo = Math.floor(Math.min(...hs) / width) * width;
	const hi = Math.floor(Math.max(...hs) / width) * width;
	const bins: Bin[] = [];
	for (let from = lo; from <= hi; from += width) bins.push({ from, to: from + width, count: 0 });
	for (const h of hs) {
		const bin = bins[Math.floor((h - lo) / width)];
		if (bin) bin.count++;
	}
	return bins;
}

/** How many instansi fall in each bin of the measure; predicate bands behind for the index. */
export function distributionOption(
	values: number[],
	lang: Lang,
	{ bands = false, signed = false, width = 640 } = {}
): EChartsCoreOption {
	const binWidth = signed ? 20 : 10;
	const bins = histogram(values, binWidth);
	const lo = signed ? (bins[0]?.from ?? 0) / 100 : 1;
	const hi = signed ? (bins.at(-1)?.to ?? 0) / 100 : 5;
	const plot = width - 48 - 24;
	const px = Math.max(2, (plot / ((hi - lo) * 100)) * binWidth - 1);
	const fmt = (v: number) => (signed ? formatDelta(v, lang) : formatScore(v, lang));
	const bandAreas = PREDICATES.map((p, i) => {
		const from = (LOWER_BOUND_H[p] ?? 100) / 100;
		const next = PREDICATES[i + 1];
		const to = next ? (LOWER_BOUND_H[next] ?? 500) / 100 : 5;
		return [
			{
				name: p,
				xAxis: from,
				itemStyle: { color: PREDICATE_COLOUR[p], opacity: 0.35 }
			},
			{ xAxis: to }
		];
	});
	return {
		...baseOption,
		grid: { left: 48, right: 24, top: bands ? 28 : 12, bottom: 36 },
		xAxis: {
			type: 'value',
			min: lo,
			max: hi,
			interval: signed ? 0.5 : 0.5,
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
				itemStyle: { color: ACCENT },
				data: bins.map((b) => [(b.from + b.to) / 200, b.count]),
				markArea: bands
					? {
							silent: true,
							label: { position: 'insideTop', color: INK, fontSize: 10, offset: [0, -20] },
							data: bandAreas
						}
					: undefined
			}
		]
	};
}
