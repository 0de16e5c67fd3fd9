import { describe, expect, test } from 'vitest';
import { gapToNext, parseHundredths, hundredthsToText, predicateOf, readScore } from './index';

describe('readScore: the one score parser', () => {
	test.each([
		['3.82', {}, { h: 382 }],
		['3,82', {}, { h: 382 }],
		[' 5 ', {}, { h: 500 }],
		['-0', {}, { h: 0 }],
		['+3.5', {}, { h: 350 }],
		['-0.2', { signed: true }, { h: -20 }],
		['−1,22', { signed: true }, { h: -122 }],
		['81.25', { max: 10000 }, { h: 8125 }],
		['abc', {}, { error: 'notNumber' }],
		['1e2', {}, { error: 'notNumber' }],
		['3..5', {}, { error: 'notNumber' }],
		['3.', {}, { error: 'notNumber' }],
		['3.825', {}, { error: 'decimals' }],
		['5.01', {}, { error: 'outOfRange' }],
		['-1', {}, { error: 'outOfRange' }],
		['-5.01', { signed: true }, { error: 'outOfRange' }]
	] as const)('%j %j → %j', (text, options, want) =>
		expect(readScore(text, options)).toEqual(want)
	);
});

describe('parseHundredths', () => {
	test.each([
		['3.82', 382],
		['3,82', 382],
		['5.0', 500],
		['4', 400],
		[' 0.30 ', 30],
		['-0.19', -19]
	])('%s → %i', (text, h) => expect(parseHundredths(text)).toBe(h));
	test.each(['', 'abc', '3.821', '1.2.3', ',60', '100'])('rejects %j', (text) =>
		expect(parseHundredths(text)).toBeNull()
	);
	test('differences stay exact where doubles drift', () => {
		expect(3.82 - 2.6).not.toBe(1.22);
		expect((parseHundredths('3.82') ?? 0) - (parseHundredths('2.60') ?? 0)).toBe(122);
		expect(hundredthsToText(122)).toBe('1.22');
		expect(hundredthsToText(-19)).toBe('-0.19');
	});
});

describe('predicateOf', () => {
	test.each([
		[105, 'Kurang'],
		[179, 'Kurang'],
		[180, 'Cukup'],
		[259, 'Cukup'],
		[260, 'Baik'],
		[349, 'Baik'],
		[350, 'Sangat Baik'],
		[419, 'Sangat Baik'],
		[420, 'Memuaskan'],
		[500, 'Memuaskan']
	])('%i hundredths is %s', (h, p) => expect(predicateOf(h)).toBe(p));
	test('unrounded recomputations (1e-5 units) fall below the edge', () => {
		expect(predicateOf(179_850, 100_000)).toBe('Kurang');
		expect(predicateOf(349_860, 100_000)).toBe('Baik');
		expect(predicateOf(350_000, 100_000)).toBe('Sangat Baik');
	});
	test('gap to the next predicate', () => {
		expect(gapToNext(382)).toEqual({ next: 'Memuaskan', gapH: 38 });
		expect(gapToNext(424)).toBeNull();
	});
});
