/**
 * profile_results.sql and profile_domains.sql on the fixture (see fixture.sql): ranks with ties
 * (standard competition ranking), percentiles (share of the other peers with a lower index),
 * gaps to the rank above and to the next band, and reported rows that never rank.
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

const h = (v: number | null | undefined) =>
	v === null || v === undefined ? null : Math.round(v * 100);

describe('profile_results', () => {
	it('ranks kota 2024 nationally 1, 1, 3, 3, 5 with percentiles of the other peers below', async () => {
		const rows = (await queries.profileResults(engine, '*')).filter(
			(r) => r.year === 2024 && r.id.startsWith('3') && r.id.includes('.7')
		);
		const shown = Object.fromEntries(
			rows.map((r) => [
				r.id,
				[r.peringkat_nasional, r.seri_nasional, r.dari_nasional, r.persentil_nasional]
			])
		);
		expect(shown).toEqual({
			'32.73': [1, true, 5, 0.75], // Bandung 4.10: 3 of the 4 others are lower
			'32.77': [1, true, 5, 0.75], // Cimahi 4.10
			'33.74': [3, true, 5, 0.25], // Semarang 3.93: only Magelang is lower
			'33.72': [3, true, 5, 0.25], // Surakarta 3.93
			'33.71': [5, false, 5, 0] // Magelang 3.82
		});
	});

	it('ranks within the province among the same kind', async () => {
		const rows = await queries.profileResults(engine, ['33.71', '33.72', '33.74', '32.73']);
		const y2024 = rows.filter((r) => r.year === 2024);
		const by = (id: string) => y2024.find((r) => r.id === id);
		expect(by('33.74')).toMatchObject({
			peringkat_provinsi: 1,
			seri_provinsi: true,
			dari_provinsi: 3,
			persentil_provinsi: 0.5
		});
		expect(by('33.71')).toMatchObject({
			peringkat_provinsi: 3,
			seri_provinsi: false,
			dari_provinsi: 3,
			persentil_provinsi: 0
		});
		expect(by('32.73')).toMatchObject({
			peringkat_provinsi: 1,
			seri_provinsi: true,
			dari_provinsi: 2
		});
	});

	it('gives the exact gap to the rank above and to the next band', async () => {
		const [magelang] = (await queries.profileResults(engine, ['33.71'])).filter(
			(r) => r.year === 2024
		);
		expect(h(magelang?.selisih_atas_nasional)).toBe(11); // 3.93 − 3.82
		expect(magelang?.atas_peringkat_nasional).toBe(3);
		expect(magelang?.atas_nama_nasional).toBe('Kota Semarang'); // first by name of the tied pair
		expect(magelang?.predikat_berikut).toBe('Memuaskan');
		expect(h(magelang?.selisih_ambang)).toBe(38); // 4.20 − 3.82
		const [bandung] = (await queries.profileResults(engine, ['32.73'])).filter(
			(r) => r.year === 2024
		);
		expect(bandung?.selisih_atas_nasional).toBeNull(); // top
	});

	it('a lone instansi of its kind is rank 1 of 1 with percentile 0; provinces have no provincial rank', async () => {
		const [jateng] = (await queries.profileResults(engine, ['33'])).filter((r) => r.year === 2024);
		expect(jateng).toMatchObject({
			peringkat_nasional: 1,
			dari_nasional: 1,
			persentil_nasional: 0,
			peringkat_provinsi: null
		});
	});

	it('lists reported rows with their source but never ranks them, and ranks ignore $1', async () => {
		const rows = await queries.profileResults(engine, ['33.74']);
		expect(rows.map((r) => [r.year, r.status])).toEqual([
			[2022, 'reported'],
			[2024, 'official']
		]);
		expect(rows[0]).toMatchObject({
			peringkat_nasional: null,
			source_address: 'https://contoh.example/semarang-2022'
		});
		expect(rows[1]?.peringkat_nasional).toBe(3); // the same as over the whole set
	});
});

describe('profile_domains', () => {
	it('compares each domain with the median and the top tenth of its kind and weighs the room left', async () => {
		const rows = await queries.profileDomains(engine, ['33.71']);
		const layanan = rows.find((r) => r.year === 2024 && r.domain === 'layanan');
		// kota 2024 layanan: 3.95, 4.00, 4.05, 4.10, 4.65 → median 4.05, 90th percentile 4.65
		expect(h(layanan?.median)).toBe(405);
		expect(h(layanan?.atas_sepersepuluh)).toBe(465);
		expect(h(layanan?.selisih_median)).toBe(-10);
		expect(layanan?.bobot).toBe(45.5);
		expect(h(layanan?.ruang)).toBe(105);
		expect(Math.round((layanan?.dampak ?? 0) * 10000)).toBe(4778); // 0.455 × 1.05 = 0.47775
	});
});
