import { describe, expect, test } from 'vitest';
import type { Kind, Result } from './model';
import { buildModel } from './normalise';
import { formatProblem } from './problems';
import { readRawData, readRegistry } from './read';

/** The normaliser on the real data/ (see data/spbe/PROVENANCE.md for every figure here). */

const raw = readRawData('data');
const { model, problems } = buildModel(raw, readRegistry('data'));

const kindOf = new Map(model.instansi.map((i) => [i.id, i.kind]));
const nameOf = new Map(model.instansi.map((i) => [i.id, i.name]));
const official = model.result.filter((r) => r.status === 'official');
const REGION_KINDS: readonly Kind[] = ['provinsi', 'kabupaten', 'kota'];
const isRegion = (r: Result): boolean =>
	REGION_KINDS.includes(kindOf.get(r.instansi_id) ?? 'lembaga');

function officialCount(year: number, kind: Kind): number {
	return official.filter((r) => r.year === year && kindOf.get(r.instansi_id) === kind).length;
}

/** Rows of spbe_results.csv printed under the Kementerian group, counted from the file itself. */
function kementerianRows(year: number): number {
	return raw.results.rows.filter(
		(r) => r.values.year === String(year) && r.values.instansi_group === 'Kementerian'
	).length;
}

describe('the real data', () => {
	test('has no problems', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test.each([
		{ year: 2024, provinsi: 38, kabupaten: 392, kota: 93 },
		{ year: 2023, provinsi: 38, kabupaten: 398, kota: 93 }
	])('$year: 92 pusat, $provinsi provinsi, $kabupaten kabupaten, $kota kota', (c) => {
		const kementerian = kementerianRows(c.year);
		expect(kementerian).toBe(34); // PROVENANCE.md: Kementerian 34 in both years
		expect(officialCount(c.year, 'kementerian')).toBe(kementerian);
		expect(officialCount(c.year, 'lembaga')).toBe(92 - kementerian);
		expect(officialCount(c.year, 'provinsi')).toBe(c.provinsi);
		expect(officialCount(c.year, 'kabupaten')).toBe(c.kabupaten);
		expect(officialCount(c.year, 'kota')).toBe(c.kota);
		expect(official.filter((r) => r.year === c.year)).toHaveLength(
			92 + c.provinsi + c.kabupaten + c.kota
		);
	});

	test('official years are only 2023 and 2024, each row with its file line', () => {
		expect([...new Set(official.map((r) => r.year))].sort()).toEqual([2023, 2024]);
		expect(official).toHaveLength(raw.results.rows.length);
	});

	test.each([2023, 2024])('%i: every region row has its own Kemendagri code', (year) => {
		const rows = official.filter((r) => r.year === year && isRegion(r));
		const printed = raw.results.rows.filter(
			(r) => r.values.year === String(year) && r.values.instansi_group?.startsWith('Pemerintah ')
		);
		expect(rows).toHaveLength(printed.length);
		expect(new Set(rows.map((r) => r.instansi_id)).size).toBe(rows.length);
		for (const r of rows) expect(r.instansi_id).toMatch(/^\d{2}(\.\d{2})?$/);
	});

	test('instansi: 38 provinsi and 514 kabupaten and kota', () => {
		const kinds = model.instansi.map((i) => i.kind);
		expect(kinds.filter((k) => k === 'provinsi')).toHaveLength(38);
		expect(kinds.filter((k) => k === 'kabupaten' || k === 'kota')).toHaveLength(514);
	});

	test('three boundary predicates, all in 2024', () => {
		const notes = model.data_note.filter((n) => n.kind === 'boundary_predicate');
		const described = notes.map((n) => {
			const r = official.find((o) => o.instansi_id === n.instansi_id && o.year === n.year);
			return `${nameOf.get(n.instansi_id ?? '')} ${n.year} ${r?.index_h} ${r?.predicate}`;
		});
		expect(described.sort()).toEqual([
			'Kabupaten Luwu 2024 260 Cukup',
			'Kabupaten Nias Barat 2024 180 Kurang',
			'Kabupaten Pacitan 2024 350 Baik'
		]);
		const message = (id: string): string => notes.find((n) => n.instansi_id === id)?.message ?? '';
		expect(message('12.25')).toContain('1.7985');
		expect(message('73.17')).toContain('2.5968');
	});

	test('one out-of-scale domain: 2023 Kab. Banyuasin, Layanan 0.30', () => {
		const notes = model.data_note.filter((n) => n.kind === 'out_of_scale');
		expect(notes).toMatchObject([{ instansi_id: '16.07', year: 2023, field: 'layanan' }]);
		expect(nameOf.get('16.07')).toBe('Kabupaten Banyuasin');
		expect(official.find((r) => r.instansi_id === '16.07' && r.year === 2023)).toMatchObject({
			layanan_h: 30,
			index_h: 105
		});
	});

	test('Kota Malang (35.73): 2022 reported 2.60, 2023 official 3.82, 2024 official 4.24', () => {
		const rows = model.result
			.filter((r) => r.instansi_id === '35.73')
			.sort((a, b) => a.year - b.year)
			.map((r) => ({ year: r.year, index_h: r.index_h, status: r.status, predicate: r.predicate }));
		expect(rows).toEqual([
			{ year: 2022, index_h: 260, status: 'reported', predicate: 'Baik' },
			{ year: 2023, index_h: 382, status: 'official', predicate: 'Sangat Baik' },
			{ year: 2024, index_h: 424, status: 'official', predicate: 'Memuaskan' }
		]);
		expect(
			model.result
				.filter((r) => r.instansi_id === '35.73' && r.year >= 2023)
				.map((r) => r.source_id)
		).toEqual(['lap2024', 'lap2023']);
	});

	test('no reported row stands beside an official row of the same instansi and year', () => {
		const officialKeys = new Set(official.map((r) => `${r.year}|${r.instansi_id}`));
		const clashes = model.result.filter(
			(r) => r.status === 'reported' && officialKeys.has(`${r.year}|${r.instansi_id}`)
		);
		expect(clashes).toEqual([]);
	});

	test("every result's source exists", () => {
		const ids = new Set(model.source.map((s) => s.id));
		expect(ids.size).toBe(model.source.length);
		expect(model.result.filter((r) => !ids.has(r.source_id)).map((r) => r.source_id)).toEqual([]);
		expect(new Set(official.map((r) => r.source_id))).toEqual(new Set(['lap2023', 'lap2024']));
	});
});
