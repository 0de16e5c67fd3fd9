/**
 * Rows imported in the browser (status 'imported'; fixture.sql's 2026 rows for Kota
 * Bandung, Bekasi and Magelang) rank among that year's imported rows on profiles and in the
 * climbers table, whose status says 'imported'; the official years are untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queries } from '../db/queries';
import type { NodeEngine } from '../db/engine-node';
import { fixtureEngine } from './fixture';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await fixtureEngine();
});
afterAll(() => engine.close());

describe('profile_results with an imported year', () => {
	it('ranks the imported kota among that year’s imported rows only (1, =2, =2)', async () => {
		const all = (await queries.profileResults(engine, '*')).filter((r) => r.year === 2026);
		// Bandung's reported 2026 value stays, unranked, beside the imported one
		expect(
			all.filter((r) => r.status === 'reported').map((r) => [r.id, r.peringkat_nasional])
		).toEqual([['32.73', null]]);
		const rows = all.filter((r) => r.status === 'imported');
		const shown = Object.fromEntries(
			rows.map((r) => [
				r.id,
				[
					r.status,
					r.peringkat_nasional,
					r.seri_nasional,
					r.dari_nasional,
					r.persentil_nasional,
					r.peringkat_provinsi,
					r.dari_provinsi
				]
			])
		);
		expect(shown).toEqual({
			'32.73': ['imported', 1, false, 3, 1, 1, 2],
			'32.75': ['imported', 2, true, 3, 0, 2, 2],
			'33.71': ['imported', 2, true, 3, 0, 1, 1]
		});
		const bandung = rows.find((r) => r.id === '32.73');
		expect(bandung?.source_publisher).toBe('impor lokal');
		expect(bandung?.source_title).toBe('uji-2026');
		expect(bandung?.selisih_atas_nasional).toBeNull();
		expect(rows.find((r) => r.id === '33.71')?.selisih_atas_nasional).toBe(1.2);
	});

	it('leaves the official 2024 ranks as they were (kota: 5 ranked)', async () => {
		const rows = (await queries.profileResults(engine, ['32.73'])).filter((r) => r.year === 2024);
		expect(rows.map((r) => [r.status, r.peringkat_nasional, r.dari_nasional])).toEqual([
			['official', 1, 5]
		]);
	});

	it('never ranks the reported row', async () => {
		const rows = await queries.profileResults(engine, ['33.74']);
		expect(rows.find((r) => r.status === 'reported')?.peringkat_nasional).toBeNull();
	});
});

describe('change with an imported year', () => {
	it('marks pairs with an imported side as imported and ranks the change exactly (an imported value before a reported one)', async () => {
		const rows = (await queries.change(engine, 'kota', 2024, 2026)).filter(
			(r) => r.selisih !== null
		);
		expect(
			rows.map((r) => [r.peringkat, r.name, r.selisih, r.status, r.status_dari, r.status_ke])
		).toEqual([
			[1, 'Kota Bandung', 0.2, 'imported', 'official', 'imported'],
			[2, 'Kota Magelang', -0.72, 'imported', 'official', 'imported']
		]);
		expect(rows[0]?.rank_ke).toBe(1);
	});

	it('keeps official pairs official', async () => {
		const rows = await queries.change(engine, 'kota', 2023, 2024);
		expect(new Set(rows.filter((r) => r.selisih !== null).map((r) => r.status))).toEqual(
			new Set(['official'])
		);
	});

	it('lists the imported pairs with their count in change_pairs', async () => {
		const pairs = (await queries.changePairs(engine)).filter((p) => p.kelompok === 'kota');
		expect(pairs.map((p) => [p.dari, p.ke, p.pasangan, p.resmi, p.impor])).toEqual([
			[2022, 2024, 1, 0, 0],
			[2023, 2024, 4, 4, 0],
			[2023, 2026, 3, 0, 3],
			[2024, 2026, 2, 0, 2]
		]);
	});
});
