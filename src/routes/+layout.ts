import { base } from '$app/paths';
import type { Manifest } from '$lib/db/types';

// Every page is prerendered; DuckDB in the browser answers only what the reader changes.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The site facts in the footer, from the published manifest. A universal load (not a server
 * one) so that a page the build never wrote (404.html answering /wilayah/99.99) can still
 * render the layout: a server load would need a __data.json that does not exist for it.
 * While prerendering, fetch reads the file from static/; the response is inlined in the page.
 */
export async function load({ fetch }) {
	const m = (await (await fetch(`${base}/data/manifest.json`)).json()) as Manifest;
	return {
		site: {
			builtAt: m.builtAt,
			engine: m.engine,
			latestYear: m.latestYear,
			officialYears: m.officialYears,
			tableYears: m.tableYears,
			years: m.years,
			history: m.history.installed
		}
	};
}
