/**
 * map_values.sql on the fixture: a region is coloured only by a value of the year asked
 * for. Kota Bekasi (2023 only) and Kota Semarang (reported 2022, official 2024) must come
 * back empty in the years they have no table value, never with another year's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queries } from '../db/queries';
import type { NodeEngine } from '../db/engine-node';
import { fixtureEngine } from './fixture';
import { valueOf, yearValues } from '$lib/map/values';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await fixtureEngine();
});
afterAll(() => engine.close());

const REGIONS = ['32.11', '32.73', '32.75', '32.77', '33', '33.71', '33.72', '33.74'];

describe('map_values', () => {
	it('lists every region once, whatever the year, and never a value from another year', async () => {
		for (const year of [2022, 2023, 2024, 2025, 2026]) {
			const rows = await queries.mapValues(engine, year);
			expect(rows.map((r) => r.id)).toEqual(REGIONS);
			for (const r of rows) {
				if (r.index === null) expect([r.year, r.status, r.predicate]).toEqual([null, null, null]);
				else expect(r.year).toBe(year);
			}
		}
	});

	it('leaves Kota Bekasi grey in 2024 although it has a 2023 value', async () => {
		const y2023 = await queries.mapValues(engine, 2023);
		expect(y2023.find((r) => r.id === '32.75')?.index).toBe(2.1);
		const y2024 = await queries.mapValues(engine, 2024);
		expect(y2024.find((r) => r.id === '32.75')).toMatchObject({ index: null, status: null });
		// exactly the regions with an official 2024 result are coloured
		expect(y2024.filter((r) => r.index !== null).map((r) => r.id)).toEqual([
			'32.11',
			'32.73',
			'32.77',
			'33',
			'33.71',
			'33.72',
			'33.74'
		]);
	});

	it('never colours a region by a reported value (Kota Semarang, 2022)', async () => {
		const rows = await queries.mapValues(engine, 2022);
		expect(rows.every((r) => r.index === null)).toBe(true);
	});

	it('takes an imported year, marked imported, only from its own rows', async () => {
		const rows = (await queries.mapValues(engine, 2026)).filter((r) => r.index !== null);
		expect(rows.map((r) => [r.id, r.status, r.year])).toEqual([
			['32.73', 'imported', 2026],
			['32.75', 'imported', 2026],
			['33.71', 'imported', 2026]
		]);
		expect(rows.find((r) => r.id === '32.73')?.index).toBe(4.3); // not the reported 4.66
	});
});

describe('map_years', () => {
	it('offers the years with a table of region results, from the data, with their status', async () => {
		expect(await queries.mapYears(engine)).toEqual([
			{ year: 2023, status: 'official', regions: 7 },
			{ year: 2024, status: 'official', regions: 7 },
			{ year: 2026, status: 'imported', regions: 3 }
		]);
	});
});

describe('a year of the map as the page carries it', () => {
	it('holds a cell for each region with a value that year, and the titles of its sources', async () => {
		const v = yearValues(
			2024,
			'official',
			await queries.mapValues(engine, 2024),
			await queries.sources(engine)
		);
		expect(Object.keys(v.cells).sort()).toEqual([
			'32.11',
			'32.73',
			'32.77',
			'33',
			'33.71',
			'33.72',
			'33.74'
		]);
		expect(v.cells['32.75']).toBeUndefined(); // Bekasi: 2023 only
		expect(valueOf(v.cells['32.73'], 'index')).toBe(4.1);
		expect(v.sources).toEqual({
			lap2024: { title: 'Laporan Pelaksanaan Evaluasi SPBE Tahun 2024', date: '2024-12' }
		});
	});
});
