/**
 * Search and suggestions on the real directory (static/data): every region and central body,
 * with the keys the prerendered /cari.json carries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPublished, type NodeEngine } from '$lib/db/engine-node';
import { queries } from '$lib/db/queries';
import { entryKeys, queryKeys, search, suggest, type SearchEntry } from './index';

let engine: NodeEngine;
let index: SearchEntry[];
beforeAll(async () => {
	engine = await openPublished('static/data');
	index = (await queries.directory(engine)).map((d) => ({
		i: d.id,
		n: d.name,
		k: d.kind,
		p: d.provinsi_nama,
		s: entryKeys(d.name, d.abbreviation)
	}));
});
afterAll(() => engine.close());

const first = (q: string) => search(index, q)[0]?.n;

describe('search', () => {
	it.each([
		['kab malang', 'Kabupaten Malang'],
		['Kab. Malang', 'Kabupaten Malang'],
		['KOTA BAUBAU', 'Kota Bau Bau'],
		['kota bau bau', 'Kota Bau Bau'],
		['kabupaten banyuwangi', 'Kabupaten Banyuwangi'],
		['kabupatenbanyuwangi', 'Kabupaten Banyuwangi'],
		['kota malang', 'Kota Malang'],
		['jawa timur', 'Provinsi Jawa Timur'],
		['Kemenkeu', 'Kementerian Keuangan'],
		['Kementerian PANRB', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi']
	])('%j finds %s first', (q, name) => {
		expect(first(q)).toBe(name);
	});

	it('a bare name finds every kind that carries it', () => {
		const names = search(index, 'malang').map((e) => e.n);
		expect(names).toContain('Kota Malang');
		expect(names).toContain('Kabupaten Malang');
	});

	it('folds the query like the keys', () => {
		expect(queryKeys('Kab. Malang')).toContain('kabupatenmalang');
		expect(queryKeys('   ')).toEqual([]);
		expect(search(index, '')).toEqual([]);
	});

	it('keeps the index small', () => {
		expect(index).toHaveLength(646);
		expect(JSON.stringify(index).length).toBeLessThan(80_000);
	});
});

describe('suggest', () => {
	it('an unknown code suggests its province and its nearest codes', () => {
		const got = suggest(index, '35.99').map((e) => e.i);
		expect(got).toHaveLength(6);
		expect(got.every((i) => i.startsWith('35'))).toBe(true);
		expect(got[0]).toBe('35.79'); // Kota Batu, the highest code in Jawa Timur
	});

	it('a misspelt name suggests the closest names', () => {
		expect(suggest(index, 'kota-malangg').map((e) => e.n)).toContain('Kota Malang');
		expect(suggest(index, 'banyuwangy').map((e) => e.n)).toContain('Kabupaten Banyuwangi');
	});
});
