/**
 * The profile's years chart: values imported in this browser get their own marked series, and a
 * chart without them is exactly as before (three series).
 */
import { describe, expect, it } from 'vitest';
import { profileYearsOption } from './profile';

type Series = { name: string; data: (number | null)[]; symbol?: string };
type Point = number | null | { value: number };
/** the series with their values (a labelled value is an object holding its label's place) */
const series = (o: unknown): Series[] =>
	(o as { series: (Omit<Series, 'data'> & { data: Point[] })[] }).series.map((s) => ({
		...s,
		data: s.data.map((d) => (d !== null && typeof d === 'object' ? d.value : d))
	}));

describe('profileYearsOption', () => {
	const base = [
		{ year: 2022, index: 2.6, status: 'reported' },
		{ year: 2023, index: 3.82, status: 'official' },
		{ year: 2024, index: 4.24, status: 'official' }
	];

	it('has no imported series without imported values', () => {
		expect(series(profileYearsOption(base, 'id')).map((s) => s.name)).toEqual([
			'all',
			'Resmi',
			'Dilaporkan'
		]);
	});

	it('draws an imported year as its own marked series, joined to the rest', () => {
		const s = series(
			profileYearsOption([...base, { year: 2025, index: 4.41, status: 'imported' }], 'id')
		);
		expect(s.map((x) => x.name)).toEqual(['all', 'Resmi', 'Dilaporkan', 'impor lokal']);
		expect(s[3]?.data).toEqual([null, null, null, 4.41]);
		expect(s[3]?.symbol).toBe('diamond');
		expect(s[0]?.data).toEqual([2.6, 3.82, 4.24, 4.41]);
		expect(s[1]?.data).toEqual([null, 3.82, 4.24, null]);
		expect(s[2]?.data).toEqual([2.6, null, null, null]);
	});

	it('prefers the imported value to a reported one of the same year', () => {
		const s = series(
			profileYearsOption(
				[
					{ year: 2025, index: 4.66, status: 'reported' },
					{ year: 2025, index: 3.95, status: 'imported' }
				],
				'en'
			)
		);
		expect(s[0]?.data).toEqual([3.95]);
		expect(s[2]?.data).toEqual([null]);
		expect(s[3]?.data).toEqual([3.95]);
	});
});

describe('profileYearsOption over the history years', () => {
	const malang = [
		{ year: 2018, index: 2.44, status: 'official' },
		{ year: 2019, index: 2.85, status: 'compiled' },
		{ year: 2020, index: 2.85, status: 'compiled' },
		{ year: 2021, index: 2.73, status: 'secondary' },
		{ year: 2022, index: 2.6, status: 'secondary' },
		{ year: 2023, index: 3.82, status: 'official' },
		{ year: 2024, index: 4.24, status: 'official' }
	];

	it('marks each status with its own series and joins the values with one line', () => {
		const s = series(profileYearsOption(malang, 'id'));
		expect(s.map((x) => x.name)).toEqual(['all', 'Resmi', 'Dilaporkan', 'Sekunder', 'Kompilasi']);
		expect(s[0]?.data).toEqual([2.44, 2.85, 2.85, 2.73, 2.6, 3.82, 4.24]);
		expect(s[3]?.data).toEqual([null, null, null, 2.73, 2.6, null, null]);
		expect(s[4]?.data).toEqual([null, 2.85, 2.85, null, null, null, null]);
		expect(s[4]?.symbol).toBe('emptyCircle');
	});

	it('shades the methodology change between 2020 and 2021, and only across it', () => {
		const area = (o: unknown) =>
			(o as { series: { markArea?: { data: unknown[] } }[] }).series[0]?.markArea;
		expect(area(profileYearsOption(malang, 'id'))?.data).toEqual([
			[{ xAxis: '2020' }, { xAxis: '2021' }]
		]);
		expect(area(profileYearsOption(malang.slice(3), 'id'))).toBeUndefined();
	});
});
