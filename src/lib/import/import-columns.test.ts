/**
 * Imported aspects, indicators and leadership indices (IDL, IDCD): recognised in
 * Indonesian and English, validated with row and column, stored in imported_score and
 * imported_leadership, ranked (1, 1, 3) and removed exactly; an XLSX parsed the way the
 * import worker parses it; datasets stored in the older format still load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEngine } from '$lib/sql/fixture';
import type { NodeEngine } from '$lib/db/engine-node';
import {
	insertDataset,
	leadershipRanking,
	removeDataset,
	storedData,
	type DatasetMeta
} from '$lib/import/tables';
import { batchToData, batchToIpc } from './encode';
import type { SearchEntry } from '$lib/search';
import { fixtureSearchIndex, problemMessage as message } from './fixtures/context';
import { importCsvBytes, importRows } from './file';
import { missingRequired, recogniseColumns, recogniseHeader, scoreColumns } from './columns';
import type { ImportResult } from './validate';
import { LEADERSHIP_ROWS, xlsxBytes } from './fixtures/xlsx';
import { readXlsxRows, type XlsxCell } from './xlsx';

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\n'));

let engine: NodeEngine;
let index: SearchEntry[];
const ctx = () => ({ index, officialYears: [2023, 2024] });

let n = 0;
function metaOf(r: ImportResult, name: string): DatasetMeta {
	return {
		id: `impor-kolom-${++n}`,
		name,
		fileName: `${name}.csv`,
		importedAt: '2025-06-01T00:00:00Z',
		rows: r.valid,
		years: r.years,
		separateYears: r.officialYears,
		leadershipYears: r.leadershipYears,
		scoreValues: r.scoreValues
	};
}

async function everything() {
	const all = async (t: string) => engine.query(`SELECT * FROM ${t} ORDER BY ALL`);
	return {
		result: await all('result'),
		imported_result: await all('imported_result'),
		imported_score: await all('imported_score'),
		imported_leadership: await all('imported_leadership'),
		source: await all('source')
	};
}

beforeAll(async () => {
	engine = await fixtureEngine();
	index = await fixtureSearchIndex(engine);
	// the tables exist, empty, before the snapshots
	await removeDataset(engine, 'none');
});
afterAll(() => engine.close());

describe('recognition', () => {
	it('reads aspects by number and by name, in Indonesian and English', () => {
		expect(
			recogniseColumns([
				'Aspek 1',
				'aspect_2',
				'A3',
				'Penyelenggara SPBE',
				'Aspek Penerapan Manajemen SPBE',
				'ICT audit',
				'Layanan Administrasi Pemerintahan Berbasis Elektronik',
				'Electronic public services',
				'Aspek 9'
			])
		).toEqual([
			'aspek:1',
			'aspek:2',
			'aspek:3',
			'aspek:4',
			'aspek:5',
			'aspek:6',
			'aspek:7',
			'aspek:8',
			'abaikan'
		]);
	});
	it('reads indicators 1–47 and nothing beyond', () => {
		expect(
			['indikator 1', 'Indicator_47', 'I12', 'ind 5', 'indikator 48'].map(recogniseHeader)
		).toEqual(['indikator:1', 'indikator:47', 'indikator:12', 'indikator:5', 'abaikan']);
	});
	it('reads the leadership indices under their names and abbreviations', () => {
		expect(
			[
				'Indeks Digital Leadership',
				'digital leadership index',
				'IDL',
				'Indeks Digital Capability Daerah',
				'Indeks Digital Capabilities Daerah',
				'Digital capability index',
				'idcd'
			].map(recogniseHeader)
		).toEqual(['idl', 'idl', 'idl', 'idcd', 'idcd', 'idcd', 'idcd']);
	});
	it('keeps the first column of a role and ignores a second', () => {
		expect(recogniseColumns(['aspek 1', 'A1', 'idl', 'IDL'])).toEqual([
			'aspek:1',
			'abaikan',
			'idl',
			'abaikan'
		]);
		expect(scoreColumns(['aspek:1', 'indikator:12', 'nama'])).toEqual([
			{ column: 0, code: 1 },
			{ column: 1, code: 112 }
		]);
	});
	it('needs a name or code, a year, and indeks or a leadership index', () => {
		expect(missingRequired(['nama', 'tahun', 'idl'])).toEqual([]);
		expect(missingRequired(['kode', 'tahun', 'idcd'])).toEqual([]);
		expect(missingRequired(['nama', 'tahun', 'aspek:1'])).toEqual(['indeks']);
		const r = importCsvBytes(csv('nama,tahun,aspek 1', 'Kota Bandung,2025,3.5'), ctx());
		expect(message(r.problems[0]!)).toMatch(/Kolom wajib tidak ditemukan: indeks \/ IDL \/ IDCD/);
	});
});

describe('validation of the new columns', () => {
	it('names row and column for an out-of-range aspect, indicator and leadership index', () => {
		const r = importCsvBytes(
			csv(
				'nama,tahun,indeks,aspek 2,indikator 7,IDL,IDCD',
				'Kota Bandung,2025,4.00,5.10,3,80,70',
				'Kota Cimahi,2025,3.00,2,7.5,80,70',
				'Kota Semarang,2025,3.00,2,3,100.5,70',
				'Kota Bekasi,2025,3.00,2,3,80,66.125',
				'Kota Magelang,2025,3.00,2,3,80,-1'
			),
			ctx()
		);
		const at = (row: number) => r.problems.find((p) => p.row === row);
		expect([at(2)?.column, at(2)?.code, message(at(2)!)]).toEqual([
			'aspek 2',
			'outOfRange',
			'5.10 di luar rentang 0–5.'
		]);
		expect([at(3)?.column, message(at(3)!)]).toEqual(['indikator 7', '7.5 di luar rentang 0–5.']);
		expect([at(4)?.column, message(at(4)!)]).toEqual(['IDL', '100.5 di luar rentang 0–100.']);
		expect([at(5)?.column, at(5)?.code]).toEqual(['IDCD', 'decimals']);
		expect([at(6)?.column, at(6)?.code]).toEqual(['IDCD', 'outOfRange']);
		expect(r.valid).toBe(0);
	});
	it('without an SPBE index, a row needs IDL or IDCD', () => {
		const r = importCsvBytes(
			csv('nama,tahun,idl,idcd', 'Kota Bandung,2025,,', 'Kota Cimahi,2025,,55'),
			ctx()
		);
		expect(r.problems).toMatchObject([{ row: 2, column: 'idl', code: 'missingValue' }]);
		expect(r.valid).toBe(1);
		expect(r.years).toEqual([]);
		expect(r.leadershipYears).toEqual([2025]);
		expect(r.officialYears).toEqual([]);
	});
	it('a leadership-only year with official data raises no clash', () => {
		const r = importCsvBytes(csv('nama,tahun,idl', 'Kota Bandung,2024,55'), ctx());
		expect(r.problems).toEqual([]);
		expect(r.officialYears).toEqual([]);
	});
});

describe('the year-already-has-data warning', () => {
	it('names official data, or the imported dataset holding the year', () => {
		const bytes = csv('nama,tahun,indeks', 'Kota Bandung,2024,4.00', 'Kota Cimahi,2025,4.00');
		const r = importCsvBytes(bytes, {
			index,
			officialYears: [2023, 2024, 2025],
			takenBy: { 2025: 'Hasil 2025 (draf)' }
		});
		const warnings = r.problems.filter((p) => p.severity === 'warning').map(message);
		expect(warnings).toEqual([
			expect.stringMatching(/^Tahun 2024 sudah memiliki data resmi/),
			expect.stringMatching(/^Tahun 2025 sudah ada dalam dataset impor “Hasil 2025 \(draf\)”/)
		]);
		expect(r.officialYears).toEqual([2024, 2025]);
	});
});

describe('storing and removing', () => {
	it('stores aspects, indicators and leadership indices exactly, and removal restores the state', async () => {
		const before = await everything();
		const r = importCsvBytes(
			csv(
				'kode,tahun,indeks,predikat,aspek 1,A8,indikator 1,indikator 47,IDL,IDCD',
				'32.73,2025,4.21,Memuaskan,4.10,3.95,5,1.01,80.05,70.10',
				'32.77,2025,3.95,Sangat Baik,,2.5,,,,',
				'33.74,2024,3.60,Sangat Baik,3.30,,,,99.99,'
			),
			ctx()
		);
		expect(r.errors).toBe(0);
		expect(r.scoreValues).toBe(6);
		const meta = metaOf(r, 'lengkap');
		await insertDataset(engine, meta, batchToData(r.batch));
		expect(
			await engine.query(
				`SELECT instansi_id, year, measure, number, value::VARCHAR AS value FROM imported_score WHERE source_id = $1 ORDER BY ALL`,
				[meta.id]
			)
		).toEqual([
			{ instansi_id: '32.73', year: 2025, measure: 'aspek', number: 1, value: '4.10' },
			{ instansi_id: '32.73', year: 2025, measure: 'aspek', number: 8, value: '3.95' },
			{ instansi_id: '32.73', year: 2025, measure: 'indikator', number: 1, value: '5.00' },
			{ instansi_id: '32.73', year: 2025, measure: 'indikator', number: 47, value: '1.01' },
			{ instansi_id: '32.77', year: 2025, measure: 'aspek', number: 8, value: '2.50' },
			{ instansi_id: '33.74', year: 2024, measure: 'aspek', number: 1, value: '3.30' }
		]);
		expect(
			await engine.query(
				`SELECT instansi_id, year, idl::VARCHAR AS idl, idcd::VARCHAR AS idcd FROM imported_leadership WHERE source_id = $1 ORDER BY ALL`,
				[meta.id]
			)
		).toEqual([
			{ instansi_id: '32.73', year: 2025, idl: '80.05', idcd: '70.10' },
			{ instansi_id: '33.74', year: 2024, idl: '99.99', idcd: null }
		]);
		// the SPBE rows still go where they did: 2025 into result, 2024 kept apart
		expect(
			await engine.query(
				`SELECT count(*)::INT AS n FROM result WHERE source_id = $1 UNION ALL SELECT count(*)::INT FROM imported_result WHERE source_id = $1`,
				[meta.id]
			)
		).toEqual([{ n: 2 }, { n: 1 }]);
		await removeDataset(engine, meta.id);
		expect(await everything()).toEqual(before);
	});

	it('loads a dataset stored in the older format (rows only, no leadership columns)', async () => {
		const before = await everything();
		const r = importCsvBytes(csv('nama,tahun,indeks', 'Kota Bandung,2025,4.21'), ctx());
		// the rows IPC as it was stored before: no idl/idcd columns
		const { tableFromArrays, tableToIPC } = await import('apache-arrow');
		const old = tableToIPC(
			tableFromArrays({
				instansi_id: ['32.73'],
				year: Int16Array.from([2025]),
				index: ['4.21'],
				kebijakan: [null],
				tata_kelola: [null],
				manajemen: [null],
				layanan: [null],
				predicate: ['Memuaskan'],
				name: ['Kota Bandung'],
				source_row: Int32Array.from([2])
			}),
			'stream'
		);
		const meta = metaOf(r, 'lama');
		await insertDataset(engine, meta, old);
		expect(
			await engine.query(`SELECT "index" FROM result WHERE source_id = $1`, [meta.id])
		).toEqual([{ index: 4.21 }]);
		await removeDataset(engine, meta.id);
		expect(await everything()).toEqual(before);
		// and the rows-only IPC of today's batch loads too
		const meta2 = metaOf(r, 'baris');
		await insertDataset(engine, meta2, batchToIpc(r.batch));
		await removeDataset(engine, meta2.id);
		expect(await everything()).toEqual(before);
	});

	it('reads what IndexedDB holds defensively: today’s format, the older one, or nothing', () => {
		const rows = new Uint8Array([1]);
		const scores = new Uint8Array([2]);
		expect(storedData({ rows, scores })).toEqual({ rows, scores });
		expect(storedData({ rows, scores: 'x' })).toEqual({ rows });
		expect(storedData(rows)).toBe(rows);
		for (const bad of [
			undefined,
			null,
			'x',
			3,
			{},
			{ rows: 'x' },
			new Uint8Array(),
			{ rows: new Uint8Array() }
		])
			expect(storedData(bad)).toBeNull();
	});

	it('a failed load leaves nothing behind', async () => {
		const before = await everything();
		const r = importCsvBytes(csv('nama,tahun,idl', 'Kota Bandung,2025,55'), ctx());
		const meta = metaOf(r, 'rusak');
		// scores whose columns are not the expected ones: the INSERT fails after rows went in
		const { tableFromArrays, tableToIPC } = await import('apache-arrow');
		const wrong = tableToIPC(tableFromArrays({ x: Int32Array.from([1]) }), 'stream');
		await expect(
			insertDataset(engine, meta, { ...batchToData(r.batch), scores: wrong })
		).rejects.toThrow();
		expect(await everything()).toEqual(before);
	});
});

describe('XLSX with leadership indices, ranked', () => {
	it('parses like the worker, stores and ranks 1, =2, =2 and =1, =1, 3', async () => {
		const rows: XlsxCell[][] = [];
		await readXlsxRows(new Blob([xlsxBytes(LEADERSHIP_ROWS)]), (cells) => void rows.push(cells));
		const r = importRows(rows, ctx());
		expect(r.errors).toBe(0);
		expect(r.valid).toBe(4);
		expect(r.years).toEqual([]);
		expect(r.leadershipYears).toEqual([2025]);
		expect(r.batch.idl).toEqual(['78.50', '81.25', '78.50', '72.10']);
		const meta = metaOf(r, 'DLGA 2025');
		await insertDataset(engine, meta, batchToData(r.batch));
		const kota = await leadershipRanking(engine, 'kota');
		const pick = (m: string) =>
			kota.filter((x) => x.measure === m).map((x) => [x.peringkat, x.seri, x.name, x.nilai]);
		expect(pick('idl')).toEqual([
			[1, false, 'Kota Semarang', 81.25],
			[2, true, 'Kota Bandung', 78.5],
			[2, true, 'Kota Cimahi', 78.5]
		]);
		expect(pick('idcd')).toEqual([
			[1, true, 'Kota Bandung', 70.25],
			[1, true, 'Kota Semarang', 70.25],
			[3, false, 'Kota Cimahi', 66]
		]);
		expect(kota.every((x) => x.dataset === 'DLGA 2025' && x.year === 2025)).toBe(true);
		const provinsi = await leadershipRanking(engine, 'provinsi');
		expect(provinsi.map((x) => [x.measure, x.peringkat, x.name])).toEqual([
			['idl', 1, 'Provinsi Jawa Tengah']
		]);
		expect(await leadershipRanking(engine, 'kabupaten')).toEqual([]);
		await removeDataset(engine, meta.id);
		expect(await leadershipRanking(engine, 'kota')).toEqual([]);
	});
});
