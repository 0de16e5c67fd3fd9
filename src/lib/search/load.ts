import { base } from '$app/paths';
import type { SearchEntry } from './index';

let index: Promise<SearchEntry[]> | null = null;

/** The prerendered search index, fetched once (on the first focus of a search box). */
export function loadIndex(): Promise<SearchEntry[]> {
	index ??= fetch(`${base}/cari.json`)
		.then((r) => {
			if (!r.ok) throw new Error(`cari.json: ${r.status}`);
			return r.json() as Promise<SearchEntry[]>;
		})
		.catch((e: unknown) => {
			index = null;
			throw e;
		});
	return index;
}
