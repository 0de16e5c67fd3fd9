/**
 * Ranking bars are coloured by the band of the value they show: a domain ranking's bar by its
 * domain value, never by the index's predicate the row also carries.
 */
import { describe, expect, it } from 'vitest';
import { PREDICATE_COLOUR } from '$lib/scores';
import { FALL, RISE, barColour, labelRows, rankingBarOption, type BarItem } from './ranking';
import { changeBarsOption } from './options';

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
