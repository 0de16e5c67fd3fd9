import { describe, expect, it } from 'vitest';
import { compareYearsOption } from './compare';

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
