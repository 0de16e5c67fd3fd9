/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit, without making that visit heavy.
 * - Installing stores what a returning reader needs to read: the app code, the search index
 *   and manifest, the main pages and the offline page, and the rankings the home page's group
 *   choice shows (a few small files). Not the engine (DuckDB's two worker
 *   builds and .wasm, the import worker, the published Arrow tables): those are stored the
 *   first time they are used, as are pages the reader opens.
 * - Pages live in their own cache of at most MAX_PAGES (the oldest go first); a page never
 *   opened, asked for offline, gets the offline page (/luring), which lists what is stored.
 * - One pair of caches per build (the names carry the build version); activating deletes every
 *   older build's caches, so a new build replaces the old one cleanly.
 * At run time immutable assets and the .wasm are cache-first (they never change under one
 * name); pages and data are network-first with the cache as the fallback, so readers online
 * always get the current build and offline readers the last one.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `tolok-${version}`;
const PAGES = `tolok-pages-${version}`;
const MAX_PAGES = 60;
const OFFLINE = '/luring';
const CORE_PAGES = ['/', '/sumber', '/nasional', '/peringkat', OFFLINE];
/** the latest year's index ranking of each group, which the home page's group choice fetches */
const HOME_GROUPS = /^\/peringkat\/indeks\/[a-z]+\/\d{4}\.json$/;
/** used only with the engine or an import: stored on first use */
const ON_USE = /duckdb|\.wasm$|\/workers\//;
const PRECACHE = [
	...build.filter((f) => !ON_USE.test(f)),
	...files.filter((f) => !ON_USE.test(f) && !f.endsWith('.arrow')),
	...prerendered.filter(
		(p) =>
			CORE_PAGES.includes(p.replace(/\.html$/, '')) ||
			p.endsWith('manifest.json') ||
			p.endsWith('cari.json') ||
			HOME_GROUPS.test(p)
	)
];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...new Set(PRECACHE)]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((k) => k !== CACHE && k !== PAGES).map((k) => caches.delete(k)))
			)
			.then(() => sw.clients.claim())
	);
});

const immutable = (url: URL) =>
	url.pathname.includes('/_app/immutable/') || url.pathname.endsWith('.wasm');

/** Stores a page, keeping at most MAX_PAGES (the oldest stored go first). */
async function keepPage(request: Request, response: Response): Promise<void> {
	const pages = await caches.open(PAGES);
	await pages.put(request, response);
	const keys = await pages.keys();
	for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await pages.delete(old);
}

/** Stores a response if there is room: a full disk must never break the page it answers. */
async function keep(store: () => Promise<void>): Promise<void> {
	try {
		await store();
	} catch {
		/* quota exceeded or storage refused: served, not stored */
	}
}

async function fromCache(request: Request): Promise<Response | undefined> {
	return (await caches.match(request)) ?? (await caches.match(request, { ignoreSearch: true }));
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (immutable(url)) {
				const hit = await cache.match(request);
				if (hit) return hit;
				const response = await fetch(request);
				// stored while it streams to the page, not before: the engine's download shows its
				// progress, and a slow link is not taken for a stalled one
				if (response.ok) event.waitUntil(keep(() => cache.put(request, response.clone())));
				return response;
			}
			const page = request.mode === 'navigate';
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') {
					const copy = response.clone();
					event.waitUntil(keep(() => (page ? keepPage(request, copy) : cache.put(request, copy))));
				}
				return response;
			} catch (error) {
				const hit = await fromCache(request);
				if (hit) return hit;
				const offline = page ? await cache.match(OFFLINE) : undefined;
				if (offline) return offline;
				throw error;
			}
		})()
	);
});
