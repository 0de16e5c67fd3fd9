import { error, json } from '@sveltejs/kit';
import { mapYearValues, mapYears } from '$lib/server/map';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	(await mapYears()).map((y) => ({ tahun: String(y.year) }));

/** One year's map values (map_values.sql), fetched by /peta when the reader picks the year. */
export async function GET({ params }) {
	const values = await mapYearValues(Number(params.tahun));
	if (!values) error(404, 'no map for this year');
	return json(values);
}
