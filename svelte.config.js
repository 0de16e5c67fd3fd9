import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withStaticHeaders } from './scripts/static-headers.js';

// Content-Security-Policy: a <meta> tag in every prerendered page (SvelteKit hashes its own
// inline scripts) and, for hosts that read it, build/_headers (scripts/static-headers.js), which
// also governs the workers. 'wasm-unsafe-eval' only because duckdb-wasm compiles WebAssembly.
// Style attributes (predicate colours) need 'unsafe-inline' for styles, never scripts.
const directives = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'worker-src': ['self', 'blob:'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// precompressed .br/.gz copies and _headers: see scripts/static-headers.js
		adapter: withStaticHeaders(
			adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
			{ directives, out: 'build', base }
		),
		// absolute paths (set BASE_PATH to serve from a sub-folder), so Open Graph URLs are absolute
		paths: { base, relative: false },
		// each page's CSS in a <style> in its <head>: a phone paints the page without first
		// waiting for a dozen small render-blocking stylesheets (all are under 6 KB)
		inlineStyleThreshold: 8192,
		csp: { mode: 'hash', directives },
		prerender: {
			// several requests at once, so pages render while Open Graph cards are drawn in a
			// worker thread on the other core (src/lib/server/og-pool.ts)
			concurrency: 4,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*'],
			// absolute URLs in Open Graph tags: set SITE_ORIGIN to where the site is deployed
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173'
		}
	}
};

export default config;
