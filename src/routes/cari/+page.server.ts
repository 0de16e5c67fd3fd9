import { profileSet } from '$lib/server/profiles';

/**
 * The latest official index and predicate of every instansi, by id, for the results list
 * (the names come from /cari.json, which the box on this page has loaded anyway).
 */
export async function load() {
	const set = await profileSet();
	const latest: Record<string, [year: number, index: number, predicate: string]> = {};
	for (const d of set.directory)
		if (d.year !== null && d.index !== null && d.predicate)
			latest[d.id] = [d.year, d.index, d.predicate];
	return { latest };
}
