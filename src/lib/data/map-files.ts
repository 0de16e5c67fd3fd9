/**
 * The map's published years, from the files the build wrote (/peta/nilai/{tahun}.json), each
 * fetched once per visit (`fetchedOnce`): a reader going back and forth between two years
 * asked the server again on every pick, a round trip of 150 ms or more on a slow link.
 */
import { base } from '$app/paths';
import type { MapYearValues } from '$lib/map/values';
import { fetchedOnce } from './published';

export function publishedMapValues(year: number): Promise<MapYearValues> {
	return fetchedOnce(`${base}/peta/nilai/${year}.json`, (json) => json as MapYearValues);
}
