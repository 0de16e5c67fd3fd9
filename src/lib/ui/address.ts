/**
 * Writes view state into the query string without a navigation. Reads the current address
 * from `location` (SvelteKit's `page.url` is not updated by `replaceState`), so state kept
 * by different parts of a page (filters, a table's sort, the language) never drops another's.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';

export function setParams(values: Record<string, string | null>): void {
	const url = new URL(location.href);
	for (const [k, v] of Object.entries(values)) {
		if (v === null || v === '') url.searchParams.delete(k);
		else url.searchParams.set(k, v);
	}
	if (url.href !== location.href) replaceState(url, page.state);
}
