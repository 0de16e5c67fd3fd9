import { describe, expect, test } from 'vitest';
import {
	createCentralMatcher,
	levenshtein,
	nameKey,
	slugify,
	type CentralAlias,
	type CentralInstansi
} from './index';

describe('slugify', () => {
	test.each([
		[
			'Kementerian Koordinator Bidang Politik, Hukum dan Keamanan',
			'kementerian-koordinator-bidang-politik-hukum-dan-keamanan'
		],
		[
			'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah',
			'lembaga-kebijakan-pengadaan-barang-jasa-pemerintah'
		],
		[
			'Kementerian Pekerjaan Umum & Perumahan Rakyat',
			'kementerian-pekerjaan-umum-dan-perumahan-rakyat'
		],
		['  Badan Nasional Pencarian Dan Pertolongan ', 'badan-nasional-pencarian-dan-pertolongan'],
		['Kantor Staf Présiden (KSP)', 'kantor-staf-presiden-ksp'],
		["Jum'at -- Sabtu", 'jumat-sabtu'],
		['', '']
	])('%j → %j', (name, slug) => expect(slugify(name)).toBe(slug));

	test('a slug is its own slug', () => {
		const slug = slugify('Badan Meteorologi, Klimatologi dan Geofisika');
		expect(slugify(slug)).toBe(slug);
	});
});

describe('nameKey', () => {
	test('ignores case, spaces and punctuation', () => {
		expect(nameKey('Badan Meteorologi, Klimatologi dan Geofisika')).toBe(
			nameKey('badan meteorologi klimatologi DAN geofisika')
		);
	});
	test('reads & as dan and RI as Republik Indonesia', () => {
		expect(nameKey('Pekerjaan Umum & Perumahan Rakyat')).toBe(
			nameKey('Pekerjaan Umum dan Perumahan Rakyat')
		);
		expect(nameKey('Perpustakaan Nasional RI')).toBe(
			nameKey('Perpustakaan Nasional Republik Indonesia')
		);
	});
	test('expands RI only as a whole word', () => {
		expect(nameKey('Radio Republik Indonesia')).not.toBe(nameKey('RRI'));
		expect(nameKey('RRI')).toBe('rri');
	});
});

describe('levenshtein', () => {
	test.each([
		['', '', 0],
		['abc', '', 3],
		['kitten', 'sitting', 3],
		['keuangan', 'keuangn', 1]
	])('%j ↔ %j = %i', (a, b, d) => {
		expect(levenshtein(a, b)).toBe(d);
		expect(levenshtein(b, a)).toBe(d);
	});
});

const bodies: CentralInstansi[] = [
	{
		slug: 'kementerian-keuangan',
		name: 'Kementerian Keuangan',
		kind: 'kementerian',
		abbreviation: 'Kemenkeu'
	},
	{
		slug: 'kementerian-kesehatan',
		name: 'Kementerian Kesehatan',
		kind: 'kementerian',
		abbreviation: 'Kemenkes'
	},
	{
		slug: 'kementerian-komunikasi-dan-informatika',
		name: 'Kementerian Komunikasi dan Informatika',
		kind: 'kementerian',
		abbreviation: 'Kominfo'
	},
	{
		slug: 'badan-pusat-statistik',
		name: 'Badan Pusat Statistik',
		kind: 'lembaga',
		abbreviation: 'BPS'
	},
	{
		slug: 'sekretariat-jenderal-mahkamah-agung-ri',
		name: 'Sekretariat Jenderal Mahkamah Agung RI',
		kind: 'lembaga',
		abbreviation: 'MA'
	},
	{
		slug: 'badan-pengusahaan-batam',
		name: 'Badan Pengusahaan Batam',
		kind: 'lembaga',
		abbreviation: 'BP Batam'
	},
	{
		slug: 'lembaga-sensor-film',
		name: 'Lembaga Sensor Film',
		kind: 'lembaga',
		abbreviation: ''
	}
];

const aliases: CentralAlias[] = [
	{
		alias: 'Kementerian Komunikasi dan Digital (Komdigi)',
		slug: 'kementerian-komunikasi-dan-informatika',
		reason: 'renamed 2024'
	},
	{
		alias: 'Mahkamah Agung RI',
		slug: 'sekretariat-jenderal-mahkamah-agung-ri',
		reason: 'printed name 2023'
	}
];

