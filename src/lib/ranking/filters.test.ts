import { describe, expect, it } from 'vitest';
import { NO_FILTERS, hasFilters, parseFilters, parseScoreText, writeFilters } from './filters';

const PROVINCES = new Set(['32', '33', '35']);
const parse = (q: string) => parseFilters(new URLSearchParams(q), PROVINCES);

describe('parseScoreText', () => {
	it.each([
		['3.5', '3.50'],
		['3,5', '3.50'],
		['3.82', '3.82'],
		['0', '0.00'],
		['-0.2', '-0.20'],
		['−1,22', '-1.22'],
		['5.00', '5.00']
	])('%s → %s', (text, want) => expect(parseScoreText(text, { signed: true })).toBe(want));

	it.each(['abc', '3.825', '12', '5.01', '', '1e2', '3..5', '0x3', ' -'])('rejects %j', (text) =>
		expect(parseScoreText(text, { signed: true })).toBeNull()
	);

	it('rejects a sign unless asked', () => expect(parseScoreText('-1')).toBeNull());
});

describe('parseFilters', () => {
	it('reads every filter', () => {
		expect(parse('provinsi=35&predikat=sangat-baik&min=3,5&naik=0.2&q=Malang&dua=1')).toEqual({
			filters: {
				provinsi: '35',
				predikat: 'Sangat Baik',
				min: '3.50',
				naik: '0.20',
				q: 'Malang',
				dua: true
			},
			invalid: []
		});
	});

	it('gives no filters for an empty address and ignores other parameters', () => {
		expect(parse('lang=en&kelompok=kota')).toEqual({ filters: NO_FILTERS, invalid: [] });
		expect(hasFilters(NO_FILTERS)).toBe(false);
	});

	it('drops each malformed value, keeps the rest and says which', () => {
		const { filters, invalid } = parse(
			'provinsi=99&predikat=Hebat&min=tinggi&naik=1.234&q=kota&dua=ya'
		);
		expect(filters).toEqual({ ...NO_FILTERS, q: 'kota' });
		expect(invalid.map((i) => i.key)).toEqual(['provinsi', 'predikat', 'min', 'naik', 'dua']);
		expect(invalid[0]).toEqual({ key: 'provinsi', value: '99' });
	});

	it('round-trips through writeFilters, keeping other parameters', () => {
		const q = 'lang=en&provinsi=33&predikat=Baik&min=3.00&naik=-0.10&q=kota&dua=1';
		const { filters } = parse(q);
		const written = writeFilters(new URLSearchParams(q), filters);
		expect(written.get('lang')).toBe('en');
		expect(parseFilters(written, PROVINCES)).toEqual({ filters, invalid: [] });
		expect(writeFilters(written, NO_FILTERS).toString()).toBe('lang=en');
	});
});
