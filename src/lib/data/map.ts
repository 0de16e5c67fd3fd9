/**
 * The map's answers from the engine: only years imported in this browser (the published
 * years are in the page or in /peta/nilai/{tahun}.json). Loaded by the map page on demand.
 */
import { db, queries } from '$lib/db/index.svelte';
import type { MapYearRow } from '$lib/db/row-types';
import { datasets } from '$lib/import/datasets.svelte';
import { yearValues, type MapYearValues } from '$lib/map/values';

/** The years imported datasets give the map; none (and no engine) without datasets. */
export async function importedMapYears(): Promise<MapYearRow[]> {
	const list = await datasets.load().catch(() => []);
	if (list.length === 0) return [];
	return (await queries.mapYears(await db.start())).filter((y) => y.status === 'imported');
}

/** An imported year's values, in the shape of a published year's file. */
export async function importedMapValues(year: number): Promise<MapYearValues> {
	const engine = await db.start();
	return yearValues(
		year,
		'imported',
		await queries.mapValues(engine, year),
		await queries.sources(engine)
	);
}
