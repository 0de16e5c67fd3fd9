/**
 * The first-view JavaScript budget: what a reader downloads before the home page, a ranking,
 * a profile, a change page and the simulator are interactive, in both languages (every modulepreload and
 * import in the prerendered HTML), gzip-compressed. Fails (exit 1) past the budget, or if duckdb-wasm or ECharts' runtime
 * sneak into the first view: they must load only on interaction.
 *   tsx scripts/check-bundle.ts [--dir build]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 90; // gzip, per page's first view

export function firstViewScripts(html: string): string[] {
	const preloads = [...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map(
		(m) => m[1] ?? ''
	);
	const imports = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1] ?? '');
	return [...new Set([...preloads, ...imports])];
}

export function measure(
	dir: string,
	page: string
): { page: string; files: number; gzipKb: number; offenders: string[] } {
	const html = readFileSync(join(dir, page), 'utf8');
	const files = firstViewScripts(html);
	let bytes = 0;
	const offenders: string[] = [];
	for (const f of files) {
		const code = readFileSync(join(dir, f));
		bytes += gzipSync(code, { level: 9 }).byteLength;
		const text = code.toString('utf8');
		if (/duckdb-browser|AsyncDuckDB/.test(text)) offenders.push(`${f} holds duckdb-wasm`);
		if (/zrender|registerPreprocessor/.test(text)) offenders.push(`${f} holds the ECharts runtime`);
	}
	return { page, files: files.length, gzipKb: Math.round(bytes / 102.4) / 10, offenders };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const i = process.argv.indexOf('--dir');
	const dir = i > 0 ? (process.argv[i + 1] ?? 'build') : 'build';
	const indonesian = [
		'index.html',
		'peringkat/indeks/kota/2024.html',
		'wilayah/35.73.html',
		'kenaikan/kota/2023-2024.html',
		'simulasi.html'
	];
	// the same pages in English (/en, /en/…): each ships its own language's messages
	const pages = [
		...indonesian,
		...indonesian.map((p) => (p === 'index.html' ? 'en.html' : `en/${p}`))
	];
	let failed = false;
	for (const p of pages) {
		const m = measure(dir, p);
		const over = m.gzipKb > BUDGET_KB;
		failed ||= over || m.offenders.length > 0;
		console.log(
			`${over || m.offenders.length ? '✗' : '✓'} ${p}: ${m.files} scripts, ${m.gzipKb} KB gzip (budget ${BUDGET_KB} KB)${m.offenders.map((o) => `\n    ${o}`).join('')}`
		);
	}
	if (failed) {
		console.error(
			'First-view JavaScript is over budget or loads what should wait for interaction.'
		);
		process.exit(1);
	}
}
