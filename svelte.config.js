import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// absolute paths (set BASE_PATH to serve from a sub-folder), so Open Graph URLs are absolute
		paths: { base: process.env.BASE_PATH ?? '', relative: false },
		// Content-Security-Policy as a <meta> tag in every prerendered page: SvelteKit hashes its
		// own inline scripts; 'wasm-unsafe-eval' only because duckdb-wasm compiles WebAssembly.
		// Style attributes (predicate colours) need 'unsafe-inline' for styles, never scripts.
		csp: {
			mode: 'hash',
			directives: {
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
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*'],
			// absolute URLs in Open Graph tags: set SITE_ORIGIN to where the site is deployed
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173'
		}
	}
};

export default config;
