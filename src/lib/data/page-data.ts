/**
 * A page's navigation data (SvelteKit's `__data.json`), kept in memory once fetched.
 *
 * The ranking selectors preload every page a choice can open when it gets focus, but SvelteKit
 * keeps only the last of those preloads: a pick of any other asked the browser's HTTP cache
 * again, 6–10 ms of round trips through the network service before the page could render
 * (the whole change is held to 100 ms). The prerendered data of a build never changes while a
 * page runs, so an answer kept here serves every later fetch of the same address, query
 * included (the query names what SvelteKit wants reloaded).
 *
 * SvelteKit fetches page data through `window.fetch` so that a wrapped fetch is used; this is
 * one. Only same-origin GETs of `__data.json` are kept, only answers that are OK, and at most
 * `max` of them (the oldest leaves first).
 */
export function keepPageData(target: { fetch: typeof fetch; location: Location }, max = 24) {
	const next = target.fetch;
	const kept = new Map<string, Promise<Kept | null>>();
	target.fetch = (input, init) => {
		const url = pageDataUrl(input, init, target.location.origin);
		if (url === null) return next(input, init);
		const known = kept.get(url);
		// (an answer that was not OK is not kept: that fetch is made again)
		if (known) return known.then((k) => (k ? answer(k) : next(input, init)));
		const res = next(input, init);
		const keep = res.then(async (r): Promise<Kept | null> => {
			if (!r.ok) return null;
			const { status, statusText } = r;
			return { body: await r.clone().arrayBuffer(), status, statusText, headers: [...r.headers] };
		});
		kept.set(url, keep);
		keep.then(
			(k) => k || kept.delete(url),
			() => kept.delete(url)
		);
		if (kept.size > max) kept.delete(kept.keys().next().value as string);
		return res;
	};
}

interface Kept {
	body: ArrayBuffer;
	status: number;
	statusText: string;
	headers: [string, string][];
}

const answer = ({ body, status, statusText, headers }: Kept) =>
	new Response(body, { status, statusText, headers });

/** The address of a same-origin GET of page data, or null for any other request. */
export function pageDataUrl(
	input: RequestInfo | URL,
	init: RequestInit | undefined,
	origin: string
): string | null {
	if (typeof input !== 'string' && !(input instanceof URL)) return null; // a Request: left alone
	if ((init?.method ?? 'GET').toUpperCase() !== 'GET' || init?.body != null) return null;
	let url: URL;
	try {
		url = new URL(input, origin);
	} catch {
		return null;
	}
	return url.origin === origin && url.pathname.endsWith('/__data.json') ? url.href : null;
}
