import { expect, test } from 'vitest';
import { dynamicImportsLast, staticClosure, type Manifest } from './preload-manifest';

// SvelteKit's own walk over the manifest, which writes a page's modulepreload links (not among
// the package's exports, and untyped, so imported by its path)
type Deps = {
	imports: string[];
	stylesheets: string[];
	stylesheet_map: Map<string, { css: Set<string>; assets: Set<string> }>;
};
const UTILS = '../node_modules/@sveltejs/kit/src/exports/vite/build/utils.js';
const { find_deps } = (await import(/* @vite-ignore */ UTILS)) as {
	find_deps: (manifest: Manifest, entry: string, addDynamicCss: boolean) => Deps;
};

/**
 * A page imports a panel and a chart; the panel loads an editor on demand; the editor and the
 * chart both import the download helpers (the shape of the ranking page's build).
 */
const manifest: Manifest = {
	'nodes/15.js': { file: 'nodes/15.js', isEntry: true, imports: ['_panel.js', '_chart.js'] },
	'_panel.js': {
		file: 'chunks/panel.js',
		imports: ['_runtime.js'],
		dynamicImports: ['Editor.svelte']
	},
	'Editor.svelte': {
		file: 'chunks/editor.js',
		isDynamicEntry: true,
		imports: ['_download.js', '_runtime.js'],
		css: ['assets/editor.css']
	},
	'_chart.js': { file: 'chunks/chart.js', imports: ['_download.js'], css: ['assets/chart.css'] },
	'_download.js': { file: 'chunks/download.js', imports: ['_runtime.js'] },
	'_runtime.js': { file: 'chunks/runtime.js' }
};

test("SvelteKit's walk leaves out a static import first reached through a dynamic one", () => {
	// the failure the rewrite exists for: if this starts passing, SvelteKit fixed its walk
	expect(find_deps(manifest, 'nodes/15.js', true).imports).not.toContain('chunks/download.js');
});

test('after the rewrite, every static import of the page is preloaded, and nothing loaded on demand', () => {
	const deps = find_deps(dynamicImportsLast(manifest), 'nodes/15.js', true);
	expect(new Set(deps.imports)).toEqual(
		new Set([
			'nodes/15.js',
			'chunks/panel.js',
			'chunks/chart.js',
			'chunks/download.js',
			'chunks/runtime.js'
		])
	);
	expect(deps.imports).not.toContain('chunks/editor.js');
});

test('the stylesheets of static and on-demand imports are found under the same importers', () => {
	const before = find_deps(manifest, 'nodes/15.js', true);
	const after = find_deps(dynamicImportsLast(manifest), 'nodes/15.js', true);
	expect(new Set(after.stylesheets)).toEqual(new Set(before.stylesheets));
	const byImporter = (m: typeof before.stylesheet_map) =>
		Object.fromEntries([...m].map(([k, v]) => [k, [...v.css].sort()]));
	expect(byImporter(after.stylesheet_map)).toEqual(byImporter(before.stylesheet_map));
	expect(byImporter(after.stylesheet_map)['Editor.svelte']).toEqual(['assets/editor.css']);
});

test('the rewrite keeps every file, and moves dynamic imports only to companions', () => {
	const after = dynamicImportsLast(manifest);
	expect(new Set(Object.values(after).map((c) => c.file))).toEqual(
		new Set(Object.values(manifest).map((c) => c.file))
	);
	expect(after['_panel.js']!.dynamicImports).toBeUndefined();
	expect(after['_panel.js#dynamic']).toEqual({
		file: 'chunks/panel.js',
		dynamicImports: ['Editor.svelte']
	});
	expect(after['nodes/15.js']!.imports).toEqual(['_panel.js', '_chart.js', '_panel.js#dynamic']);
	// the input is left as it was
	expect(manifest['_panel.js']!.dynamicImports).toEqual(['Editor.svelte']);
});

test('the static closure follows imports only, once each', () => {
	expect(staticClosure(manifest, 'nodes/15.js')).toEqual([
		'nodes/15.js',
		'_panel.js',
		'_runtime.js',
		'_chart.js',
		'_download.js'
	]);
});
