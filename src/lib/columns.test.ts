import { describe, expect, it } from 'vitest';
import { pack, unpack, type Packed } from './columns';

const PREDICATES = ['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan'];

/** Rows shaped like a ranking's: ties, nulls, negative changes, central bodies without a province. */
function rows(n: number) {
	return Array.from({ length: n }, (_, k) => {
		const index = 500 - Math.floor((k * 400) / n); // hundredths, falling
		const prev = k % 7 === 0 ? null : index - ((k * 37) % 90) + 30;
		return {
			peringkat: k % 11 === 3 ? null : k + 1,
			seri: k % 5 === 1,
			dari: n,
			id: k % 9 === 0 ? `kementerian-${k}` : `35.${String(k).padStart(2, '0')}`,
			kind: k % 9 === 0 ? 'kementerian' : 'kabupaten',
			name: `Kabupaten Nomor, ${k}`,
			provinsi: k % 9 === 0 ? null : `Provinsi ${k % 4}`,
			nilai: index / 100,
			index: index / 100,
			predicate: PREDICATES[Math.min(4, Math.floor(index / 100) - 1)] ?? 'Kurang',
			status: k === 4 ? 'reported' : 'official',
			perubahan: prev === null ? null : (index - prev) / 100,
			prev_year: prev === null ? null : 2023,
			prev_index: prev === null ? null : prev / 100,
			source_id: 'lap2024',
			source: `Tabel 32 No ${k + 1}`
		};
	});
}

/** Through the wire as a page's data or a file travels: JSON text. */
const travelled = <T>(p: Packed<T>): Packed<T> => JSON.parse(JSON.stringify(p)) as Packed<T>;

describe('pack / unpack', () => {
	it('gives back every row, key for key (in order) and value for value', () => {
		const given = rows(392);
		const back = unpack(travelled(pack(given)));
		expect(back).toEqual(given);
		expect(back.map((r) => Object.keys(r))).toEqual(given.map((r) => Object.keys(r)));
		for (let r = 0; r < given.length; r++)
			for (const [key, value] of Object.entries(given[r] as object))
				expect(Object.is((back[r] as Record<string, unknown>)[key], value)).toBe(true);
	});

	it('keeps every hundredth from −5,00 to 5,00 exactly, and differences of them', () => {
		const values = Array.from({ length: 1001 }, (_, k) => (k - 500) / 100);
		const given = values.map((v, k) => ({ v, d: v - (values[(k * 7) % 1001] ?? 0) }));
		const packed = pack(given);
		expect(packed.cols.v).toHaveProperty('h');
		const back = unpack(travelled(packed));
		for (let k = 0; k < given.length; k++) {
			expect(Object.is(back[k]?.v, given[k]?.v)).toBe(true);
			expect(Object.is(back[k]?.d, given[k]?.d)).toBe(true);
		}
	});

	it('never rounds a number that is not an exact hundredth', () => {
		const odd = [1 / 3, 4.775, 0.1 + 0.2, 3.82 - 2.6, 1e-7, 2.5];
		const given = odd.map((v) => ({ v }));
		const packed = pack(given);
		expect(packed.cols.v).toHaveProperty('l');
		expect(unpack(travelled(packed)).map((r) => r.v)).toEqual(odd);
	});

	it('writes each column in its smallest exact form', () => {
		const cols = pack(rows(392)).cols;
		expect(cols.dari).toEqual({ c: 392 });
		expect(cols.source_id).toEqual({ c: 'lap2024' });
		expect(cols.peringkat).toHaveProperty('i');
		expect(cols.index).toHaveProperty('h');
		expect(cols.predicate).toHaveProperty('v');
		expect(cols.seri).toHaveProperty('v');
		expect(cols.name).toHaveProperty('l');
		// a third of the rows' own JSON, before compression
		expect(JSON.stringify(pack(rows(392))).length).toBeLessThan(
			JSON.stringify(rows(392)).length / 3
		);
	});

	it('keeps -0 and values that are neither numbers nor strings', () => {
		const given = [
			{ a: -0, b: true, c: null },
			{ a: 1, b: false, c: 'x' },
			{ a: 2, b: true, c: null }
		];
		const back = unpack(pack(given));
		expect(Object.is(back[0]?.a, -0)).toBe(true);
		expect(back).toEqual(given);
	});

	it('packs no rows into no rows', () => {
		expect(unpack(travelled(pack([])))).toEqual([]);
	});
});
