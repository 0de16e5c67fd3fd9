/**
 * Search and suggestions on the real directory (static/data): every region and central body,
 * with the keys the prerendered /cari.json carries.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/db/types';
import { openPublished, type NodeEngine } from '$lib/db/engine-node';
import { queries } from '$lib/db/queries';
import { entryKeys, onlyMatch, queryKeys, rank, search, suggest, type SearchEntry } from './index';

let engine: NodeEngine;
let index: SearchEntry[];
beforeAll(async () => {
	engine = await openPublished('static/data');
	index = (await queries.directory(engine)).map((d) => ({
		i: d.id,
		n: d.name,
		k: d.kind,
		p: d.provinsi_nama,
		s: entryKeys(d.name, d.abbreviation),
		...(d.abbreviation ? { a: d.abbreviation } : {})
	}));
});
afterAll(() => engine.close());

const first = (q: string) => search(index, q)[0]?.n;

describe('search', () => {
	it.each([
		['kab malang', 'Kabupaten Malang'],
		['Kab. Malang', 'Kabupaten Malang'],
		['KOTA BAUBAU', 'Kota Baubau'],
		['kota bau bau', 'Kota Baubau'],
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
		// 552 regions and 94 central bodies, and the 45 evaluated only before 2023 with the history
		const history = (JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Manifest)
			.history;
		expect(index).toHaveLength(646 + (history?.installed ? 45 : 0));
		expect(JSON.stringify(index).length).toBeLessThan(90_000);
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

describe('search that forgives', () => {
	const names = (q: string) => search(index, q, 100).map((e) => e.n);

	it.each([
		'kota bengkulu',
		'Bengkulu',
		'bengkulu kota',
		'pemkot bengkulu',
		'kt bengkulu',
		'kot bengkulu',
		'Pemkot Bengkulu',
		'#pemkotbengkulu',
		'kota bengkuluu',
		'bengkolu',
		'bengklu',
		'bnegkulu',
		'kota bengk',
		'beng'
	])('%j finds Kota Bengkulu', (q) => {
		expect(names(q)).toContain('Kota Bengkulu');
	});

	it.each([
		['kota bengkulu', 'Kota Bengkulu'],
		['bengkulu kota', 'Kota Bengkulu'],
		['pemkot bengkulu', 'Kota Bengkulu'],
		['kt bengkulu', 'Kota Bengkulu'],
		['kota bengkuluu', 'Kota Bengkulu'],
		['pemkab malang', 'Kabupaten Malang'],
		['malang kab', 'Kabupaten Malang'],
		['pemprov jatim', 'Provinsi Jawa Timur'],
		['prov jawa timur', 'Provinsi Jawa Timur'],
		['dki jakarta', 'Provinsi Daerah Khusus Ibukota Jakarta'],
		['kemenkeu', 'Kementerian Keuangan'],
		['kemenkue', 'Kementerian Keuangan'],
		['kementerian panrb', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'],
		['polhukam', 'Kementerian Koordinator Bidang Politik, Hukum dan Keamanan'],
		['bps', 'Badan Pusat Statistik'],
		['badan pusat statistik', 'Badan Pusat Statistik'],
		['statistik', 'Badan Pusat Statistik'],
		['kabupaten banyuwangy', 'Kabupaten Banyuwangi']
	])('%j finds %s first', (q, name) => {
		expect(first(q)).toBe(name);
	});

	it.each(['xyzzy', 'qwerty', 'asdfghjkl', 'kota zzzzz', 'bengkulu xyzzy', 'zz'])(
		'%j finds nothing',
		(q) => {
			expect(search(index, q)).toEqual([]);
		}
	);

	it('ranks exact words, then the shortest name, then beginnings, then mistakes', () => {
		const got = names('bengkulu');
		// the province and the city carry exactly the word; the regencies add one
		expect(got.slice(0, 2)).toEqual(['Provinsi Bengkulu', 'Kota Bengkulu']);
		expect(got.slice(2, 5).every((n) => /^Kabupaten Bengkulu /.test(n))).toBe(true);
		// a kind in the query keeps only that kind, in any order
		expect(names('kabupaten bengkulu')[0]).toMatch(/^Kabupaten Bengkulu /);
		expect(names('kota bengkulu')).toEqual(['Kota Bengkulu']);
		// a beginning before a typing mistake
		const ranked = rank(index, 'batu');
		expect(ranked[0]?.entry.n).toBe('Kota Batu');
		expect(ranked.map((r) => r.cost)).toEqual([...ranked.map((r) => r.cost)].sort((a, b) => a - b));
		// words of the province narrow a kind: every kota of Jawa Timur
		const jatim = names('kota jatim');
		expect(jatim).toContain('Kota Malang');
		expect(jatim.every((n) => n.startsWith('Kota '))).toBe(true);
	});

	it('opens one profile only when the query names it outright', () => {
		expect(onlyMatch(rank(index, 'kota bengkulu'))?.n).toBe('Kota Bengkulu');
		expect(onlyMatch(rank(index, 'kab malang'))?.n).toBe('Kabupaten Malang');
		expect(onlyMatch(rank(index, 'bengkulu'))).toBeNull(); // province and city
		expect(onlyMatch(rank(index, 'malang'))).toBeNull();
		expect(onlyMatch(rank(index, 'xyzzy'))).toBeNull();
	});
});
