/**
 * Every module a page imports statically must be in its HTML's modulepreload links: one that is
 * not is fetched only when its importer runs, a round trip (150 ms and more on slow 4G) before
 * the page can hydrate.
 *
 * SvelteKit computes those links from the client build's manifest (`find_deps`), walking each
 * chunk's static imports and then its dynamic ones, and never visiting a chunk twice. A chunk
 * first reached through a dynamic import is marked as visited without being preloaded, so when
 * a later static import reaches it, it is skipped: a ranking page did not preload the download
 * helpers its chart figure imports, because the shortlist editor (loaded on demand) imports them
 * too, and hydration waited for them.
 *
 * `dynamicImportsLast` rewrites the manifest so that walk sees every static import first: each
 * chunk's dynamic imports move to a companion entry (`<key>#dynamic`, same file), and each entry
 * chunk (a route node, the app, the start script) lists the companions of its whole static
 * closure after its own imports. The walk then preloads the whole static closure, and reaches the
 * dynamic imports (for their stylesheets) from the same entry, at the same depth, as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export type ManifestChunk = {
	file: string;
	src?: string;
	name?: string;
	isEntry?: boolean;
	isDynamicEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	assets?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export const COMPANION = '#dynamic';

export function dynamicImportsLast(manifest: Manifest): Manifest {
	const out: Manifest = {};
	const companions = new Set<string>();
	for (const [key, chunk] of Object.entries(manifest)) {
		const { dynamicImports, ...rest } = chunk;
		out[key] = { ...rest, ...(chunk.imports ? { imports: [...chunk.imports] } : {}) };
		if (dynamicImports?.length) {
			out[key + COMPANION] = { file: chunk.file, dynamicImports: [...dynamicImports] };
			companions.add(key);
		}
	}
	for (const [key, chunk] of Object.entries(manifest)) {
		if (!chunk.isEntry) continue;
		const closure = staticClosure(manifest, key).filter((k) => companions.has(k));
		if (closure.length === 0) continue;
		out[key]!.imports = [...(out[key]!.imports ?? []), ...closure.map((k) => k + COMPANION)];
	}
	return out;
}

/** The chunk and every chunk it imports statically, directly or not, in depth-first order. */
export function staticClosure(manifest: Manifest, key: string): string[] {
	const seen = new Set<string>();
	const visit = (k: string) => {
		if (seen.has(k) || !manifest[k]) return;
		seen.add(k);
		for (const i of manifest[k].imports ?? []) visit(i);
	};
	visit(key);
	return [...seen];
}

/**
 * The client build's manifest, rewritten once Vite has written it and before SvelteKit reads it
 * (SvelteKit reads it from disk when the client build returns).
 */
export function preloadStaticImports(): Plugin {
	let ssr = false;
	let manifestPath: string | null = null;
	return {
		name: 'tolok-preload-static-imports',
		apply: 'build',
		configResolved(config) {
			ssr = !!config.build.ssr;
			const m = config.build.manifest;
			manifestPath = m ? (typeof m === 'string' ? m : '.vite/manifest.json') : null;
		},
		writeBundle(options) {
			if (ssr || !manifestPath || !options.dir) return;
			const path = join(options.dir, manifestPath);
			const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
			writeFileSync(path, JSON.stringify(dynamicImportsLast(manifest), null, 2));
		}
	};
}
