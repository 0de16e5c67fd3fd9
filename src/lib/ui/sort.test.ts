import { describe, expect, it } from 'vitest';
import { ariaSort, compareNames, nextSort, parseSort, sortRows, writeSort } from './sort';

const rows = [
	{ name: 'Kota Malang', v: 4.24 },
	{ name: 'kota Batu', v: null },
	{ name: 'Kota 10', v: 3.1 },
	{ name: 'Kota 9', v: 3.1 },
	{ name: 'Kabupaten Ágam', v: 2.6 }
];
const value = (r: (typeof rows)[number], key: string) => (key === 'v' ? r.v : r.name);

describe('sortRows', () => {
	it('sorts numbers as numbers, keeps ties in table order and missing values last', () => {
		const asc = sortRows(rows, { key: 'v', dir: 'asc' }, value).map((r) => r.name);
		expect(asc).toEqual(['Kabupaten Ágam', 'Kota 10', 'Kota 9', 'Kota Malang', 'kota Batu']);
		const desc = sortRows(rows, { key: 'v', dir: 'desc' }, value).map((r) => r.name);
		expect(desc).toEqual(['Kota Malang', 'Kota 10', 'Kota 9', 'Kabupaten Ágam', 'kota Batu']);
	});
	it('sorts text in collation order, numbers inside names numerically, case and accents aside', () => {
		const asc = sortRows(rows, { key: 'name', dir: 'asc' }, value).map((r) => r.name);
		expect(asc).toEqual(['Kabupaten Ágam', 'Kota 9', 'Kota 10', 'kota Batu', 'Kota Malang']);
	});
	it('leaves the order alone without a sort, and never changes its input', () => {
		const copy = [...rows];
		expect(sortRows(rows, null, value)).toEqual(rows);
		sortRows(rows, { key: 'v', dir: 'asc' }, value);
		expect(rows).toEqual(copy);
	});
});

describe('the sort in the address', () => {
	it('reads and writes ?urut=kolom and ?urut=-kolom, ignoring unknown columns', () => {
		expect(parseSort('-nilai', ['nilai'])).toEqual({ key: 'nilai', dir: 'desc' });
		expect(parseSort('nama', ['nilai', 'nama'])).toEqual({ key: 'nama', dir: 'asc' });
		expect(parseSort('-kata', ['nilai'])).toBeNull();
		expect(parseSort(null, ['nilai'])).toBeNull();
		expect(writeSort({ key: 'nilai', dir: 'desc' })).toBe('-nilai');
		expect(writeSort(null)).toBeNull();
	});
	it('starts a new column in its natural direction and flips the sorted one', () => {
		expect(nextSort(null, 'nilai', 'desc')).toEqual({ key: 'nilai', dir: 'desc' });
		expect(nextSort({ key: 'nilai', dir: 'desc' }, 'nilai', 'desc')).toEqual({
			key: 'nilai',
			dir: 'asc'
		});
		expect(nextSort({ key: 'nilai', dir: 'asc' }, 'nama', 'asc')).toEqual({
			key: 'nama',
			dir: 'asc'
		});
		expect(ariaSort({ key: 'nama', dir: 'asc' }, 'nama')).toBe('ascending');
		expect(ariaSort({ key: 'nama', dir: 'asc' }, 'nilai')).toBeUndefined();
	});
});

describe('compareNames', () => {
	it('orders the provinces as Indonesian collation does, ignoring case', () => {
		const names = [
			'Sumatera Utara',
			'DKI Jakarta',
			'Daerah Istimewa Yogyakarta',
			'Papua Barat Daya',
			'Papua Barat',
			'Aceh',
			'bali',
			'Kepulauan Riau',
			'Kalimantan Utara'
		];
		const collator = new Intl.Collator('id');
		expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare));
	});
	it('keeps names that differ only in case apart, in a fixed order', () => {
		expect(compareNames('Riau', 'riau')).toBeLessThan(0);
		expect(compareNames('riau', 'Riau')).toBeGreaterThan(0);
		expect(compareNames('Riau', 'Riau')).toBe(0);
	});
});
