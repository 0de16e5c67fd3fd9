import { describe, expect, test } from 'vitest';
import { csvCell, csvScore, toCsv } from './index';

describe('csv', () => {
	test('neutralises formulas in text but keeps negative numbers', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('＝HYPERLINK(1)')).toBe(`'＝HYPERLINK(1)`);
		expect(csvCell('+62')).toBe("'+62");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('-A1')).toBe("'-A1");
		expect(csvCell(-0.19)).toBe('-0.19');
		expect(csvCell('-0.19')).toBe('-0.19');
		expect(csvCell('-0.19+A1')).toBe("'-0.19+A1");
	});
	test('quotes commas, quotes and newlines', () => {
		expect(csvCell('Kementerian Koordinator Bidang Politik, Hukum dan Keamanan')).toBe(
			'"Kementerian Koordinator Bidang Politik, Hukum dan Keamanan"'
		);
		expect(csvCell('a\nb')).toBe('"a\nb"');
	});
	test('rows in column order, two-decimal scores', () => {
		expect(toCsv([{ a: 1, b: 'x' }], ['b', 'a'])).toBe('b,a\r\nx,1\r\n');
		expect(csvScore(4.2)).toBe('4.20');
		expect(csvScore(null)).toBe('');
	});
});
