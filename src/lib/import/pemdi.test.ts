/**
 * Indeks Pemdi imports (PermenPANRB 8/2026): recognised by their headers in Indonesian and
 * English, checked against the methodology of each row's year (bands, the index and aspects
 * from the 20 indicators, 1–5), refused with the field named when the file's index is not
 * the year's or the methodology is not installed, stored, and ranked with Pemdi bands apart
 * from every SPBE year.
 *
 * The methodology is ../shared/data/pemdi's when installed; otherwise a synthetic one of the
 * same shape (7 aspects, 20 indicators IK-01…IK-20, the bands the issue quotes), so the
 * assertions hold for either: the values used are uniform or clearly off.
 */
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEngine } from '$lib/sql/fixture';
import type { NodeEngine } from '$lib/db/engine-node';
import { queries } from '$lib/db/queries';
import { insertDataset, removeDataset, importedResults } from '$lib/import/tables';
import { bandsFromRows, type Band, type StructureItem } from '$lib/methodology';
import { SPBE_BANDS } from '$lib/methodology/spbe';
import type { SearchEntry } from '$lib/search';
import { fixtureSearchIndex, problemMessage as message } from './fixtures/context';
import { importCsvBytes } from './file';
import { fileScheme, recogniseColumns } from './columns';
import { batchToData } from './encode';
import type { ImportContext, ImportMethodology } from './validate';

