import { expect, test } from 'vitest';
import { domainExtremes } from './national';

test('the same domain highest and lowest every year is stated; otherwise null', () => {
	const rows = [
		{ year: 2020, measure: 'kebijakan', value: 2.07 },
		{ year: 2020, measure: 'layanan', value: 2.48 },
		{ year: 2021, measure: 'kebijakan', value: 2.21 },
		{ year: 2021, measure: 'tata_kelola', value: 1.89 },
		{ year: 2021, measure: 'manajemen', value: 1.23 },
		{ year: 2021, measure: 'layanan', value: 2.81 }
	];
	expect(domainExtremes(rows)).toEqual({ high: 'layanan', low: 'manajemen' });
	expect(domainExtremes([...rows, { year: 2022, measure: 'kebijakan', value: 4 }]).high).toBeNull();
});
