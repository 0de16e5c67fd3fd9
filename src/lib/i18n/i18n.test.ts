import { describe, expect, test } from 'vitest';
import id from '../../../messages/id.json';
import en from '../../../messages/en.json';
import { m } from '$lib/paraglide/messages.js';
import { formatDelta, formatRank, formatScore } from './index';
import { pickKind, pickPredicate } from './families';

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
