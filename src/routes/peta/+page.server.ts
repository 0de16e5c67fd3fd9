import { geoStatus } from '$lib/server/geo-dir';
import { mapRegions, mapYearValues, mapYears } from '$lib/server/map';

/**
 * The regions, the years with a table of results (from the data) and the latest year's
 * values; other years load from /peta/nilai/{tahun}.json, the shapes from /peta/geo.json.
 */
export async function load() {
	const status = geoStatus();
	const years = await mapYears();
	const latest = years.at(-1)?.year;
	return {
		geo: { available: status.provinsi && status.kabkota },
		regions: await mapRegions(),
		years,
		values: latest === undefined ? null : await mapYearValues(latest)
	};
}
