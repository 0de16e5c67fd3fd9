/**
 * The map's published years, from the files the build wrote (/peta/nilai/{tahun}.json), each
 * fetched once per visit: a reader going back and forth between two years asked the server
 * again on every pick (the files are served `no-cache`), a round trip of 150 ms or more on a
 * slow link. A failed fetch is forgotten, so asking again retries.
 */
import { base } from '$app/paths';
import type { MapYearValues } from '$lib/map/values';

const cache = new Map<number, Promise<MapYearValues>>();

export function publishedMapValues(year: number): Promise<MapYearValues> {
	let answer = cache.get(year);
	if (!answer) {
		const path = `${base}/peta/nilai/${year}.json`;
		answer = fetch(path).then((r) => {
			if (!r.ok) throw new Error(`${path}: ${r.status}`);
			return r.json() as Promise<MapYearValues>;
		});
		answer.catch(() => cache.delete(year));
		cache.set(year, answer);
	}
	return answer;
}
