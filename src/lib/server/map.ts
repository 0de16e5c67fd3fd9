/**
 * The map's data at build time: the years with a table of region results and each year's
 * values, both from map_years.sql and map_values.sql (the year is a parameter: a region
 * is never coloured by another year's value). Server-only.
 */
import { published } from './published';
import { queries } from '$lib/db/queries';
import { yearValues, type MapYearValues } from '$lib/map/values';

export interface MapYear {
	year: number;
	status: string;
	regions: number;
}

export async function mapYears(): Promise<MapYear[]> {
	return queries.mapYears(await published());
}

export async function mapYearValues(year: number): Promise<MapYearValues | null> {
	const info = (await mapYears()).find((y) => y.year === year);
	if (!info) return null;
	const engine = await published();
	return yearValues(
		year,
		info.status,
		await queries.mapValues(engine, year),
		await queries.sources(engine)
	);
}

/** Every region (province, kabupaten, kota) by code, whatever the year: names for the map. */
export async function mapRegions() {
	const latest = (await mapYears()).at(-1)?.year ?? 0;
	const rows = await queries.mapValues(await published(), latest);
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		name: r.name,
		provinsi: r.provinsi_nama
	}));
}
