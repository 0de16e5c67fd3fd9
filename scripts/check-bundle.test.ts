import { expect, test } from 'vitest';
import { firstViewScripts, staticImports, unpreloaded } from './check-bundle';

test('first-view scripts are the modulepreloads and the boot imports, once each', () => {
	const html = `<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/B.js" rel="modulepreload">
		<script>Promise.all([import("/_app/immutable/entry/start.A.js"), import("/_app/immutable/entry/app.C.js")])</script>`;
	expect(firstViewScripts(html)).toEqual([
		'/_app/immutable/entry/start.A.js',
		'/_app/immutable/chunks/B.js',
		'/_app/immutable/entry/app.C.js'
	]);
});

test('static imports are read from built scripts, dynamic ones are not', () => {
	const code =
		`import{a as b}from"./B.js";import"../chunks/C.js";export{d}from"./D.js";` +
		`const e=()=>import(\`./E.js\`),f=import("./F.js");`;
	expect(staticImports(code, '/_app/immutable/nodes/15.A.js')).toEqual([
		'/_app/immutable/nodes/B.js',
		'/_app/immutable/chunks/C.js',
		'/_app/immutable/nodes/D.js'
	]);
});

test('a module imported statically but not preloaded is named, however deep', () => {
	const files: Record<string, string> = {
		'/_app/immutable/entry/start.A.js': 'import"../chunks/B.js";',
		'/_app/immutable/chunks/B.js': 'import{x}from"./C.js";const l=()=>import("./Lazy.js");',
		'/_app/immutable/chunks/C.js': 'import"./D.js";',
		'/_app/immutable/chunks/D.js': ''
	};
	const html = (links: string[]) =>
		links.map((l) => `<link href="..${l}" rel="modulepreload">`).join('');
	const read = (f: string) => files[f] ?? '';
	expect(
		unpreloaded(html(['/_app/immutable/entry/start.A.js', '/_app/immutable/chunks/B.js']), read)
	).toEqual(['/_app/immutable/chunks/C.js', '/_app/immutable/chunks/D.js']);
	expect(unpreloaded(html(Object.keys(files)), read)).toEqual([]);
});
