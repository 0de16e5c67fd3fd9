/**
 * The queries over the history years on the fixture (fixture.sql + fixture-history.sql):
 * a ranking for a secondary year, peningkatan over consecutive table years (an incomplete one
 * included, never across methodologies), compiled values that never rank, provinces of the
 * year, bands of each value's own methodology, climbers across the break, indicator levels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queries } from '../db/queries';
import type { NodeEngine } from '../db/engine-node';
import { fixtureEngine } from './fixture';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await fixtureEngine({ history: true });
});
afterAll(() => engine.close());

const h = (v: number | null | undefined) =>
	v === null || v === undefined ? null : Math.round(v * 100);

describe('rankings of the history years', () => {
	it('ranks a secondary year (2022 kota) like an official one', async () => {
		const rows = await queries.ranking(engine, 2022, 'kota', 'indeks');
		expect(rows.map((r) => [r.peringkat, r.name, h(r.nilai), r.status])).toEqual([
			[1, 'Kota Bandung', 361, 'secondary'],
			[2, 'Kota Cimahi', 310, 'secondary'],
			[3, 'Kota Magelang', 260, 'secondary'],
			[4, 'Kota Bekasi', 200, 'secondary']
		]);
		expect(rows[0]?.dari).toBe(4);
	});

	it('never ranks a compiled year (2019) nor a reported value', async () => {
		expect(await queries.ranking(engine, 2019, 'semua', 'indeks')).toEqual([]);
	});

	it('peningkatan 2023 over the incomplete 2022: who is missing from 2022 is left out', async () => {
		const rows = await queries.ranking(engine, 2023, 'kota', 'peningkatan');
		expect(rows.map((r) => [r.peringkat, r.name, h(r.nilai), r.prev_year])).toEqual([
			[1, 'Kota Cimahi', 115, 2022],
			[2, 'Kota Bandung', 29, 2022],
			[3, 'Kota Bekasi', 10, 2022],
			[4, 'Kota Magelang', 0, 2022],
			[null, 'Kota Surakarta', null, null]
		]);
	});

	it('peningkatan 2022 over 2021 ties exactly; 2021 has nothing to compare with (2018 is PermenPANRB 5/2018)', async () => {
		const y2022 = await queries.ranking(engine, 2022, 'kota', 'peningkatan');
		expect(y2022.map((r) => [r.peringkat, r.seri, r.name, h(r.nilai)])).toEqual([
			[1, false, 'Kota Bandung', 42],
			[2, false, 'Kota Magelang', 40],
			[3, true, 'Kota Bekasi', 10],
			[3, true, 'Kota Cimahi', 10]
		]);
		const y2021 = await queries.ranking(engine, 2021, 'semua', 'peningkatan');
		expect(y2021.length).toBeGreaterThan(0);
		expect(y2021.every((r) => r.nilai === null && r.peringkat === null)).toBe(true);
	});

	it('peningkatan 2024 still compares with 2023 only', async () => {
		const rows = await queries.ranking(engine, 2024, 'kota', 'peningkatan');
		expect(rows.find((r) => r.name === 'Kota Magelang')).toMatchObject({ prev_year: 2023 });
	});

	it('names the province of the year: Jayawijaya is in Papua in 2021', async () => {
		const rows = await queries.ranking(engine, 2021, 'kabupaten', 'indeks');
		expect(rows.find((r) => r.id === '95.01')).toMatchObject({
			provinsi_kode: '91',
			provinsi_nama: 'Papua'
		});
	});

	it('lists as not evaluated only instansi that existed that year', async () => {
		const missing2021 = (await queries.notEvaluated(engine, 2021, 'provinsi')).map((r) => r.id);
		expect(missing2021).not.toContain('95'); // formed in 2022
		expect(missing2021).toContain('91');
		const lembaga2024 = (await queries.notEvaluated(engine, 2024, 'lembaga')).map((r) => r.id);
		expect(lembaga2024).not.toContain('kepolisian-daerah-aceh'); // evaluated on its own only in 2018
	});
});

describe('profiles of the history years', () => {
	it('ranks 2018 and 2021 among their own years; compiled values have no rank', async () => {
		const rows = await queries.profileResults(engine, ['33.71']);
		const by = (year: number) => rows.find((r) => r.year === year);
		expect(rows.map((r) => `${r.year} ${r.status}`)).toEqual([
			'2018 official',
			'2019 compiled',
			'2021 secondary',
			'2022 secondary',
			'2023 official',
			'2024 official',
			'2026 imported'
		]);
		expect(by(2018)).toMatchObject({ peringkat_nasional: 4, dari_nasional: 4 });
		expect(by(2019)).toMatchObject({ peringkat_nasional: null, dari_nasional: null });
		expect(by(2021)).toMatchObject({ peringkat_nasional: 4, dari_nasional: 5 });
	});

	it('ranks within the province of the year (Jayawijaya 2021 among Papua’s kabupaten)', async () => {
		const [r] = (await queries.profileResults(engine, ['95.01'])).filter((x) => x.year === 2021);
		expect(r).toMatchObject({ peringkat_provinsi: 2, dari_provinsi: 2 });
	});

	it('takes the gap to the next predicate from the value’s own methodology', async () => {
		const rows = await queries.profileResults(engine, ['32.11']);
		const pemdi = rows.find((r) => r.year === 2027);
		expect(pemdi).toMatchObject({ predikat_berikut: 'Memuaskan', methodology: 'pemdi-2026' });
		expect(h(pemdi?.ambang_berikut)).toBe(400);
		expect(h(pemdi?.selisih_ambang)).toBe(40);
		const spbe = rows.find((r) => r.year === 2024); // 3.93 Sangat Baik → 4.20
		expect(h(spbe?.ambang_berikut)).toBe(420);
	});
});

describe('climbers across the years', () => {
	it('flags a pair across PermenPANRB 5/2018 → 59/2020 and marks each side’s status', async () => {
		const rows = await queries.change(engine, 'kota', 2018, 2024);
		const magelang = rows.find((r) => r.id === '33.71');
		expect(magelang).toMatchObject({
			status: 'official',
			lintas_metodologi: true,
			status_dari: 'official',
			status_ke: 'official'
		});
		expect(h(magelang?.selisih)).toBe(207);
	});

	it('a compiled side is never ranked and makes the pair mixed', async () => {
		const rows = await queries.change(engine, 'kota', 2019, 2021);
		const bandung = rows.find((r) => r.id === '32.73');
		expect(bandung).toMatchObject({
			status: 'mixed',
			status_dari: 'compiled',
			status_ke: 'secondary',
			rank_dari: null
		});
		expect(bandung?.rank_ke).toBe(1);
	});

	it('a secondary pair is secondary', async () => {
		const rows = await queries.change(engine, 'kota', 2021, 2022);
		expect(new Set(rows.filter((r) => r.selisih !== null).map((r) => r.status))).toEqual(
			new Set(['secondary'])
		);
	});

	it('lists every pair with values on both sides, with its table count', async () => {
		const pairs = (await queries.changePairs(engine)).filter((p) => p.kelompok === 'kota');
		expect(pairs.find((p) => p.dari === 2018 && p.ke === 2024)).toMatchObject({
			resmi: 4,
			tabel: 4
		});
		expect(pairs.find((p) => p.dari === 2021 && p.ke === 2022)).toMatchObject({
			resmi: 0,
			tabel: 4
		});
		expect(pairs.find((p) => p.dari === 2019 && p.ke === 2020)).toBeUndefined();
	});
});

describe('indicator levels', () => {
	it('sets each level beside the peers’ median and best level and the previous year', async () => {
		const rows = await queries.profileIndicators(engine, ['32.73']);
		const r = (year: number, no: number) => rows.find((x) => x.year === year && x.no === no);
		expect(r(2022, 2)).toMatchObject({
			level: 3,
			median: 3,
			terbaik: 4,
			dari: 3,
			sebelumnya: 3,
			tahun_sebelumnya: 2021
		});
		expect(r(2022, 1)).toMatchObject({ level: 3, sebelumnya: 2 });
		expect(r(2021, 1)).toMatchObject({ level: 2, terbaik: 4, dari: 4, sebelumnya: null });
		expect(h(r(2021, 1)?.bobot)).toBe(130);
	});

	it('counts the levels of each indicator per kind', async () => {
		const rows = (await queries.indicatorDistribution(engine, 2022)).filter((r) => r.no === 1);
		expect(rows.map((r) => [r.kind, r.level, r.jumlah])).toEqual([
			['kota', 1, 1],
			['kota', 3, 2]
		]);
	});
});

describe('years and methodologies', () => {
	it('summarises each table year per kind, compiled included, reported left out', async () => {
		const rows = await queries.yearSummary(engine);
		const kota = (year: number) => rows.find((r) => r.year === year && r.kind === 'kota');
		expect(kota(2022)).toMatchObject({
			status: 'secondary',
			jumlah: 4,
			sangat_baik: 1,
			baik: 2,
			cukup: 1,
			jumlah_indeks_h: 361 + 310 + 260 + 200
		});
		expect(kota(2019)).toMatchObject({ status: 'compiled', jumlah: 2 });
		expect(rows.some((r) => r.year === 2026 || r.year === 2027)).toBe(false);
	});

	it('gives every methodology with its years and bands', async () => {
		const versions = await queries.methodologies(engine);
		expect(versions.map((v) => [v.id, v.first_year, v.last_year, v.index_name])).toEqual([
			['pp5-2018', 2018, 2020, 'Indeks SPBE'],
			['pp59-2020', 2021, 2025, 'Indeks SPBE'],
			['pemdi-2026', 2026, null, 'Indeks Pemdi']
		]);
		const bands = await queries.predicateBands(engine);
		expect(bands.filter((b) => b.methodology === 'pemdi-2026').map((b) => h(b.lower))).toEqual([
			100, 150, 250, 350, 400
		]);
	});
});
