/**
 * national_series.sql, predicate_counts.sql and report_counts.sql against the real engine
 * on the fixture in fixture.sql.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KELOMPOK, queries, type Kelompok } from '../db/queries';
import type { NodeEngine } from '../db/engine-node';
import { fixtureEngine } from './fixture';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await fixtureEngine();
});
afterAll(() => engine.close());

/** Hundredths: DECIMALs arrive as doubles scaled by 0.01 (3.82 → 3.8200000000000003). */
const h = (v: number | null) => (v === null ? null : Math.round(v * 100));

describe('national_series.sql', () => {
	it('picks the latest report, then its lowest-numbered table, per year and measure', async () => {
		const rows = await queries.nationalSeries(engine);
		expect(rows.map((r) => [r.measure, r.year, h(r.value), r.source_id, r.source_table])).toEqual([
			// lap2023 Tabel 4 also prints 2022; the later report wins with the same figure.
			['index', 2022, 234, 'lap2024', 'Tabel 4'],
			// lap2023 Tabel 4 printed 2.78; Laporan 2024 revised it to 2.79.
			['index', 2023, 279, 'lap2024', 'Tabel 4'],
			// Tabel 4 and Tabel 5 of the same report both print 2024.
			['index', 2024, 284, 'lap2024', 'Tabel 4'],
			// Tabel 5 before Tabel 12: numeric order, not text order ('Tabel 12' < 'Tabel 5').
			['kebijakan', 2024, 250, 'lap2024', 'Tabel 5'],
			// Printed by one table only.
			['layanan', 2023, 290, 'lap2023', 'Tabel 7']
		]);
	});

	it('keeps only national means of the index and the four domains', async () => {
		const rows = await queries.nationalSeries(engine);
		expect(new Set(rows.map((r) => `${r.measure} ${r.year}`)).size).toBe(rows.length);
		expect(rows.map((r) => r.measure)).not.toContain('a1');
		// The national max (4.45) and the Instansi Pusat mean (3.21) are not in the series.
		expect(rows.map((r) => h(r.value))).not.toContain(445);
		expect(rows.map((r) => h(r.value))).not.toContain(321);
	});
});

describe('predicate_counts.sql', () => {
	const EXPECTED: Record<Kelompok, [number, string, number][]> = {
		semua: [
			[2023, 'Baik', 2],
			[2023, 'Cukup', 1],
			[2023, 'Memuaskan', 2],
			[2023, 'Sangat Baik', 4],
			[2024, 'Memuaskan', 2],
			[2024, 'Sangat Baik', 7]
		],
		daerah: [
			[2023, 'Baik', 2],
			[2023, 'Cukup', 1],
			[2023, 'Memuaskan', 1],
			[2023, 'Sangat Baik', 3],
			[2024, 'Memuaskan', 1],
			[2024, 'Sangat Baik', 6]
		],
		provinsi: [
			[2023, 'Sangat Baik', 1],
			[2024, 'Memuaskan', 1]
		],
		kabupaten: [
			[2023, 'Sangat Baik', 1],
			[2024, 'Sangat Baik', 1]
		],
		kota: [
			[2023, 'Baik', 2],
			[2023, 'Cukup', 1],
			[2023, 'Memuaskan', 1],
			[2023, 'Sangat Baik', 1],
			[2024, 'Sangat Baik', 5]
		],
		kementerian: [
			[2023, 'Memuaskan', 1],
			[2024, 'Memuaskan', 1]
		],
		lembaga: [
			[2023, 'Sangat Baik', 1],
			[2024, 'Sangat Baik', 1]
		]
	};

	it.each(KELOMPOK)('counts official rows per year and predicate for %s', async (kelompok) => {
		const rows = await queries.predicateCounts(engine, kelompok);
		expect(rows.map((r) => [r.year, r.predicate, r.jumlah])).toEqual(EXPECTED[kelompok]);
	});

	it('never counts the reported 2022 row', async () => {
		const rows = await queries.predicateCounts(engine, 'semua');
		expect(rows.map((r) => r.year)).not.toContain(2022);
	});

	it.each(KELOMPOK)('%s: each year adds up to the rows ranking.sql lists', async (kelompok) => {
		const rows = await queries.predicateCounts(engine, kelompok);
		for (const year of [2023, 2024]) {
			const total = rows.filter((r) => r.year === year).reduce((n, r) => n + r.jumlah, 0);
			expect(total).toBe((await queries.ranking(engine, year, kelompok, 'indeks')).length);
		}
	});
});

describe('report_counts.sql', () => {
	it("sets the report's counts against the official rows published, latest year first", async () => {
		const rows = await queries.reportCounts(engine);
		expect(rows.map((r) => [r.year, r.kelompok, r.reported, r.published, r.source_table])).toEqual([
			[2024, 'pusat', 2, 2, 'Tabel 9-16'],
			[2024, 'provinsi', 1, 1, 'Tabel 17-54'],
			[2024, 'kabupaten', 1, 1, 'Tabel 17-54'],
			[2024, 'kota', 5, 5, 'Tabel 17-54'],
			// The report counts two kabupaten in 2023; one is published.
			[2023, 'kabupaten', 2, 1, 'Tabel 16-53'],
			[2023, 'kota', 5, 5, 'Tabel 16-53'],
			// Only a reported row exists for 2022: nothing published (0, not NULL).
			[2022, 'kota', 4, 0, 'n/a']
		]);
	});

	it('returns numbers, not BigInts, in the browser-like engine', async () => {
		for (const r of await queries.reportCounts(engine)) {
			expect(typeof r.reported).toBe('number');
			expect(typeof r.published).toBe('number');
		}
	});
});
