import { describe, expect, test } from 'vitest';
import id from '../../../messages/id.json';
import en from '../../../messages/en.json';
import { m } from '$lib/paraglide/messages.js';
import {
	formatDate,
	formatDelta,
	formatInt,
	formatPercent,
	formatPoints,
	formatRank,
	formatScore
} from './index';
import { pickKind } from './families/kind';
import { pickPredicate } from './families/predicate';

describe('formatting', () => {
	test('decimal comma in Indonesian, point in English', () => {
		expect(formatScore(3.82, 'id')).toBe('3,82');
		expect(formatScore(3.82, 'en')).toBe('3.82');
		expect(formatScore(4, 'id')).toBe('4,00');
		expect(formatScore(null, 'id')).toBe('–');
	});
	test('signed differences with a real minus', () => {
		expect(formatDelta(1.22, 'id')).toBe('+1,22');
		expect(formatDelta(-0.19, 'en')).toBe('−0.19');
		expect(formatDelta(0, 'en')).toBe('±0.00');
		expect(formatDelta(3.82 - 2.6, 'id')).toBe('+1,22');
	});
	test('scores and counts read exactly as Intl.NumberFormat writes them', () => {
		// the formatting skips Intl where the result is certain to be the same: every hundredth
		// from 0 to 1000, values between hundredths (ties included) and the cases left to Intl
		const intl = {
			id: [
				new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
				new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }),
				new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 }),
				new Intl.NumberFormat('id-ID', { minimumFractionDigits: 3, maximumFractionDigits: 4 })
			],
			en: [
				new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
				new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
				new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
				new Intl.NumberFormat('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 4 })
			]
		} as const;
		const values = [
			...Array.from({ length: 100_001 }, (_, i) => i / 100),
			...Array.from({ length: 2000 }, (_, i) => i / 1000 + 0.0005),
			...Array.from({ length: 2000 }, (_, i) => (i * 7919) / 2000 + 1 / 3),
			// any double below 1000, from a fixed pseudo-random sequence
			...Array.from({ length: 20_000 }, (_, i) => ((i * 2654435761) % 4294967296) / 4294967.296),
			1.005,
			0.145,
			14.5,
			4.245,
			0.125,
			2.675,
			999.995,
			999.994,
			1000,
			1234.5,
			-0,
			-1.5,
			-0.004,
			1e6
		];
		for (const lang of ['id', 'en'] as const)
			for (const v of values) {
				expect(formatScore(v, lang), `${v}`).toBe(intl[lang][0].format(v));
				expect(formatInt(v, lang), `${v}`).toBe(intl[lang][1].format(v));
				// shares as percents: 0.145 is 15 %, though 0.145 × 100 is 14.499… as a double
				expect(formatPercent(v / 100, lang), `${v / 100}`).toBe(intl[lang][2].format(v / 100));
				expect(formatPercent(v / 1000, lang), `${v / 1000}`).toBe(intl[lang][2].format(v / 1000));
				// an indicator's gain: three or four decimals
				expect(formatPoints(v / 10_000, lang), `${v / 10_000}`).toBe(
					intl[lang][3].format(v / 10_000)
				);
				expect(formatPoints(v, lang), `${v}`).toBe(intl[lang][3].format(v));
			}
	});
	test('dates read as Intl.DateTimeFormat writes them, on the calendar of Jakarta', () => {
		const intl = (lang: string) =>
			new Intl.DateTimeFormat(lang, {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'Asia/Jakarta'
			});
		const formats = { id: intl('id-ID'), en: intl('en-GB') } as const;
		// every day from 2018 to 2030, at hours either side of midnight in Jakarta
		for (let t = Date.UTC(2018, 0, 1); t < Date.UTC(2031, 0, 1); t += 86_400_000)
			for (const hour of [0, 16, 17, 23])
				for (const lang of ['id', 'en'] as const) {
					const iso = new Date(t + hour * 3_600_000).toISOString();
					expect(formatDate(iso, lang), iso).toBe(formats[lang].format(new Date(iso)));
				}
		expect(formatDate('2026-12-02T20:00:00Z', 'id')).toBe('3 Desember 2026');
		expect(formatDate('bukan tanggal', 'en')).toBe('bukan tanggal');
	});
	test('ties as =rank', () => {
		expect(formatRank(4, true)).toBe('=4');
		expect(formatRank(8, false)).toBe('8');
		expect(formatRank(null, false)).toBe('–');
	});
});

describe('catalogue', () => {
	const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
	test('every message has both languages and the same placeholders', () => {
		const enById = en as Record<string, string>;
		expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
		for (const [key, text] of Object.entries(id as Record<string, string>)) {
			expect(enById[key], key).toBeTruthy();
			expect(ph(enById[key]!), key).toEqual(ph(text));
		}
	});
	test('fills placeholders in the language asked for', () => {
		expect(m.rank_of({ total: 93 }, { locale: 'id' })).toBe('dari 93');
		expect(m.rank_of({ total: 93 }, { locale: 'en' })).toBe('of 93');
	});
	test('a message chosen by data', () => {
		expect(pickKind('kota')({}, { locale: 'en' })).toBe(m.kind_kota({}, { locale: 'en' }));
		expect(pickPredicate('Sangat Baik')({}, { locale: 'id' })).toBe('Sangat Baik');
		expect(pickKind('unknown')()).toBe('kind.unknown');
	});
});

describe('English words', () => {
	test('instansi is "body" in English (the import columns list the names typed in a file)', () => {
		const left = Object.entries(en as Record<string, string>).filter(
			([key, text]) => key !== 'imp_format' && /\binstansi\b/i.test(text)
		);
		expect(left).toEqual([]);
	});
	test('a group has one English name, without the Indonesian in brackets', () => {
		const text = Object.values(en as Record<string, string>).join('\n');
		expect(text).not.toMatch(/\((?:kabupaten|kota|lembaga|provinsi)\)/);
	});
});
