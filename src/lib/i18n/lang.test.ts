import { describe, expect, test } from 'vitest';
import { inLang, withLang } from './lang';

describe('addresses by language', () => {
	test('a page moves under /en, a file keeps its one address', () => {
		expect(withLang('/peringkat/indeks/kota/2024', 'en')).toBe('/en/peringkat/indeks/kota/2024');
		expect(withLang('/wilayah/35.73', 'en')).toBe('/en/wilayah/35.73');
		expect(withLang('/', 'en')).toBe('/en');
		expect(withLang('/peringkat/indeks/kota/2024.csv', 'en')).toBe(
			'/peringkat/indeks/kota/2024.csv'
		);
		expect(withLang('/en/sumber', 'id')).toBe('/sumber');
	});
	test('the same view in the other language keeps the query, drops the old ?lang=', () => {
		expect(inLang('en', '/peringkat/indeks/kota/2024', '?lang=en&provinsi=35')).toBe(
			'/en/peringkat/indeks/kota/2024?provinsi=35'
		);
		expect(inLang('id', '/en/wilayah/35.73', '?urut=nama')).toBe('/wilayah/35.73?urut=nama');
		expect(inLang('id', '/en', '')).toBe('/');
	});
});
