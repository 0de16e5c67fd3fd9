import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// absolute paths (set BASE_PATH to serve from a sub-folder), so Open Graph URLs are absolute
		paths: { base: process.env.BASE_PATH ?? '', relative: false },
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
