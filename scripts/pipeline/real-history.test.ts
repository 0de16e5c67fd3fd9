import { describe, expect, test } from 'vitest';
import { createCentralMatcher, nameKey } from '../../src/lib/instansi';
import { createRegionMatcher, searchKey } from '../../src/lib/regions';
import { loadCentralAliases } from './central';
import type { Kind } from './model';
import { buildModel } from './normalise';
import { formatProblem } from './problems';
import { readHistory, readPemdi, readRawData, readRegistry } from './read';
import { loadRegionAliases } from './registry';

/**
 * The normaliser on the real history (../shared/data/history, or HISTORY_DIR): every figure
 * here is in its PROVENANCE.md. Skipped when the folder is absent (the site then builds
 * without it).
 */
const history = readHistory();

describe.skipIf(history === null)('the real history', () => {
	const registry = readRegistry('data');
	const { model, problems } = buildModel(readRawData('data'), registry, {
		history,
		pemdi: readPemdi()
	});
	const kindOf = new Map(model.instansi.map((i) => [i.id, i.kind]));
	const rows = (year: number) =>
		model.result.filter((r) => r.year === year && r.status !== 'reported');
	const count = (year: number, kinds: Kind[]) =>
		rows(year).filter((r) => kinds.includes(kindOf.get(r.instansi_id) ?? 'lembaga')).length;
	const predicates = (year: number) => {
		const out: Record<string, number> = {};
		for (const r of rows(year)) out[r.predicate] = (out[r.predicate] ?? 0) + 1;
		return out;
	};

	test('loads without a problem: every row placed, every index and predicate checked', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test.each([
		{ year: 2018, status: 'official', pusat: 124, provinsi: 34, kabupaten: 368, kota: 90 },
		{ year: 2021, status: 'secondary', pusat: 92, provinsi: 34, kabupaten: 301, kota: 90 },
		{ year: 2022, status: 'secondary', pusat: 71, provinsi: 31, kabupaten: 366, kota: 86 }
	])('$year: $pusat pusat, $provinsi provinsi, $kabupaten kabupaten, $kota kota ($status)', (c) => {
		expect(count(c.year, ['kementerian', 'lembaga'])).toBe(c.pusat);
		expect(count(c.year, ['provinsi'])).toBe(c.provinsi);
		expect(count(c.year, ['kabupaten'])).toBe(c.kabupaten);
		expect(count(c.year, ['kota'])).toBe(c.kota);
		expect(new Set(rows(c.year).map((r) => r.status))).toEqual(new Set([c.status]));
		expect(new Set(rows(c.year).map((r) => r.instansi_id)).size).toBe(rows(c.year).length);
	});

	test('compiled: 615 values for 2019 and 554 for 2020, none ranked as a table', () => {
		expect(rows(2019)).toHaveLength(615);
		expect(rows(2020)).toHaveLength(554);
		expect(new Set([...rows(2019), ...rows(2020)].map((r) => r.status))).toEqual(
			new Set(['compiled'])
		);
	});

	test('predicates as PROVENANCE.md counts them', () => {
		expect(predicates(2018)).toEqual({
			Memuaskan: 1,
			'Sangat Baik': 11,
			Baik: 101,
			Cukup: 219,
			Kurang: 284
		});
		expect(predicates(2021)).toEqual({ 'Sangat Baik': 9, Baik: 148, Cukup: 230, Kurang: 130 });
		expect(predicates(2022)).toEqual({ 'Sangat Baik': 16, Baik: 173, Cukup: 257, Kurang: 108 });
	});

	test('47 levels for each of the 1,071 rows of 2021 and 2022', () => {
		expect(model.indicator_level).toHaveLength(1071);
		expect(model.indicator_level.every((l) => l.levels.length === 47)).toBe(true);
	});

	test('the five boundary rows of 2021/2022 are noted, no other', () => {
		const notes = model.data_note
			.filter((n) => n.kind === 'boundary_predicate' && (n.year === 2021 || n.year === 2022))
			.map((n) => `${n.year} ${n.instansi_id}`)
			.sort();
		expect(notes).toEqual([
			'2021 19',
			'2021 61.72',
			'2022 35.08',
			'2022 36.71',
			'2022 badan-pengawas-pemilihan-umum'
		]);
		expect(model.data_note.filter((n) => n.kind === 'rounding')).toHaveLength(26);
	});

	test('Kota Malang: 2.44 (2018) … 2.73 (2021), 2.60 (2022), 3.82, 4.24', () => {
		const malang = model.result
			.filter((r) => r.instansi_id === '35.73')
			.sort((a, b) => a.year - b.year)
			.map((r) => `${r.year} ${r.index_h} ${r.status}`);
		expect(malang).toEqual([
			'2018 244 official',
			'2019 285 compiled',
			'2020 285 compiled',
			'2021 273 secondary',
			'2022 260 secondary',
			'2023 382 official',
			'2024 424 official'
		]);
	});

	test('Kab. Bojonegoro 2018: reported 2.61 Baik disagrees with the official 2.52 Cukup', () => {
		expect(model.reconciliation).toContainEqual(
			expect.objectContaining({
				instansi_id: '35.22',
				year: 2018,
				reported_h: 261,
				official_h: 252,
				kind: 'disagrees',
				table_status: 'official'
			})
		);
		expect(model.result.filter((r) => r.instansi_id === '35.22' && r.year === 2018)).toMatchObject([
			{ index_h: 252, status: 'official' }
		]);
	});

	test('34 Polda have slugs and pages; renamed bodies are one instansi', () => {
		const polda = model.instansi.filter((i) => i.id.startsWith('kepolisian-daerah-'));
		expect(polda).toHaveLength(34);
		expect(
			new Set(
				model.result
					.filter((r) => r.instansi_id.startsWith('kepolisian-daerah-'))
					.map((r) => r.year)
			)
		).toEqual(new Set([2018, 2019]));
		const ombudsman = model.result
			.filter((r) => r.instansi_id === 'sekretariat-jenderal-ombudsman')
			.map((r) => r.year);
		expect([...new Set(ombudsman)].sort()).toEqual([2018, 2019, 2021, 2022, 2023, 2024]);
	});

	test('kode_kemenpanrb 8210 and 8211 each name two instansi in 2021', () => {
		const ids = (names: string[]) =>
			model.result
				.filter((r) => r.year === 2021 && names.includes(r.name_as_printed))
				.map((r) => r.instansi_id)
				.sort();
		expect(ids(['Pemerintah Kab. Tambrauw', 'Pemerintah Provinsi Papua'])).toEqual(['91', '96.04']);
		expect(ids(['Pemerintah Kab. Maybrat', 'Pemerintah Kab. Jayapura'])).toEqual([
			'91.03',
			'96.05'
		]);
	});

	test('Papua before the split: 2018–2022 rows keep the province printed for their year', () => {
		const jayawijaya = model.instansi_province.filter((p) => p.instansi_id === '95.01');
		expect(jayawijaya).toEqual([
			{ instansi_id: '95.01', provinsi_kode: '91', first_year: null, last_year: 2022 },
			{ instansi_id: '95.01', provinsi_kode: '95', first_year: 2023, last_year: null }
		]);
		expect(model.result.some((r) => r.instansi_id === '95.01' && r.year === 2021)).toBe(true);
	});

	test('every history alias is used by a history row (none is dead)', () => {
		const spellings = [
			...(history?.spbe2018.rows.map((r) => r.values.instansi_name ?? '') ?? []),
			...(history?.indicators.rows.map((r) => r.values.instansi_name ?? '') ?? []),
			...(history?.compiled.rows.map((r) => r.values.instansi_name ?? '') ?? []),
			...(history?.spbe2018.rows.map((r) => r.values.province_name ?? '') ?? [])
		];
		const central = new Set(spellings.map(nameKey));
		for (const a of loadCentralAliases('data/reference/central_aliases_history.csv'))
			expect(central.has(nameKey(a.alias)), a.alias).toBe(true);
		const regionKeys = new Set(spellings.map(searchKey));
		for (const a of loadRegionAliases('data/reference/region_aliases_history.csv')) {
			const key = searchKey(a.alias);
			const bare = key.replace(/^(kabupaten|kota|provinsi) /, '');
			expect(regionKeys.has(key) || regionKeys.has(bare), a.alias).toBe(true);
		}
		// the tables resolve every alias to what it says
		const matcher = createCentralMatcher(registry.central, registry.centralAliases);
		for (const a of registry.centralAliases)
			expect(matcher.match(a.alias)).toEqual({ ok: true, slug: a.slug });
		const regions = createRegionMatcher(registry.regions, registry.regionAliases);
		for (const a of registry.regionAliases)
			expect(regions.match(a.alias)).toMatchObject({ ok: true, kode: a.kode });
	});
});
