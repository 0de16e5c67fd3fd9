/**
 * The streaming XLSX reader: cells of every kind, shared strings stored after the sheet, a
 * 60,000-row sheet row by row, and the refusals (not an XLSX, too many rows, a zip bomb that
 * declares its size or lies about it).
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { xlsxBytes, zipStored } from './fixtures/xlsx';
import { readXlsxRows, XlsxRefusal, type XlsxCell } from './xlsx';

const deflate = (b: Uint8Array) => new Uint8Array(deflateRawSync(b));

async function rowsOf(bytes: Uint8Array<ArrayBuffer>, opts = {}) {
	const rows: [number, XlsxCell[]][] = [];
	await readXlsxRows(new Blob([bytes]), (cells, n) => void rows.push([n, cells]), opts);
	return rows;
}

describe('readXlsxRows', () => {
	it.each([false, true])(
		'reads numbers, text and gaps (shared strings: %s), deflated',
		async (shared) => {
			const rows = await rowsOf(
				xlsxBytes(
					[
						['nama', 'tahun', 'indeks'],
						['Kota Malang & "Batu" <x>', 2027, 3.82],
						['Kota Bandung', null, 4.1]
					],
					{ shared, deflate }
				)
			);
			expect(rows).toEqual([
				[1, ['nama', 'tahun', 'indeks']],
				[2, ['Kota Malang & "Batu" <x>', 2027, 3.82]],
				[3, ['Kota Bandung', null, 4.1]]
			]);
		}
	);

	it('reads a 60,000-row sheet row by row', async () => {
		const sheet = [['nama', 'kode', 'tahun', 'indeks'] as XlsxCell[]];
		for (let i = 0; i < 60_000; i++) sheet.push(['Kota Malang', '35.73', 2025 + (i % 70), 3.82]);
		let count = 0;
		let last: XlsxCell[] = [];
		await readXlsxRows(
			new Blob([xlsxBytes(sheet as (string | number | null)[][], { shared: true, deflate })]),
			(cells) => {
				count++;
				last = cells;
			}
		);
		expect(count).toBe(60_001);
		expect(last).toEqual(['Kota Malang', '35.73', 2025 + (59_999 % 70), 3.82]);
	});

	it('stops when the caller has enough', async () => {
		const sheet = [['a'], ...Array.from({ length: 100 }, (_, i) => [i])];
		let count = 0;
		await readXlsxRows(new Blob([xlsxBytes(sheet)]), () => ++count < 6);
		expect(count).toBe(6);
	});

	it('refuses more rows than the limit', async () => {
		const sheet = [['a'], ...Array.from({ length: 11 }, (_, i) => [i])];
		await expect(rowsOf(xlsxBytes(sheet), { maxRows: 10 })).rejects.toMatchObject({
			code: 'tooManyRows',
			params: { rows: 11, max: 10 }
		});
	});

	it('refuses what is not an XLSX', async () => {
		await expect(rowsOf(new TextEncoder().encode('nama,tahun\n'))).rejects.toBeInstanceOf(
			XlsxRefusal
		);
		await expect(rowsOf(zipStored({ 'a.txt': 'x' }))).rejects.toMatchObject({ code: 'notXlsx' });
	});

	it('refuses a zip bomb while inflating, and one that declares its size before', async () => {
		const zeros = new Uint8Array(20 * 1024 * 1024);
		const bomb = (declare: Record<string, number>) =>
			zipStored(
				{
					'xl/workbook.xml': '<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>',
					'xl/_rels/workbook.xml.rels':
						'<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
					'xl/worksheets/sheet1.xml': zeros
				},
				deflate,
				declare
			);
		// lies: declares 1 KB
		await expect(
			rowsOf(bomb({ 'xl/worksheets/sheet1.xml': 1024 }), { maxUnpacked: 1024 * 1024 })
		).rejects.toMatchObject({ code: 'tooLarge' });
		// declares the truth: refused before inflating
		await expect(rowsOf(bomb({}), { maxUnpacked: 1024 * 1024 })).rejects.toMatchObject({
			code: 'tooLarge',
			params: { size: zeros.length }
		});
	});
});
