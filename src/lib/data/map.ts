/**
 * The map's answers from the engine: only years imported in this browser (the published
 * years are in the page or in /peta/nilai/{tahun}.json). Loaded by the map page on demand.
 */
import { db, fixedQueries } from '$lib/db/index.svelte';
import type { MapYearRow } from '$lib/db/row-types';
import { datasets } from '$lib/import/datasets.svelte';
import { yearValues, type MapYearValues } from '$lib/map/values';

/** The years imported datasets give the map; none (and no engine) without datasets. */
export async function importedMapYears(): Promise<MapYearRow[]> {
	const list = await datasets.load().catch(() => []);
	if (list.length === 0) return [];
	const [engine, queries] = await Promise.all([db.start(), fixedQueries()]);
	return (await queries.mapYears(engine)).filter((y) => y.status === 'imported');
}

/** An imported year's values, in the shape of a published year's file. */
export async function importedMapValues(year: number): Promise<MapYearValues> {
	const [engine, queries] = await Promise.all([db.start(), fixedQueries()]);
	return yearValues(
		year,
		'imported',
		await queries.mapValues(engine, year),
		await queries.sources(engine)
	);
}
