import { describe, expect, test } from 'vitest';
import { csvCell, csvScore, toCsv, EXCEL_ID } from './index';

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

describe('dialects', () => {
	test('a shared rank as printed stays "=4"; other formulas are still neutralised', () => {
		expect(csvCell('=4')).toBe('=4');
		expect(csvCell('=4+1')).toBe("'=4+1");
		expect(csvCell('=A1')).toBe("'=A1");
	});
	test('Excel in an Indonesian locale: BOM, semicolons, decimal commas', () => {
		const rows = [
			{ nama: 'Kota Malang; Jawa Timur', kode: '35.73', nilai: '4.24', d: -0.19, n: 2024, r: '=4' }
		];
		const dialect = { ...EXCEL_ID, decimals: ['nilai', 'd'] };
		const csv = toCsv(rows, ['nama', 'kode', 'nilai', 'd', 'n', 'r'], undefined, dialect);
		expect(csv).toBe(
			'\ufeffnama;kode;nilai;d;n;r\r\n"Kota Malang; Jawa Timur";35.73;4,24;-0,19;2024;=4\r\n'
		);
		// a comma needs no quotes there; a text that only looks like a number elsewhere keeps its dot
		expect(csvCell('Tabel 28, No 3.1', EXCEL_ID)).toBe('Tabel 28, No 3.1');
	});
});
