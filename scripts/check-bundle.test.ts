import { expect, test } from 'vitest';
import { firstViewScripts } from './check-bundle';

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
