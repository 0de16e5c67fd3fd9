/**
 * Ranking bars are coloured by the band of the value they show: a domain ranking's bar by its
 * domain value, never by the index's predicate the row also carries.
 */
import { describe, expect, it } from 'vitest';
import { PREDICATE_COLOUR } from '$lib/scores';
import {
	BAR_LIMIT,
	FALL,
	HIGHLIGHT,
	RISE,
	barColour,
	barHeight,
	distributionOption,
	labelRows,
	rankingBarOption,
	type BarItem
} from './ranking';
import { changeBarCount, changeBarsOption } from './options';

type Bars = { series: { data: { value: number; itemStyle: { color: string } }[] }[] };
const colours = (o: unknown) => (o as Bars).series[0]?.data.map((d) => d.itemStyle.color);

const item = (id: string, nilai: number, predicate: string): BarItem => ({
	id,
	name: `Kota ${id}`,
	nilai,
	peringkat: 1,
	seri: false,
	predicate
});

describe('bar colours follow the band of the measure shown', () => {
	it('colours a domain bar by its own value, not by the index predicate of the row', () => {
		// Kota Medan: Layanan 4,80 with an index in Sangat Baik; Kota Jambi: Layanan 4,76
		const o = rankingBarOption(
			[item('medan', 4.8, 'Sangat Baik'), item('jambi', 4.76, 'Memuaskan')],
			'id'
		);
		expect(colours(o)).toEqual([PREDICATE_COLOUR.Memuaskan, PREDICATE_COLOUR.Memuaskan]);
	});

	it('puts a value on a band edge in the band that starts there, from exact hundredths', () => {
		expect(barColour(4.2, false)).toBe(PREDICATE_COLOUR.Memuaskan);
		expect(barColour(4.19, false)).toBe(PREDICATE_COLOUR['Sangat Baik']);
		expect(barColour(3.5, false)).toBe(PREDICATE_COLOUR['Sangat Baik']);
		// 2.6 is 2.5999999999999996 after some arithmetic: still Baik
		expect(barColour(3.82 - 1.22, false)).toBe(PREDICATE_COLOUR.Baik);
		expect(barColour(1.79, false)).toBe(PREDICATE_COLOUR.Kurang);
	});

	it('colours a change by its sign at every width', () => {
		for (const width of [288, 880]) {
			const o = rankingBarOption([item('a', 0.52, 'Baik'), item('b', -0.19, 'Baik')], 'id', {
				signed: true,
				width
			});
			expect(colours(o)).toEqual([RISE, FALL]);
		}
	});

	it('change bars keep the largest rises at the top and the falls below', () => {
		const o = changeBarsOption(
			[
				{ name: 'Kota A', selisih: 1.22 },
				{ name: 'Kota B', selisih: 0.1 },
				{ name: 'Kota C', selisih: -0.19 }
			],
			'id',
			{ width: 288 }
		) as { yAxis: { data: string[]; inverse: boolean } };
		expect(o.yAxis.inverse).toBe(true);
		expect(o.yAxis.data).toEqual(['Kota A', 'Kota B', 'Kota C']);
	});
});

describe('the focused instansi (?sorot=) in the charts', () => {
	type Option = {
		yAxis: { data: string[]; axisLabel: { formatter: (n: string, i: number) => string } };
		series: {
			data: { value: unknown; itemStyle?: { color: string; borderColor?: string } }[];
		}[];
	};
	const many = Array.from({ length: 40 }, (_, k) => ({
		...item(String(k), 4 - k * 0.05, 'Baik'),
		peringkat: k + 1
	}));

	it('ranking bars: outlined in the top, drawn after it when it ranks below', () => {
		const inTop = rankingBarOption(many, 'id', { focus: '3' }) as Option;
		expect(inTop.yAxis.data).toHaveLength(BAR_LIMIT);
		expect(inTop.series[0]?.data[3]?.itemStyle?.borderColor).toBe(HIGHLIGHT);
		expect(inTop.yAxis.axisLabel.formatter('x', 3)).toContain('{b|');
		expect(inTop.series[0]?.data[2]?.itemStyle?.borderColor).not.toBe(HIGHLIGHT);

		const below = rankingBarOption(many, 'id', { focus: '33', width: 288 }) as Option;
		expect(below.yAxis.data).toHaveLength(BAR_LIMIT + 1);
		expect(below.yAxis.data.at(-1)).toContain('34');
		expect(below.yAxis.data.at(-1)).toContain('Kota 33');
		expect(below.series[0]?.data.at(-1)?.itemStyle?.borderColor).toBe(HIGHLIGHT);
		// the chart grows by one bar
		expect(barHeight(40, 288, 1) - barHeight(40, 288)).toBe(38);
	});

	it('distribution: the bin holding the value is drawn in the highlight colour', () => {
		const o = distributionOption([2.44, 3.82, 3.85, 4.24], 'id', { bands: true, mark: 3.82 });
		const data = (o as Option).series[0]?.data ?? [];
		const marked = data.filter((d) => d.itemStyle?.color === HIGHLIGHT);
		expect(marked.map((d) => d.value)).toEqual([[3.85, 2]]);
	});

	it('change bars: the focus added in its place by change when not among the largest', () => {
		const rows = Array.from({ length: 30 }, (_, k) => ({
			id: String(k),
			name: `Kota ${k}`,
			selisih: 1.5 - k * 0.1
		}));
		const o = changeBarsOption(rows, 'id', { n: 3, focus: '12' }) as Option;
		expect(o.yAxis.data).toEqual([
			'Kota 0',
			'Kota 1',
			'Kota 2',
			'Kota 12',
			'Kota 27',
			'Kota 28',
			'Kota 29'
		]);
		expect(o.series[0]?.data[3]?.itemStyle?.borderColor).toBe(HIGHLIGHT);
		expect(changeBarCount(rows, 3, '12')).toBe(7);
		expect(changeBarCount(rows, 3, '1')).toBe(6);
	});
});

describe('labelRows', () => {
	it('puts a label that would touch its neighbour on the next row', () => {
		expect(
			labelRows([
				{ x: 20, w: 40 },
				{ x: 50, w: 40 },
				{ x: 100, w: 40 },
				{ x: 125, w: 60 }
			])
		).toEqual([0, 1, 0, 1]);
	});
});
