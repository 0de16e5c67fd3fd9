/**
 * The profile's years chart: imported values (issue 6) get their own marked series, and a
 * chart without them is exactly as before (three series).
 */
import { describe, expect, it } from 'vitest';
import { compareYearsOption, profileYearsOption } from './profile';

type Series = { name: string; data: (number | null)[]; symbol?: string };
const series = (o: unknown) => (o as { series: Series[] }).series;

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

describe('compareYearsOption', () => {
	it('labels imported years on the axis', () => {
		const o = compareYearsOption(
			[{ name: 'Kota Malang', values: [4.24, 4.41] }],
			[2024, 2025],
			'en',
			[2025]
		) as { xAxis: { data: string[] } };
		expect(o.xAxis.data).toEqual(['2024', '2025\nlocal import']);
	});
});
