import { describe, expect, it } from 'vitest';
import { createRegionMatcher, editDistance, searchKey, splitKind } from './index.ts';
import type { Region, RegionAlias, RegionKind } from './index.ts';

const PROVINCES: [string, string][] = [
	['12', 'Sumatera Utara'],
	['14', 'Riau'],
	['21', 'Kepulauan Riau'],
	['32', 'Jawa Barat'],
	['34', 'Daerah Istimewa Yogyakarta'],
	['35', 'Jawa Timur'],
	['63', 'Kalimantan Selatan'],
	['74', 'Sulawesi Tenggara']
];
const provinsiNama = new Map(PROVINCES);
const region = (kode: string, nama: string, kind: RegionKind): Region => {
	const provinsiKode = kode.slice(0, 2);
	return { kode, nama, kind, provinsiKode, provinsiNama: provinsiNama.get(provinsiKode) ?? '' };
};
const REGIONS: Region[] = [
	...PROVINCES.map(([kode, nama]) => region(kode, nama, 'provinsi')),
	region('12.12', 'Kabupaten Toba', 'kabupaten'),
	region('21.72', 'Kota Tanjung Pinang', 'kota'),
	region('32.79', 'Kota Banjar', 'kota'),
	region('35.07', 'Kabupaten Malang', 'kabupaten'),
	region('35.10', 'Kabupaten Banyuwangi', 'kabupaten'),
	region('35.73', 'Kota Malang', 'kota'),
	region('63.03', 'Kabupaten Banjar', 'kabupaten'),
	region('74.72', 'Kota Bau Bau', 'kota')
];
const ALIASES: RegionAlias[] = [
	{ alias: 'Kab. Toba Samosir', kode: '12.12', reason: 'renamed Toba (PP 2020)' },
	{ alias: 'Bangka Belitung', kode: '21', reason: 'fixture only' }
];
const matcher = createRegionMatcher(REGIONS, ALIASES);
const codes = (regions: Region[]) => regions.map((r) => r.kode);

describe('searchKey', () => {
	it.each([
		['kab malang', 'kabupaten malang'],
		['Pemerintah Kab. Malang', 'kabupaten malang'],
		['KOTA BAUBAU', 'kota baubau'],
		['Kota Bau-Bau', 'kota baubau'],
		['kabupaten banyuwangi', 'kabupaten banyuwangi'],
		['Kota Tanjung Pinang', 'kota tanjungpinang'],
		['Pemerintah Provinsi Jawa Timur', 'provinsi jawatimur'],
		['Prov. Jawa Timur', 'provinsi jawatimur'],
		['Pemerintah Kab. Kep. Mentawai', 'kabupaten kepulauanmentawai'],
		['Kab. Ogan Komering Ulu Sel.', 'kabupaten ogankomeringuluselatan'],
		['D.I Yogyakarta', 'diyogyakarta'],
		['Pemerintah D.I. Yogyakarta', 'diyogyakarta'],
		['Daerah Istimewa Yogyakarta', 'diyogyakarta'],
		['DKI Jakarta', 'dkijakarta'],
		['Daerah Khusus Ibukota Jakarta', 'dkijakarta'],
		['Kabupaten Kotabaru', 'kabupaten kotabaru'],
		['Kota Kotamobagu', 'kota kotamobagu'],
		['Kabupaten Pésisir', 'kabupaten pesisir']
	])('%s → %s', (name, key) => expect(searchKey(name)).toBe(key));

	it('keeps a lone kind word as the name', () => {
		expect(splitKind('Kota')).toEqual({ kind: null, rest: 'kota' });
		expect(splitKind('Pemerintah Aceh')).toEqual({ kind: null, rest: 'aceh' });
	});
});

