import { describe, expect, test } from 'vitest';
import { MESSAGES, formatDelta, formatRank, formatScore, translate } from './index';

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
	test('every key has both languages and the same placeholders', () => {
		for (const key of Object.keys(MESSAGES.id) as (keyof typeof MESSAGES.id)[]) {
			const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(MESSAGES.en[key], key).toBeTruthy();
			expect(ph(MESSAGES.en[key]), key).toEqual(ph(MESSAGES.id[key]));
		}
	});
	test('fills placeholders', () => {
		expect(translate('id', 'rank.of', { total: 93 })).toBe('dari 93');
		expect(translate('en', 'rank.of', { total: 93 })).toBe('of 93');
	});
});