const PEMDI_DIR = '../shared/data/pemdi';
const installed = existsSync(`${PEMDI_DIR}/methodology.csv`);
const parse = (file: string) =>
	Papa.parse<Record<string, string>>(readFileSync(`${PEMDI_DIR}/${file}`, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
const h = (s = '') => Math.round(Number(s) * 100);

/** PermenPANRB 8/2026's structure and bands: the installed files, or a synthetic stand-in. */
function pemdiParts(): { items: StructureItem[]; bands: Band[] } {
	if (installed) {
		const items: StructureItem[] = [];
		for (const r of parse('methodology.csv')) {
			const asp = Number(r.aspect_no);
			items.push({
				level: 'indicator',
				no: Number(r.indicator_no),
				parentNo: asp,
				weightH: h(r.indicator_weight_percent)
			});
			if (!items.some((i) => i.level === 'aspect' && i.no === asp))
				items.push({
					level: 'aspect',
					no: asp,
					parentNo: null,
					weightH: h(r.aspect_weight_percent)
				});
		}
		const { bands } = bandsFromRows(
			parse('predicates.csv').map((r) => ({
				predicate: r.predicate ?? '',
				lower: r.lower ?? '',
				upper: r.upper ?? ''
			}))
		);
		return { items, bands };
	}
	// 20 indicators of 5 % each in 7 aspects; the bands 1,5 / 2,5 / 3,5 / 4,0
	const groups = [2, 2, 3, 3, 2, 3, 5];
	const items: StructureItem[] = [];
	let no = 0;
	groups.forEach((n, a) => {
		items.push({ level: 'aspect', no: a + 1, parentNo: null, weightH: n * 500 });
		for (let k = 0; k < n; k++)
			items.push({ level: 'indicator', no: ++no, parentNo: a + 1, weightH: 500 });
	});
	const { bands } = bandsFromRows(
		[
			['Kurang', '1.00', '1.50'],
			['Cukup', '1.50', '2.50'],
			['Baik', '2.50', '3.50'],
			['Sangat Baik', '3.50', '4.00'],
			['Memuaskan', '4.00', '5.00']
		].map(([predicate = '', lower = '', upper = '']) => ({ predicate, lower, upper }))
	);
	return { items, bands };
}

const pemdi = pemdiParts();
const METHODOLOGIES: ImportMethodology[] = [
	{
		id: 'pp5-2018',
		regulation: 'PermenPANRB 5/2018',
		indexName: 'Indeks SPBE',
		firstYear: 2018,
		lastYear: 2020,
		installed: true,
		bands: [...SPBE_BANDS],
		items: []
	},
	{
		id: 'pp59-2020',
		regulation: 'PermenPANRB 59/2020',
		indexName: 'Indeks SPBE',
		firstYear: 2021,
		lastYear: 2025,
		installed: true,
		bands: [...SPBE_BANDS],
		items: []
	},
	{
		id: 'pemdi-2026',
		regulation: 'PermenPANRB 8/2026',
		indexName: 'Indeks Pemdi',
		firstYear: 2026,
		lastYear: null,
		installed: true,
		...pemdi
	}
];
/** PEMDI_DIR unset or empty: the version is known, its structure and bands are not. */
const NOT_INSTALLED = METHODOLOGIES.map((m) =>
	m.id === 'pemdi-2026' ? { ...m, installed: false, bands: [], items: [] } : m
);

const ASPECTS_ID = [
	'Tata Kelola dan Manajemen',
	'Penyelenggara',
	'Data',
	'Keamanan Pemdi',
	'Teknologi Pemdi',
	'Keterpaduan Layanan Digital Pemerintah',
	'Kepuasan Pengguna Layanan Digital Pemerintah'
];
const ASPECTS_EN = [
	'Governance and management',
	'Organisers',
	'Data',
	'Security',
	'Technology',
	'Digital service integration',
	'User satisfaction'
];
const CODES = Array.from({ length: 20 }, (_, i) => `IK-${String(i + 1).padStart(2, '0')}`);
const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const fixture = readFileSync('src/lib/import/fixtures/pemdi-2026.csv', 'utf8');

let engine: NodeEngine;
let index: SearchEntry[];
const ctx = (methodologies: readonly ImportMethodology[] = METHODOLOGIES): ImportContext => ({
	index,
	officialYears: [2023, 2024],
	methodologies
});

beforeAll(async () => {
	engine = await fixtureEngine();
	index = await fixtureSearchIndex(engine);
});
afterAll(() => engine.close());

describe('recognising an Indeks Pemdi file', () => {
	it('reads the index, the 7 aspects by name and IK-01…IK-20, in Indonesian', () => {
		const headers = [
			'Kode',
			'Nama Instansi',
			'Tahun',
			'Indeks Pemdi',
			'Predikat Pemdi',
			...ASPECTS_ID,
			...CODES
		];
		expect(fileScheme(headers).scheme).toBe('pemdi');
		expect(recogniseColumns(headers)).toEqual([
			'kode',
			'nama',
			'tahun',
			'indeks',
			'predikat',
			...ASPECTS_ID.map((_, i) => `aspek:${i + 1}`),
			...CODES.map((_, i) => `indikator:${i + 1}`)
		]);
	});

	it('and in English, with indicators by number', () => {
		const headers = [
			'Code',
			'Name',
			'Year',
			'Pemdi index',
			...ASPECTS_EN,
			...CODES.map((_, i) => `Indicator ${i + 1}`)
		];
		expect(recogniseColumns(headers)).toEqual([
			'kode',
			'nama',
			'tahun',
			'indeks',
			...ASPECTS_EN.map((_, i) => `aspek:${i + 1}`),
			...CODES.map((_, i) => `indikator:${i + 1}`)
		]);
	});

	it('"Penyelenggara" is Pemdi aspect 2 only in a Pemdi file; SPBE files are read as before', () => {
		expect(recogniseColumns(['kode', 'tahun', 'indeks pemdi', 'penyelenggara'])[3]).toBe('aspek:2');
		expect(recogniseColumns(['kode', 'tahun', 'indeks', 'penyelenggara'])[3]).toBe('aspek:4');
		expect(fileScheme(['kode', 'tahun', 'indeks', 'kebijakan']).scheme).toBe('spbe');
		expect(fileScheme(['kode', 'tahun', 'indeks']).scheme).toBeNull();
	});
});

describe('checking an Indeks Pemdi file against PermenPANRB 8/2026', () => {
	it('the fixture passes: predicates from the Pemdi bands, aspects and indicators kept', () => {
		const r = importCsvBytes(new TextEncoder().encode(fixture), ctx());
		expect(r.problems).toEqual([]);
		expect(r.valid).toBe(3);
		expect(r.years).toEqual([2026]);
		// 4,00 is Memuaskan in the Indeks Pemdi (Sangat Baik in the Indeks SPBE)
		expect(r.batch.predicate).toEqual(['Memuaskan', 'Sangat Baik', 'Cukup']);
		expect(r.scoreValues).toBe(3 * 27);
	});

	it('predicates come from each row’s year: 3,50 and 4,00 under SPBE (2024, 2025) and Pemdi (2026)', () => {
		const r = importCsvBytes(
			csv(
				'kode,tahun,indeks',
				'32.73,2024,3.50',
				'33.72,2026,3.50',
				'33.71,2026,4.00',
				'33.74,2025,4.00'
			),
			ctx()
		);
		expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(r.batch.predicate).toEqual(['Sangat Baik', 'Sangat Baik', 'Memuaskan', 'Sangat Baik']);
	});

	it('a predicate column is checked against the Pemdi band', () => {
		const r = importCsvBytes(
			csv('kode,tahun,indeks pemdi,predikat', '32.73,2026,4.00,Sangat Baik'),
			ctx()
		);
		expect(r.valid).toBe(0);
		expect(r.problems[0]).toMatchObject({ row: 2, column: 'predikat', code: 'predicateMismatch' });
		expect(message(r.problems[0]!)).toContain('Memuaskan');
	});

	it('the index and each aspect must follow from the 20 indicators within 0,01', () => {
		const ok = ['3.00', ...Array(7).fill('3.00'), ...Array(20).fill('3.00')].join(',');
		const offIndex = ['3.02', ...Array(7).fill('3.00'), ...Array(20).fill('3.00')].join(',');
		const offAspect = ['3.00', '3.20', ...Array(6).fill('3.00'), ...Array(20).fill('3.00')].join(
			','
		);
		const header = ['kode', 'tahun', 'Indeks Pemdi', ...ASPECTS_ID, ...CODES].join(',');
		const r = importCsvBytes(
			csv(header, `32.73,2026,${ok}`, `33.72,2026,${offIndex}`, `33.71,2026,${offAspect}`),
			ctx()
		);
		expect(r.valid).toBe(1);
		expect(r.problems).toMatchObject([
			{
				row: 3,
				column: 'Indeks Pemdi',
				code: 'indexFromIndicators',
				params: { value: '3.02', computed: '3.0000' }
			},
			{
				row: 4,
				column: 'Tata Kelola dan Manajemen',
				code: 'aspectFromIndicators',
				params: { no: 1 }
			}
		]);
		expect(message(r.problems[0]!)).toContain('PermenPANRB 8/2026');
	});

	it('values run 1,00–5,00, and an SPBE domain has no place in a Pemdi row', () => {
		const r = importCsvBytes(
			csv('kode,tahun,indeks pemdi,IK-01', '32.73,2026,0.90,3.00', '33.72,2026,3.00,0.50'),
			ctx()
		);
		expect(r.valid).toBe(0);
		expect(r.problems.map((p) => [p.row, p.column, p.code, p.params.range])).toEqual([
			[2, 'indeks pemdi', 'outOfRange', '1–5'],
			[3, 'IK-01', 'outOfRange', '1–5']
		]);
		const d = importCsvBytes(csv('kode,tahun,indeks,kebijakan', '32.73,2026,3.00,3.00'), ctx());
		expect(d.problems[0]).toMatchObject({ column: 'tahun', code: 'methodologyYear' });
		const i21 = importCsvBytes(csv('kode,tahun,indeks pemdi,IK-21', '32.73,2026,3.00,3.00'), ctx());
		expect(i21.problems[0]).toMatchObject({ column: 'IK-21', code: 'notInMethodology' });
	});
});

describe('an index that is not its year’s is refused, naming the field', () => {
	it('a Pemdi file claiming an SPBE year', () => {
		const r = importCsvBytes(
			csv('kode,tahun,indeks pemdi', '32.73,2025,3.00', '33.72,2026,3.00'),
			ctx()
		);
		expect(r.valid).toBe(1);
		expect(r.problems[0]).toMatchObject({ row: 2, column: 'tahun', code: 'methodologyYear' });
		expect(message(r.problems[0]!)).toBe(
			'Tahun 2025 dievaluasi dengan Indeks SPBE (PermenPANRB 59/2020), tetapi berkas ini berisi Indeks Pemdi (kolom “indeks pemdi”). Indeks SPBE berlaku sampai 2025, Indeks Pemdi mulai 2026; keduanya tidak pernah dicampur. Baris tidak dimuat: periksa tahunnya atau kolomnya.'
		);
	});

	it('an SPBE file (its name or a domain) claiming a Pemdi year', () => {
		const r = importCsvBytes(csv('kode,tahun,indeks spbe', '32.73,2026,3.00'), ctx());
		expect(r.valid).toBe(0);
		expect(r.problems[0]).toMatchObject({
			column: 'tahun',
			code: 'methodologyYear',
			params: { index: 'Indeks Pemdi', file: 'Indeks SPBE', column: 'indeks spbe' }
		});
	});

	it('a file with columns of both indices', () => {
		const r = importCsvBytes(csv('kode,tahun,indeks pemdi,layanan', '32.73,2026,3.00,3.00'), ctx());
		expect(r.valid).toBe(0);
		expect(r.problems).toMatchObject([
			{ row: 1, code: 'mixedMethodology', params: { pemdi: 'indeks pemdi', spbe: 'layanan' } }
		]);
	});

	it('without the Pemdi methodology (PEMDI_DIR unset or empty) a Pemdi file is refused whole', () => {
		for (const methodologies of [NOT_INSTALLED, undefined]) {
			const r = importCsvBytes(new TextEncoder().encode(fixture), {
				index,
				officialYears: [],
				methodologies
			});
			expect(r.valid).toBe(0);
			expect(r.problems).toHaveLength(1);
			expect(r.problems[0]).toMatchObject({
				row: 1,
				column: 'Indeks Pemdi',
				code: 'pemdiNotInstalled'
			});
			expect(message(r.problems[0]!)).toContain('tidak terpasang');
		}
		// a file naming neither index: its 2026 rows need the Pemdi methodology too
		const plain = importCsvBytes(
			csv('kode,tahun,indeks', '32.73,2026,3.00', '33.72,2025,3.00'),
			ctx(NOT_INSTALLED)
		);
		expect(plain.valid).toBe(1);
		expect(plain.problems[0]).toMatchObject({
			row: 2,
			column: 'tahun',
			code: 'pemdiYearNotInstalled'
		});
	});
});

describe('stored and ranked apart from every SPBE year', () => {
	it('ranks with the Pemdi bands in its own year and never joins an SPBE ranking or change', async () => {
		// the fixture engine knows SPBE only: add PermenPANRB 8/2026 from 2027 (2026 holds a fixture dataset)
		await engine.query(`UPDATE methodology_version SET last_year = 2026 WHERE id = 'pp59-2020'`);
		await engine.query(
			`INSERT INTO methodology_version VALUES ('pemdi-2026', 'PermenPANRB 8/2026', 2027, NULL, 'permen59', NULL, 'Indeks Pemdi', true)`
		);
		const methods = METHODOLOGIES.map((m) =>
			m.id === 'pemdi-2026'
				? { ...m, firstYear: 2027 }
				: m.id === 'pp59-2020'
					? { ...m, lastYear: 2026 }
					: m
		);
		const r = importCsvBytes(
			new TextEncoder().encode(fixture.replaceAll(',2026,', ',2027,')),
			ctx(methods)
		);
		expect(r.valid).toBe(3);
		const meta = {
			id: 'impor-pemdi',
			name: 'Pemdi 2027',
			fileName: 'pemdi.csv',
			importedAt: '2027-06-01T00:00:00Z',
			rows: r.valid,
			years: r.years,
			separateYears: [],
			scoreValues: r.scoreValues
		};
		await insertDataset(engine, meta, batchToData(r.batch));
		try {
			const ranking = await queries.ranking(engine, 2027, 'kota', 'indeks');
			expect(
				ranking.map((x) => [
					x.name,
					Number(x.index),
					x.predicate,
					x.methodology,
					Number(x.peringkat)
				])
			).toEqual([
				['Kota Bandung', 4, 'Memuaskan', 'pemdi-2026', 1],
				['Kota Surakarta', 3.5, 'Sangat Baik', 'pemdi-2026', 2],
				['Kota Magelang', 2, 'Cukup', 'pemdi-2026', 3]
			]);
			// the improvement category compares years of one methodology only: nothing before 2027
			const change = await queries.ranking(engine, 2027, 'kota', 'peningkatan');
			expect(change.every((x) => x.peringkat === null && x.prev_index === null)).toBe(true);
			// no SPBE ranking holds a Pemdi row
			for (const year of [2024, 2026])
				expect(
					(await queries.ranking(engine, year, 'kota', 'indeks')).some(
						(x) => x.methodology === 'pemdi-2026'
					)
				).toBe(false);
			// climbers across the switch: two values, never a difference
			const pair = await queries.change(engine, 'kota', 2024, 2027);
			const bandung = pair.find((x) => x.id === '32.73');
			expect(bandung).toMatchObject({ selisih: null, peringkat: null });
			expect(Number(bandung?.dari)).toBeGreaterThan(0);
			expect(Number(bandung?.ke)).toBe(4);
			// every imported row says which index it is
			const rows = await importedResults(engine, '32.73');
			expect(rows.find((x) => x.year === 2027)).toMatchObject({ indeks: 'Indeks Pemdi' });
			expect(
				await engine.query(
					`SELECT count(*)::INT AS n FROM imported_score WHERE source_id = 'impor-pemdi'`
				)
			).toEqual([{ n: 81 }]);
			// the simulator's start (imported_pemdi_start.sql): 20 indicator values a row
			const { IMPORT_SQL } = await import('$lib/import/tables');
			const lines = await engine.query<{ id: string; index_h: number; number: number }>(
				IMPORT_SQL['imported_pemdi_start'] ?? '',
				['Indeks Pemdi']
			);
			expect(lines.filter((l) => l.id === '33.72').map((l) => [l.index_h, l.number])).toEqual(
				Array.from({ length: 20 }, (_, i) => [350, i + 1])
			);
		} finally {
			await removeDataset(engine, meta.id);
		}
	});
});
