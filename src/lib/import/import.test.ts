/**
 * Every failure fixture in ./fixtures: the message the reader sees, and that the data
 * already loaded (the fixture's official rows and a previously imported dataset) is unchanged
 * after the file is checked and its valid rows (if any) are loaded as a new dataset.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEngine } from '$lib/sql/fixture';
import type { NodeEngine } from '$lib/db/engine-node';
import { insertDataset, removeDataset, type DatasetMeta } from '$lib/import/tables';
import { batchToIpc } from './encode';
import { entryKeys, type SearchEntry } from '$lib/search';
import { fixtureSearchIndex, problemMessage as message } from './fixtures/context';
import { importCsvBytes, importXlsx } from './file';
import { deflateRawSync } from 'node:zlib';
import { HOSTILE, bigXlsx, manyColumns } from './fixtures/hostile';

const deflate = (b: Uint8Array) => new Uint8Array(deflateRawSync(b));
import { recogniseColumns } from './columns';
import { createLookup, type ImportResult, type Problem } from './validate';

const bytes = (name: string) =>
	new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

let engine: NodeEngine;
let index: SearchEntry[];
const ctx = () => ({ index, officialYears: [2023, 2024] });

async function snapshot(exceptSource?: string) {
	const q = (sql: string) => engine.query(sql, exceptSource ? [exceptSource] : []);
	const where = exceptSource ? 'WHERE source_id <> $1' : '';
	return {
		result: await q(`SELECT * FROM result ${where} ORDER BY ALL`),
		separate: await q(`SELECT * FROM imported_result ${where} ORDER BY ALL`),
		source: await q(`SELECT * FROM source ${exceptSource ? 'WHERE id <> $1' : ''} ORDER BY ALL`)
	};
}

let n = 0;
async function load(r: ImportResult, name: string): Promise<DatasetMeta> {
	const meta: DatasetMeta = {
		id: `impor-test-${++n}`,
		name,
		fileName: `${name}.csv`,
		importedAt: '2025-06-01T00:00:00Z',
		rows: r.valid,
		years: r.years,
		separateYears: r.officialYears
	};
	await insertDataset(engine, meta, batchToIpc(r.batch));
	return meta;
}

beforeAll(async () => {
	engine = await fixtureEngine();
	index = await fixtureSearchIndex(engine);
	// a dataset loaded before every failing file
	const valid = importCsvBytes(bytes('valid-2025.csv'), ctx());
	expect(valid.errors).toBe(0);
	expect(valid.valid).toBe(3);
	await load(valid, 'sebelumnya');
});
afterAll(() => engine.close());

describe('column recognition', () => {
	it('reads Indonesian and English headers', () => {
		expect(
			recogniseColumns([
				'Nama Instansi',
				'Kode',
				'Year',
				'Index',
				'Domain 1',
				'Tata Kelola',
				'domain 3',
				'Services',
				'Predicate',
				'indikator_12',
				'catatan'
			])
		).toEqual([
			'nama',
			'kode',
			'tahun',
			'indeks',
			'kebijakan',
			'tata_kelola',
			'manajemen',
			'layanan',
			'predikat',
			'indikator:12',
			'abaikan'
		]);
	});
});

const CASES: {
	file: string;
	code: Problem['code'];
	row: number | null;
	column: string | null;
	text: RegExp;
	valid: number;
}[] = [
	{
		file: 'wrong-delimiter.csv',
		code: 'delimiter',
		row: 1,
		column: null,
		text: /pemisah kolom “\|” tidak dikenali/,
		valid: 0
	},
	{
		file: 'missing-column.csv',
		code: 'missingColumn',
		row: 1,
		column: null,
		text: /Kolom wajib tidak ditemukan: indeks/,
		valid: 0
	},
	{
		file: 'text-in-number.csv',
		code: 'notNumber',
		row: 2,
		column: 'indeks',
		text: /“empat” bukan angka/,
		valid: 1
	},
	{
		file: 'index-7-3.csv',
		code: 'outOfRange',
		row: 2,
		column: 'indeks',
		text: /7\.3 di luar rentang 0–5/,
		valid: 1
	},
	{
		file: 'predicate-mismatch.csv',
		code: 'predicateMismatch',
		row: 2,
		column: 'predikat',
		text: /“Memuaskan” tidak sesuai indeks 3\.20: seharusnya Baik/,
		valid: 1
	},
	{
		file: 'unknown-region.csv',
		code: 'unknownRegion',
		row: 2,
		column: 'name',
		text: /“Kota Bandunng” tidak cocok.*Mungkin: Kota Bandung \(32\.73\)/,
		valid: 1
	},
	{
		file: 'duplicates.csv',
		code: 'duplicate',
		row: 4,
		column: null,
		text: /Duplikat: Kota Bandung 2025 sudah ada di baris 2/,
		valid: 2
	},
	{
		file: 'latin1.csv',
		code: 'notUtf8',
		row: 3,
		column: null,
		text: /bukan teks UTF-8 \(bita ke-54, 0xE9\)/,
		valid: 0
	},
	{
		file: 'empty.csv',
		code: 'empty',
		row: null,
		column: null,
		text: /tidak berisi baris data/,
		valid: 0
	},
	{
		file: 'zero-bytes.csv',
		code: 'zeroBytes',
		row: null,
		column: null,
		text: /kosong \(0 bita\)/,
		valid: 0
	},
	{
		file: 'formula.csv',
		code: 'formula',
		row: 2,
		column: 'nama',
		text: /diawali karakter rumus \(“=HYPERLINK/,
		valid: 1
	},
	{
		file: 'script.csv',
		code: 'markup',
		row: 2,
		column: 'nama',
		text: /markah HTML \(“<script>alert\(1\)<\/script>Kota Bandung”\)/,
		valid: 1
	}
];

describe.each(CASES)('$file', ({ file, code, row, column, text, valid }) => {
	it('names the problem, its row and column, and leaves loaded data unchanged', async () => {
		const before = await snapshot();
		const r = importCsvBytes(bytes(file), ctx());
		const p = r.problems.find((x) => x.code === code);
		expect(p, JSON.stringify(r.problems)).toBeDefined();
		expect(p?.row).toBe(row);
		expect(p?.column).toBe(column);
		expect(message(p!)).toMatch(text);
		expect(r.valid).toBe(valid);
		if (r.valid > 0) {
			const meta = await load(r, file);
			// everything loaded before is exactly as it was
			expect(await snapshot(meta.id)).toEqual(before);
			await removeDataset(engine, meta.id);
		}
		expect(await snapshot()).toEqual(before);
	});
});

describe('other files', () => {
	it('formula names from an unmatched row are refused, and text is stored as text', async () => {
		const r = importCsvBytes(bytes('formula.csv'), ctx());
		expect(r.problems.some((p) => p.code === 'unknownRegion' && p.row === 3)).toBe(true);
		const s = importCsvBytes(bytes('script.csv'), ctx());
		expect(s.batch.name[0]).toBe('<script>alert(1)</script>Kota Bandung');
	});
	it('accepts semicolons and decimal commas', () => {
		const r = importCsvBytes(bytes('semicolon.csv'), ctx());
		expect(r.errors).toBe(0);
		expect(r.batch.index).toEqual(['3.20']);
	});
	it('adds a year with official data as a separate dataset, never into result', async () => {
		const before = await snapshot();
		const text = 'nama,tahun,indeks\nKota Bandung,2024,1.00\n';
		const r = importCsvBytes(new TextEncoder().encode(text), ctx());
		expect(r.officialYears).toEqual([2024]);
		expect(r.problems.find((p) => p.code === 'officialYear')?.severity).toBe('warning');
		const meta = await load(r, 'terpisah');
		expect(
			await engine.query(`SELECT count(*)::INT AS n FROM result WHERE source_id = $1`, [meta.id])
		).toEqual([{ n: 0 }]);
		expect(
			await engine.query(`SELECT "index", status FROM imported_result WHERE source_id = $1`, [
				meta.id
			])
		).toEqual([{ index: 1, status: 'imported' }]);
		await removeDataset(engine, meta.id);
		expect(await snapshot()).toEqual(before);
	});
});

describe('loading and removing', () => {
	it('ranks an imported year exactly and removing it restores the previous state', async () => {
		const fresh = await fixtureEngine();
		const tables = async () => ({
			result: await fresh.query('SELECT * FROM result ORDER BY ALL'),
			source: await fresh.query('SELECT * FROM source ORDER BY ALL')
		});
		const before = await tables();
		const r = importCsvBytes(bytes('valid-2025.csv'), ctx());
		const meta = {
			id: 'impor-x',
			name: 'Uji 2025',
			fileName: 'valid-2025.csv',
			importedAt: '2025-06-01T00:00:00Z',
			rows: 3,
			years: [2025],
			separateYears: []
		};
		await insertDataset(fresh, meta, batchToIpc(r.batch));
		const { queries } = await import('$lib/db/queries');
		const ranking = await queries.ranking(fresh, 2025, 'kota', 'indeks');
		expect(ranking.map((x) => [x.peringkat, x.name, x.index, x.status, x.predicate])).toEqual([
			[1, 'Kota Bandung', 4.21, 'imported', 'Memuaskan'],
			[2, 'Kota Cimahi', 3.95, 'imported', 'Sangat Baik'],
			[3, 'Kota Semarang', 3.6, 'imported', 'Sangat Baik']
		]);
		// exact DECIMAL difference against 2024
		expect(ranking[0]?.perubahan).toBe(0.11);
		await removeDataset(fresh, meta.id);
		expect(await tables()).toEqual(before);
		fresh.close();
	});
});

describe.each(HOSTILE)('hostile file $name', (f) => {
	it('says exactly what is wrong, where, and leaves stored and official data unchanged', async () => {
		const before = await snapshot();
		const r = f.name.endsWith('.xlsx')
			? await importXlsx(new Blob([f.bytes()]), ctx())
			: importCsvBytes(f.bytes(), ctx());
		const p = r.problems.find((x) => x.code === f.code);
		expect(p, JSON.stringify(r.problems).slice(0, 500)).toBeDefined();
		expect([p?.row, p?.column, p?.severity]).toEqual([f.row, f.column, f.severity]);
		expect(message(p!)).toBe(f.message);
		expect([r.rows, r.valid]).toEqual([f.rows, f.valid]);
		if (r.valid > 0) {
			const meta = await load(r, f.name);
			expect(await snapshot(meta.id)).toEqual(before);
			await removeDataset(engine, meta.id);
		}
		expect(await snapshot()).toEqual(before);
	});
});

describe('large files', () => {
	it('reads a 10,000-column file: the four columns Tolok knows, the rest ignored', () => {
		const r = importCsvBytes(manyColumns(), ctx());
		expect([r.rows, r.valid, r.errors]).toEqual([1, 1, 0]);
		expect(r.batch.index).toEqual(['3.82']);
	});

	it('reads a 60,000-row XLSX row by row, every row checked', async () => {
		const r = await importXlsx(new Blob([bigXlsx(60_000, deflate)]), ctx());
		expect([r.rows, r.valid]).toEqual([60_000, 152]);
		const first = r.problems.find((p) => p.code === 'duplicate');
		expect([first?.row, message(first!)]).toEqual([
			154,
			'Duplikat: Kota Semarang 2025 sudah ada di baris 2.'
		]);
	});

	it('takes a quoted decimal comma as the number it is', () => {
		const r = importCsvBytes(
			new TextEncoder().encode('nama,kode,tahun,indeks\nKota Bandung,32.73,2027,"3,82"\n'),
			ctx()
		);
		expect([r.errors, r.batch.index]).toEqual([0, ['3.82']]);
	});
});

describe('names as the ministry writes them', () => {
	it('recognises "Kementerian PANRB" (KemenPANRB)', () => {
		const keys = entryKeys(
			'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
			'KemenPANRB'
		);
		const lookup = createLookup([
			{ i: 'kemenpanrb', n: 'Kementerian PANRB', k: 'kementerian', p: null, s: keys }
		]);
		expect(lookup.name('Kementerian PANRB')).toEqual({
			id: 'kemenpanrb',
			name: 'Kementerian PANRB'
		});
	});
});
