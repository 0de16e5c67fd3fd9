/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit. One cache per build (its name carries the build version):
 * installing precaches the app code, the published data and the main pages; activating
 * deletes every older build's cache, so a new build replaces the old one cleanly.
 * At run time: immutable assets and the DuckDB .wasm are cache-first (they never change
 * under one name); pages and data are network-first with the cache as the fallback, so
 * readers online always get the current build and offline readers get the last one.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `tolok-${version}`;
const CORE_PAGES = ['/', '/sumber', '/nasional', '/peringkat', '/kenaikan/semua/2023-2024'];
const PRECACHE = [
	...build.filter((f) => !f.endsWith('.wasm')), // the .wasm (34 MB) is cached when DuckDB first loads it
	...files.filter((f) => !f.endsWith('.wasm')),
	...prerendered.filter(
		(p) => CORE_PAGES.includes(p.replace(/\.html$/, '')) || p.endsWith('manifest.json')
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
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

const immutable = (url: URL) =>
	url.pathname.includes('/_app/immutable/') || url.pathname.endsWith('.wasm');

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
				if (response.ok) await cache.put(request, response.clone());
				return response;
			}
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
				return response;
			} catch (error) {
				const hit =
					(await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
				if (hit) return hit;
				throw error;
			}
		})()
	);
});