describe('createCentralMatcher', () => {
	const matcher = createCentralMatcher(bodies, aliases);

	test.each([
		['Kementerian Keuangan', 'kementerian-keuangan'],
		['  kementerian  KEUANGAN. ', 'kementerian-keuangan'],
		[
			'Sekretariat Jenderal Mahkamah Agung Republik Indonesia',
			'sekretariat-jenderal-mahkamah-agung-ri'
		]
	])('canonical name %j', (name, slug) => expect(matcher.match(name)).toEqual({ ok: true, slug }));

	test.each([
		['Kementerian Komunikasi dan Digital (Komdigi)', 'kementerian-komunikasi-dan-informatika'],
		['Mahkamah Agung RI', 'sekretariat-jenderal-mahkamah-agung-ri'],
		['Mahkamah Agung Republik Indonesia', 'sekretariat-jenderal-mahkamah-agung-ri']
	])('alias %j', (name, slug) => expect(matcher.match(name)).toEqual({ ok: true, slug }));

	test.each([
		['Kemenkeu', 'kementerian-keuangan'],
		['BPS', 'badan-pusat-statistik'],
		['bp batam', 'badan-pengusahaan-batam'],
		['KOMINFO', 'kementerian-komunikasi-dan-informatika']
	])('abbreviation %j', (name, slug) => expect(matcher.match(name)).toEqual({ ok: true, slug }));

	test('a misspelt name is not accepted, only suggested', () => {
		const result = matcher.match('Kementerian Keuangn');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.reason).toBe('none');
		expect(result.candidates[0]?.slug).toBe('kementerian-keuangan');
	});

	test('an unknown name has no match and only near suggestions', () => {
		const result = matcher.match('Kementerian Komunikasi dan Digital');
		expect(result).toMatchObject({ ok: false, reason: 'none' });
		if (result.ok) return;
		expect(result.candidates.map((b) => b.slug)).toContain(
			'kementerian-komunikasi-dan-informatika'
		);
		expect(result.candidates.map((b) => b.slug)).not.toContain('badan-pusat-statistik');
	});

	test('nothing alike gives no suggestions', () => {
		expect(matcher.match('Pemerintah Kota Bandung')).toEqual({
			ok: false,
			reason: 'none',
			candidates: []
		});
		expect(matcher.match('')).toEqual({
			ok: false,
			reason: 'none',
			candidates: []
		});
		expect(matcher.suggest('Kementerian Keuangan', 0)).toEqual([]);
	});

	test('suggest ranks the closest first and respects the limit', () => {
		expect(matcher.suggest('Kementerian Kesehatn', 1).map((b) => b.slug)).toEqual([
			'kementerian-kesehatan'
		]);
		expect(matcher.suggest('Kementerian Ke', 2)).toHaveLength(2);
	});

	test('a key shared by two bodies is ambiguous', () => {
		const shared = createCentralMatcher(
			bodies,
			aliases.concat({
				alias: 'BPS',
				slug: 'lembaga-sensor-film',
				reason: 'test'
			})
		);
		const result = shared.match('B.P.S.');
		expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
		if (result.ok) return;
		expect(result.candidates.map((b) => b.slug).sort()).toEqual([
			'badan-pusat-statistik',
			'lembaga-sensor-film'
		]);
	});

	test('an alias repeating an abbreviation of the same body is not ambiguous', () => {
		const same = createCentralMatcher(
			bodies,
			aliases.concat({
				alias: 'Kemenkeu',
				slug: 'kementerian-keuangan',
				reason: 'test'
			})
		);
		expect(same.match('Kemenkeu')).toEqual({
			ok: true,
			slug: 'kementerian-keuangan'
		});
	});

	test('rejects an alias to an unknown slug and a repeated slug', () => {
		expect(() =>
			createCentralMatcher(bodies, [{ alias: 'X', slug: 'no-such-body', reason: 'test' }])
		).toThrow(/no-such-body/);
		const first = bodies[0];
		if (!first) throw new Error('fixture');
		expect(() => createCentralMatcher([first, first], [])).toThrow(/repeated/);
	});
});
