import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './scripts/paraglide-options.js';
import { preloadStaticImports } from './scripts/preload-manifest.ts';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * Fewer, larger files for the browser. Left alone, the bundler puts every module into a chunk
 * shared by exactly the pages that use it, and a first view fetched ~58 files, half of them
 * under 1 KB (one message, one helper). Each file costs a phone's main thread a few ms before
 * the page can start (a trace at 4× CPU: ~280 ms of the first parse went to the ranking
 * page's 58 modulepreload links, ~160 ms with 37; then ~10 ms per arriving module), whatever
 * its size. So:
 * - Svelte's and SvelteKit's client code and Paraglide's runtime, which every page runs, are
 *   one file;
 * - the code the layout imports statically, which every page therefore loads, is one file.
 *   The bundler had split it in ~20 by which lazily loaded chunks also use each part. Its
 *   messages stay out: Paraglide's `messages.js` imports every message, and the bundler drops
 *   the unused ones only after this grouping;
 * - the messages and the small modules of `src/lib` (under 2 KB each) that four or more pages
 *   use are one file each. Pages fetch a few strings and helpers they do not call, but every
 *   first view still downloads less than with the bundler's small files.
 * Modules that only one to three pages use keep the bundler's chunks: grouping every message
 * added 17 KB to each first view, and grouping them by page (`entriesAware`) added files or,
 * with its merge threshold, pulled lazily loaded code into first views.
 * The server build keeps the defaults.
 */
function fewerChunks(): Plugin {
	let ssr = false;
	/** The modules the layout, and so every page, imports statically (known once the build ends). */
	const everyPage = new Set<string>();
	return {
		name: 'tolok-fewer-chunks',
		apply: 'build',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		buildEnd() {
			if (ssr) return;
			const roots = [...this.getModuleIds()].filter((id) =>
				/generated[\\/]client-optimized[\\/](app\.js|nodes[\\/]0\.js)$/.test(id)
			);
			const stack = [...roots];
			while (stack.length > 0) {
				const id = stack.pop()!;
				if (everyPage.has(id)) continue;
				everyPage.add(id);
				stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		},
		outputOptions(options) {
			if (ssr) return null;
			// SvelteKit's pattern, `_app/immutable/chunks/[hash].js`
			const names = options.chunkFileNames ?? '[hash].js';
			return {
				...options,
				// The engine's client (duckdb-wasm's bindings and Arrow, loaded on the engine's first
				// start) is named so the service worker tells it apart (ON_USE) and stores it on first
				// use, as it does DuckDB's workers and .wasm, instead of on every first visit.
				chunkFileNames: (chunk) =>
					typeof names === 'function'
						? names(chunk)
						: /src[\\/]lib[\\/]db[\\/]browser\.ts$/.test(chunk.facadeModuleId ?? '')
							? names.replace('[hash]', 'duckdb-[hash]')
							: names,
				codeSplitting: {
					groups: [
						{
							name: 'runtime',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|src[\\/]lib[\\/]paraglide[\\/]runtime\.js/,
							priority: 20
						},
						{
							name: 'layout',
							test: (id) => everyPage.has(id) && !/paraglide[\\/]messages[\\/]/.test(id),
							priority: 15
						},
						{
							name: 'messages',
							test: /src[\\/]lib[\\/]paraglide[\\/]messages[\\/]/,
							minShareCount: 4,
							priority: 10
						},
						{
							// not the engine's or the import's code, which no first view loads
							name: 'common',
							test: /src[\\/]lib[\\/](?!paraglide|db[\\/]|import[\\/]).*\.(ts|svelte)$/,
							minShareCount: 4,
							maxModuleSize: 2000,
							priority: 5
						}
					]
				}
			};
		}
	};
}

// Vitest 5's reporter calls Map.groupBy (Node ≥ 21) when it prints a failure; these
// machines run Node 20, so give it the standard behaviour until they move to Node 22.
if (!('groupBy' in Map)) {
	Object.defineProperty(Map, 'groupBy', {
		value<K, T>(items: Iterable<T>, key: (item: T, i: number) => K): Map<K, T[]> {
			const out = new Map<K, T[]>();
			let i = 0;
			for (const item of items) {
				const k = key(item, i++);
				const list = out.get(k);
				if (list) list.push(item);
				else out.set(k, [item]);
			}
			return out;
		}
	});
}

export default defineConfig({
	plugins: [
		// messages/{id,en}.json compiled to one function per message: a page ships only the
		// messages it calls (options: scripts/paraglide-options.js)
		// (left out when the caller compiled them already: `npm test` does, once, before the build
		// and Vitest run side by side; each compile costs 15 s on a busy machine)
		...(process.env.TOLOK_MESSAGES_COMPILED ? [] : [paraglideVitePlugin(paraglideOptions)]),
		sveltekit(),
		fewerChunks(),
		// every module a page imports statically is in its modulepreload links
		preloadStaticImports()
	],
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Test files share their worker (no fresh process and module graph per file), so each
		// worker starts duckdb-wasm once (src/lib/db/engine-node.ts keeps one instance per
		// process; each engine is its own in-memory database on it). A test file that changes
		// global state restores it in afterAll (src/lib/ranking/shortlist.test.ts).
		isolate: false,
		testTimeout: 30_000,
		// a worker's first engine compiles the 34 MB .wasm: 2–3 s on a quiet 2-core machine,
		// over 30 s with a build running beside it
		hookTimeout: 60_000,
		env: { TZ: 'UTC' }
	}
});
