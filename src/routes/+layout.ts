import { base } from '$app/paths';
import type { SiteFacts } from '$lib/data/rows';

// Every page is prerendered; DuckDB in the browser answers only what the reader changes.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The site facts in the footer, from the published site.json. A universal load (not a server
 * one) so that a page the build never wrote (404.html answering /wilayah/99.99) can still
 * render the layout: a server load would need a __data.json that does not exist for it.
 * While prerendering, fetch reads the file from static/; the response is inlined in the page.
 */
export async function load({ fetch }) {
	// site.json, not manifest.json: the response is inlined into every prerendered page
	const site = (await (await fetch(`${base}/data/site.json`)).json()) as SiteFacts;
	return { site };
}
