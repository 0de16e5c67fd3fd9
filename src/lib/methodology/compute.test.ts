import { readFileSync, existsSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { computeIndex, exact, gainToTop, offBy, toHundredths, type StructureItem } from './compute';
import { bandOf, bandsFromRows } from './bands';

/** PermenPANRB 59/2020 from data/spbe/methodology.csv, as the pipeline reads it. */
function spbeStructure(): StructureItem[] {
	const rows = Papa.parse<Record<string, string>>(
		readFileSync('data/spbe/methodology.csv', 'utf8'),
		{
			header: true,
			skipEmptyLines: true
		}
	).data;
	const h = (s = '') => Math.round(Number(s) * 100);
	const items: StructureItem[] = [];
	for (const r of rows) {
		items.push({
			level: 'indicator',
			no: Number(r.indicator_no),
			parentNo: Number(r.aspect_no),
			weightH: h(r.weight_percent)
		});
		if (!items.some((i) => i.level === 'aspect' && i.no === Number(r.aspect_no)))
			items.push({
				level: 'aspect',
				no: Number(r.aspect_no),
				parentNo: Number(r.domain_no),
				weightH: h(r.aspect_weight_percent)
			});
	}
	return items;
}

/** A tiny Pemdi-like tree: 3 indicators in 2 aspects (weights 20 + 30 | 50). */
const TINY: StructureItem[] = [
	{ level: 'aspect', no: 1, parentNo: null, weightH: 5000 },
	{ level: 'aspect', no: 2, parentNo: null, weightH: 5000 },
	{ level: 'indicator', no: 1, parentNo: 1, weightH: 2000 },
	{ level: 'indicator', no: 2, parentNo: 1, weightH: 3000 },
	{ level: 'indicator', no: 3, parentNo: 2, weightH: 5000 }
];

describe('computeIndex', () => {
	test('a hand-computed tree: aspect = Σ w·v / aspect weight, index = Σ w·v / 100', () => {
		const c = computeIndex(
			TINY,
			new Map([
				[1, 100],
				[2, 300],
				[3, 126]
			])
		);
		// aspect 1: (20×1 + 30×3) / 50 = 2.2; aspect 2: 1.26; index: (20 + 90 + 63) / 100 = 1.73
		expect(c.aspects.get(1)).toEqual(exact(11, 5));
		expect(c.aspects.get(2)).toEqual(exact(126, 100));
		expect(c.index).toEqual(exact(173, 100));
		expect(c.domains.size).toBe(0);
	});

	test('a missing indicator has no index', () => {
		expect(() =>
			computeIndex(
				TINY,
				new Map([
					[1, 100],
					[2, 300]
				])
			)
		).toThrow(/indicator 3/);
	});

	test('SPBE: every level 3 gives 3.00 everywhere', () => {
		const s = spbeStructure();
		const c = computeIndex(s, new Map(Array.from({ length: 47 }, (_, i) => [i + 1, 300])));
		expect(c.index).toEqual(exact(3, 1));
		expect([...c.aspects.values()].every((a) => a.num === 3 && a.den === 1)).toBe(true);
		expect(c.domains.size).toBe(4);
	});

	test('SPBE: Kemenko PMK 2021 (history row 2) gives 3.384 and its aspects exactly', () => {
		const levels = [
			3, 3, 3, 3, 5, 5, 5, 3, 3, 5, 2, 3, 3, 3, 3, 3, 4, 3, 2, 3, 2, 1, 2, 2, 1, 2, 2, 2, 2, 2, 3,
			4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 4, 5, 5, 5
		];
		const c = computeIndex(spbeStructure(), new Map(levels.map((l, i) => [i + 1, l * 100])));
		expect(c.index).toEqual(exact(3384, 1000));
		expect(toHundredths(c.index)).toBe(338);
		expect(c.aspects.get(1)).toEqual(exact(38, 10)); // the sheet stores 3.8000000000000003
		expect(c.domains.get(3)).toEqual(exact(21, 11)); // 1.9090909…
	});
});

describe('exact helpers', () => {
	test('half-up rounding of exact values (3.2250 → 3.23, 3.2249… → 3.22)', () => {
		expect(toHundredths(exact(32250, 10000))).toBe(323);
		expect(toHundredths(exact(32249, 10000))).toBe(322);
		expect(toHundredths(exact(-19, 100))).toBe(-19);
	});
	test('gain to level 5 in ten-thousandths of a point', () => {
		expect(gainToTop(275, 200)).toBe(825); // 2.75 % × 3 levels = 0.0825
		expect(gainToTop(130, 500)).toBe(0);
	});
});

describe('bands', () => {
	const pemdi = '../shared/data/pemdi/predicates.csv';
	test.skipIf(!existsSync(pemdi))('a value takes the predicate of its own methodology', () => {
		const rows = Papa.parse<Record<string, string>>(readFileSync(pemdi, 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		const p = bandsFromRows(
			rows.map((r) => ({
				predicate: r.predicate ?? '',
				lower: r.lower ?? '',
				upper: r.upper ?? '',
				lower_inclusive: r.lower_inclusive,
				upper_inclusive: r.upper_inclusive
			}))
		);
		expect(p.problems).toEqual([]);
		const spbe = bandsFromRows([
			{ predicate: 'Kurang', lower: '', upper: '1.8' },
			{ predicate: 'Cukup', lower: '1.8', upper: '2.6' },
			{ predicate: 'Baik', lower: '2.6', upper: '3.5' },
			{ predicate: 'Sangat Baik', lower: '3.5', upper: '4.2' },
			{ predicate: 'Memuaskan', lower: '4.2', upper: '5.0' }
		]).bands;
		expect(bandOf(spbe, 350)).toBe('Sangat Baik');
		expect(bandOf(p.bands, 350)).toBe('Sangat Baik');
		expect(bandOf(p.bands, 400)).toBe('Memuaskan');
		expect(bandOf(spbe, 400)).toBe('Sangat Baik');
		expect(bandOf(spbe, exact(34986, 10000))).toBe('Baik');
	});

	test('bands that leave a gap or miss a predicate are refused', () => {
		const { problems } = bandsFromRows([
			{ predicate: 'Kurang', lower: '', upper: '1.8' },
			{ predicate: 'Cukup', lower: '1.9', upper: '2.6' },
			{ predicate: 'Baik', lower: '2.6', upper: '3.5' },
			{ predicate: 'Memuaskan', lower: '3.5', upper: '5.0' }
		]);
		expect(problems.join('\n')).toMatch(/each of Kurang, Cukup, Baik, Sangat Baik, Memuaskan once/);
		expect(problems.join('\n')).toMatch(/Kurang ends at 180 but Cukup starts at 190/);
	});
});

describe('the Indeks Pemdi (PermenPANRB 8/2026) from its 20 indicators', () => {
	const file = '../shared/data/pemdi/methodology.csv';
	test.skipIf(!existsSync(file))('equals the hand-computed index of a fixture', () => {
		const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		const h = (s = '') => Math.round(Number(s) * 100);
		const items: StructureItem[] = rows.map((r) => ({
			level: 'indicator',
			no: Number(r.indicator_no),
			parentNo: Number(r.aspect_no),
			weightH: h(r.indicator_weight_percent)
		}));
		for (const r of rows)
			if (!items.some((i) => i.level === 'aspect' && i.no === Number(r.aspect_no)))
				items.push({
					level: 'aspect',
					no: Number(r.aspect_no),
					parentNo: null,
					weightH: h(r.aspect_weight_percent)
				});
		// every indicator at 2,00, IK-20 (15 % of the index, aspect 7) at 4,00 and IK-19 at 1,26
		const values = new Map(items.filter((i) => i.level === 'indicator').map((i) => [i.no, 200]));
		values.set(20, 400);
		values.set(19, 126);
		const c = computeIndex(items, values);
		// aspect 7 = (10 × 1.26 + 15 × 4) / 25 = 2.904; index = (75 × 2 + 12.6 + 60) / 100 = 2.226
		expect(c.aspects.get(7)).toEqual(exact(2904, 1000));
		expect(c.aspects.get(1)).toEqual(exact(2, 1));
		expect(c.index).toEqual(exact(2226, 1000));
		expect(toHundredths(c.index)).toBe(223);
		expect(c.domains.size).toBe(0);
	});
});

describe('offBy: a published value against its exact computation', () => {
	test('allows one hundredth either way, and no more', () => {
		expect(offBy(108, exact(1085, 1000))).toBe(false); // Aceh Tengah's aspect 5: 1,085 printed 1,08
		expect(offBy(107, exact(1085, 1000))).toBe(true); // 0,015 apart
		expect(offBy(110, exact(109, 100))).toBe(false);
		expect(offBy(111, exact(109, 100))).toBe(true);
		expect(offBy(111, exact(109, 100), 2)).toBe(false);
	});
});
