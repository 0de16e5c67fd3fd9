/**
 * The first-view JavaScript budget: what a reader downloads before the home page, a ranking,
 * a profile, a change page and the simulator are interactive, in both languages (every modulepreload and
 * import in the prerendered HTML), gzip-compressed, and how many files. Fails (exit 1) past either budget, or if duckdb-wasm or ECharts' runtime
 * sneak into the first view: they must load only on interaction. Fails too when any prerendered
 * page's scripts import a module statically that its HTML does not preload: the browser finds it
 * only when the importer runs, a round trip before the page hydrates (scripts/preload-manifest.ts).
 *   tsx scripts/check-bundle.ts [--dir build]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 90; // gzip, per page's first view
/**
 * Script files per first view: each costs a phone's main thread a few ms before the page can
 * start, whatever its size (vite.config.ts groups the layout's code and the small shared ones;
 * 14–23 now).
 */
export const BUDGET_FILES = 30;

export function firstViewScripts(html: string): string[] {
	const preloads = [...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map(
		(m) => m[1] ?? ''
	);
	const imports = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1] ?? '');
	return [...new Set([...preloads, ...imports])];
}

/** The modules a built script imports statically (`import … from"./x.js"`, `import"./x.js"`). */
export function staticImports(code: string, file: string): string[] {
	const dir = posix.dirname(file);
	return [...code.matchAll(/\b(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) =>
		posix.join(dir, m[1] ?? '')
	);
}

/** Site-absolute path ('/_app/…') of a script as the HTML names it ('../_app/…', './_app/…'). */
const fromSite = (href: string) => '/' + href.replace(/^(?:\.{1,2}\/)+|^\//, '');

/**
 * Modules the page's scripts import statically, directly or not, that its HTML neither preloads
 * nor imports.
 */
export function unpreloaded(html: string, read: (file: string) => string): string[] {
	const listed = new Set(firstViewScripts(html).map(fromSite));
	const missing = new Set<string>();
	const seen = new Set<string>();
	const stack = [...listed];
	while (stack.length > 0) {
		const file = stack.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const i of staticImports(read(file), file)) {
			if (!listed.has(i)) missing.add(i);
			stack.push(i);
		}
	}
	return [...missing].sort();
}

function* htmlFiles(dir: string, under = ''): Generator<string> {
	for (const e of readdirSync(join(dir, under), { withFileTypes: true })) {
		const rel = under ? `${under}/${e.name}` : e.name;
		if (e.isDirectory()) {
			if (rel !== '_app') yield* htmlFiles(dir, rel);
		} else if (e.name.endsWith('.html')) yield rel;
	}
}

/** Every prerendered page whose scripts import what its HTML does not preload (one page per set of scripts). */
export function pagesWithUnpreloaded(dir: string): { page: string; missing: string[] }[] {
	const code = new Map<string, string>();
	const read = (file: string) => {
		if (!code.has(file)) code.set(file, readFileSync(join(dir, file), 'utf8'));
		return code.get(file)!;
	};
	const checked = new Set<string>();
	const out: { page: string; missing: string[] }[] = [];
	for (const page of htmlFiles(dir)) {
		const html = readFileSync(join(dir, page), 'utf8');
		const key = firstViewScripts(html).map(fromSite).sort().join(' ');
		if (checked.has(key)) continue;
		checked.add(key);
		const missing = unpreloaded(html, read);
		if (missing.length > 0) out.push({ page, missing });
	}
	return out;
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
		const over = m.gzipKb > BUDGET_KB || m.files > BUDGET_FILES;
		failed ||= over || m.offenders.length > 0;
		console.log(
			`${over || m.offenders.length ? '✗' : '✓'} ${p}: ${m.files} scripts (budget ${BUDGET_FILES}), ${m.gzipKb} KB gzip (budget ${BUDGET_KB} KB)${m.offenders.map((o) => `\n    ${o}`).join('')}`
		);
	}
	const unlisted = pagesWithUnpreloaded(dir);
	for (const { page, missing } of unlisted)
		console.log(`✗ ${page}: imports without preloading ${missing.join(', ')}`);
	if (unlisted.length === 0) console.log('✓ every prerendered page preloads all it imports');
	failed ||= unlisted.length > 0;
	if (failed) {
		console.error(
			'First-view JavaScript is over budget, loads what should wait for interaction, or is not all preloaded.'
		);
		process.exit(1);
	}
}
