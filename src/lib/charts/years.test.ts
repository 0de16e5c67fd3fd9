import { describe, expect, it } from 'vitest';
import { yearPredicatesHeight, yearPredicatesOption, type YearTotals } from './years';

const STATUS: Record<number, string> = {
	2019: 'compiled',
	2020: 'compiled',
	2021: 'secondary',
	2022: 'secondary'
};
const totals: YearTotals[] = [2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({
	year,
	status: STATUS[year] ?? 'official',
	jumlah: 10,
	counts: [1, 2, 3, 3, 1],
	sumH: 3000
}));

type Bars = {
	xAxis: { data?: string[] };
	yAxis: { data?: string[] };
	series: { data: (number | null)[]; markArea?: unknown }[];
};

describe('predicates per year', () => {
	it('on a phone, names the methodology change in a row of its own between 2020 and 2021', () => {
		const o = yearPredicatesOption(totals, 'id', { width: 288 }) as unknown as Bars;
		const labels = o.yAxis.data!;
		expect(labels).toHaveLength(8);
		expect(labels[2]).toBe('2020 kompilasi');
		expect(labels[3]).toBe('{change|5/2018 → 59/2020}');
		expect(labels[4]).toBe('2021 sekunder');
		for (const s of o.series) expect(s.data[3]).toBeNull();
		expect(o.series[0]!.data[4]).toBe(10);
		expect(yearPredicatesHeight(totals, 288)).toBe(60 + 8 * 30);
	});

	it('on a wide screen, shades the step between 2020 and 2021 instead', () => {
		const o = yearPredicatesOption(totals, 'en', { width: 560 }) as unknown as Bars;
		expect(o.xAxis.data).toHaveLength(7);
		expect(o.xAxis.data!.some((l) => l.includes('59/2020'))).toBe(false);
		expect(o.series[0]!.markArea).toBeDefined();
		expect(yearPredicatesHeight(totals, 560)).toBe(300);
	});

	it('without both 2020 and 2021, adds no row', () => {
		const recent = totals.filter((t) => t.year >= 2023);
		const o = yearPredicatesOption(recent, 'id', { width: 288 }) as unknown as Bars;
		expect(o.yAxis.data).toEqual(['2023', '2024']);
	});
});