describe('createRegionMatcher', () => {
	it('matches exactly, whatever the spelling of the kind, case and spaces', () => {
		for (const name of ['Kabupaten Malang', 'Kab. Malang', 'kab malang', 'Pemerintah Kab. Malang'])
			expect(matcher.match(name)).toEqual({ ok: true, kode: '35.07', via: 'exact' });
		for (const name of ['Kota Bau Bau', 'Kota Baubau', 'KOTA BAUBAU'])
			expect(matcher.match(name)).toEqual({ ok: true, kode: '74.72', via: 'exact' });
		expect(matcher.match('Kota Tanjungpinang')).toMatchObject({ ok: true, kode: '21.72' });
		expect(matcher.match('Provinsi D.I Yogyakarta')).toMatchObject({ ok: true, kode: '34' });
	});

	it('tells Kabupaten from Kota and Riau from Kepulauan Riau', () => {
		expect(matcher.match('Kota Malang')).toMatchObject({ ok: true, kode: '35.73' });
		expect(matcher.match('Riau')).toMatchObject({ ok: true, kode: '14' });
		expect(matcher.match('Kepulauan Riau')).toMatchObject({ ok: true, kode: '21' });
	});

	it('matches through the alias table, in any spelling of the alias', () => {
		expect(matcher.match('Kab. Toba Samosir')).toEqual({ ok: true, kode: '12.12', via: 'alias' });
		expect(matcher.match('Pemerintah Kabupaten Toba Samosir')).toMatchObject({ kode: '12.12' });
		expect(matcher.match('Provinsi Bangka Belitung')).toEqual({
			ok: true,
			kode: '21',
			via: 'alias'
		});
	});

	it('reports a name without a kind that fits several regions as ambiguous', () => {
		const result = matcher.match('Malang');
		expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
		if (!result.ok) expect(codes(result.candidates)).toEqual(['35.07', '35.73']);
		expect(matcher.match('Banjar')).toMatchObject({ ok: false, reason: 'ambiguous' });
	});

	it('disambiguates with the kind or province hint', () => {
		expect(matcher.match('Malang', { kind: 'kota' })).toMatchObject({ ok: true, kode: '35.73' });
		expect(matcher.match('Malang', { kind: 'kabupaten' })).toMatchObject({ kode: '35.07' });
		expect(matcher.match('Banjar', { provinsi: 'Kalimantan Selatan' })).toMatchObject({
			ok: true,
			kode: '63.03'
		});
		expect(matcher.match('Banjar', { provinsi: 'Jawa Barat' })).toMatchObject({ kode: '32.79' });
		expect(matcher.match('Aceh', { kind: 'kota' })).toMatchObject({ ok: false, reason: 'none' });
	});

	it('never returns a code outside the hinted province or of another kind', () => {
		expect(matcher.match('Kota Malang', { provinsi: 'Jawa Barat' })).toMatchObject({
			ok: false,
			reason: 'none'
		});
		expect(matcher.match('Kab. Toba Samosir', { provinsi: 'Jawa Timur' })).toMatchObject({
			ok: false
		});
		expect(matcher.match('Kota Malang', { kind: 'kabupaten' })).toMatchObject({ ok: false });
		expect(matcher.match('Kota Malang', { provinsi: 'Jawa Timur' })).toMatchObject({ ok: true });
	});

	it('resolves a loosely spelled province hint, and fails on an unknown one', () => {
		expect(matcher.match('Kota Malang', { provinsi: 'JAWA TIMUR' })).toMatchObject({ ok: true });
		expect(matcher.match('Provinsi DIY', { provinsi: 'D.I Yogyakarta' })).toMatchObject({
			ok: false,
			reason: 'none'
		});
		expect(matcher.match('Kota Malang', { provinsi: 'Jawa Timor' })).toMatchObject({
			ok: false,
			reason: 'none'
		});
	});

	it('gives near misses for an unknown name, never a fuzzy match', () => {
		const result = matcher.match('Kabupaten Banyuwangy');
		expect(result).toMatchObject({ ok: false, reason: 'none' });
		if (!result.ok) expect(result.candidates[0]?.kode).toBe('35.10');
		expect(codes(matcher.suggest('Kota Bau', 2))).toEqual(['74.72', '32.79']);
		expect(codes(matcher.suggest('Malng', 2))).toEqual(['35.07', '35.73']);
	});

	it('rejects an alias to an unknown code or of the wrong kind', () => {
		const bad = (alias: string, kode: string) => () =>
			createRegionMatcher(REGIONS, [{ alias, kode, reason: 'test' }]);
		expect(bad('Kab. Somewhere', '99.99')).toThrow(/unknown kode/);
		expect(bad('Kota Toba', '12.12')).toThrow(/is a kota/);
	});
});

describe('editDistance', () => {
	it.each([
		['', 'abc', 3],
		['malang', 'malang', 0],
		['malng', 'malang', 1],
		['kitten', 'sitting', 3]
	])('%s, %s → %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));
});
