import { describe, expect, it } from 'vitest';
import { parseKode } from './index';

const known = (id: string) => ['35.73', '32.73', '35.07', 'kementerian-keuangan'].includes(id);

describe('parseKode', () => {
	it('keeps known codes once, in order, and names the unknown and duplicate ones', () => {
		expect(parseKode('35.73, 99.99,32.73,35.73,,zz', known)).toEqual({
			ids: ['35.73', '32.73'],
			unknown: ['99.99', 'zz'],
			duplicate: ['35.73'],
			tooMany: []
		});
	});
	it('keeps at most eight', () => {
		const many = Array.from({ length: 10 }, (_, i) => `x${i}`);
		const got = parseKode(many.join(','), () => true);
		expect(got.ids).toHaveLength(8);
		expect(got.tooMany).toEqual(['x8', 'x9']);
	});
	it('an empty or missing parameter selects nothing', () => {
		expect(parseKode(null, known).ids).toEqual([]);
		expect(parseKode('', known).ids).toEqual([]);
	});
});
