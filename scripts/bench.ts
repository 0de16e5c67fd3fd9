/**
 * npm run bench — measures the built site in Debian's Chromium and prints a JSON report:
 * bytes (compressed) and time until the first ranking row is visible, whether DuckDB was
 * fetched before it, time until DuckDB is ready, p50/p95 of the standard interactions once
 * DuckDB is warm, the build time and (when the import page exists) import throughput.
 * Runs once unthrottled and once as slow 4G (1.6 Mbit/s down, 150 ms latency).
 *   npm run bench                 build, then measure
 *   npm run bench -- --no-build   measure the existing build/
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serve } from './serve';

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const ROWS = '[data-testid="ranking"] tbody tr';
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const NETWORKS = {
	unthrottled: null,
	slow4g: {
		offline: false,
		latency: 150,
		downloadThroughput: 1.6e6 / 8,
		uploadThroughput: 0.75e6 / 8
	}
} as const;

function percentile(values: number[], p: number): number {
	const s = [...values].sort((a, b) => a - b);
	const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
	return Math.round((s[i] ?? NaN) * 10) / 10;
}
const summary = (ms: number[]) => ({
	n: ms.length,
	p50: percentile(ms, 50),
	p95: percentile(ms, 95),
	max: percentile(ms, 100)
});

async function timed(
	action: () => Promise<unknown>,
	done: () => Promise<unknown>
): Promise<number> {
	const t = performance.now();
	await action();
	await done();
	return performance.now() - t;
}

/** Bytes the server sent for DuckDB (worker, .wasm, Arrow files): worker requests are not seen by CDP. */
let sentByPath: Map<string, number> = new Map();
const duckdbBytes = () =>
	[...sentByPath.entries()]
		.filter(([p]) => /duckdb|\.wasm$|\.arrow$/.test(p))
		.reduce((s, [, b]) => s + b, 0);

/** First view and DuckDB start on one network profile. */
async function firstView(browser: Browser, network: keyof typeof NETWORKS) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const conditions = NETWORKS[network];
	if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
	// compressed bytes received per request, as they stream in
	const received = new Map<string, number>();
	const urls = new Map<string, string>();
	cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
	cdp.on('Network.dataReceived', (e) =>
		received.set(e.requestId, (received.get(e.requestId) ?? 0) + e.encodedDataLength)
	);
	const finished: string[] = [];
	cdp.on('Network.loadingFinished', (e) => {
		finished.push(e.requestId);
		received.set(e.requestId, Math.max(received.get(e.requestId) ?? 0, e.encodedDataLength));
	});
	const total = () => [...received.values()].reduce((a, b) => a + b, 0);
	sentByPath = new Map();
	const t0 = performance.now();
	await page.goto(`${BASE}/`, { waitUntil: 'commit' });
	await page.locator(ROWS).first().waitFor();
	const firstRowMs = performance.now() - t0;
	// Throttled streams report their bytes late, so count conservatively: every resource
	// finished by now plus the whole document (even if part of it is still arriving).
	const finishedAtFirstRow = new Set(finished);
	const wasmBeforeFirstRow = [...urls.values()].some((u) => u.endsWith('.wasm'));
	await page.waitForLoadState('load');
	const pageBytes = total();
	const documentId = [...urls.entries()].find(([, u]) => u === `${BASE}/`)?.[0];
	const bytesAtFirstRow = [...received.entries()]
		.filter(([id]) => finishedAtFirstRow.has(id) || id === documentId)
		.reduce((s, [, b]) => s + b, 0);
	const t1 = performance.now();
	await page.getByTestId('kelompok').selectOption('kota');
	await page
		.getByTestId('db-status')
		.and(page.locator('[data-status="ready"]'))
		.waitFor({ timeout: 600_000 });
	const duckdbReadyMs = performance.now() - t1;
	await context.close();
	return {
		firstRowMs: Math.round(firstRowMs),
		kbAtFirstRow: Math.round(bytesAtFirstRow / 102.4) / 10,
		kbAtLoad: Math.round(pageBytes / 102.4) / 10,
		duckdbFetchedBeforeFirstRow: wasmBeforeFirstRow,
		duckdbReadyAfterInteractionMs: Math.round(duckdbReadyMs),
		duckdbKb: Math.round(duckdbBytes() / 102.4) / 10
	};
}

/**
 * Times, inside the page, from the change event to the DOM showing `count` rows: what a
 * reader waits for, without the test driver's round trips. (A string, not a function: the
 * TypeScript runner would wrap a function's source in helpers the page does not have.)
 */
const IN_PAGE_CHANGE = `(a) => {
	const el = document.querySelector(a.select);
	const t = performance.now();
	return new Promise((resolve) => {
		const done = () => document.querySelectorAll(a.rows).length === a.count;
		const observer = new MutationObserver(() => {
			if (done()) { observer.disconnect(); resolve(performance.now() - t); }
		});
		observer.observe(document.body, { childList: true, subtree: true, characterData: true });
		el.value = a.value;
		el.dispatchEvent(new Event('change', { bubbles: true }));
	});
}`;

function inPageChange(
	page: Page,
	args: { select: string; value: string; rows: string; count: number }
): Promise<number> {
	return page.evaluate(`(${IN_PAGE_CHANGE})(${JSON.stringify(args)})`) as Promise<number>;
}

async function warm(page: Page, path: string) {
	await page.goto(`${BASE}${path}`);
	await page.waitForLoadState('load');
}

/** p50/p95 of the standard interactions with DuckDB warm (unthrottled). */
async function interactions(browser: Browser) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const out: Record<string, ReturnType<typeof summary>> = {};

	await warm(page, '/');
	await page.getByTestId('kelompok').selectOption('kota');
	await page.getByTestId('db-status').and(page.locator('[data-status="ready"]')).waitFor();
	await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 93, ROWS);
	const groups = [
		['provinsi', 38],
		['kota', 93],
		['kementerian', 34],
		['kabupaten', 392]
	] as const;
	const group: number[] = [];
	for (let i = 0; i < 20; i++) {
		const [k, n] = groups[i % groups.length] ?? groups[0];
		group.push(
			await inPageChange(page, {
				select: '[data-testid="kelompok"]',
				value: k,
				rows: ROWS,
				count: n
			})
		);
	}
	if (process.env.BENCH_VERBOSE) console.error('group', group.map(Math.round));
	out['change group (home, DuckDB re-rank)'] = summary(group);

	await warm(page, '/peringkat/indeks/kabupaten/2024');
	const provinces = ['35', '51', '11', '51']; // consecutive picks differ in row count
	const filter: number[] = [];
	for (let i = 0; i < 15; i++) {
		const p = provinces[i % provinces.length] ?? '35';
		const before = await page.getByTestId('row-count').textContent();
		filter.push(
			await timed(
				() => page.getByTestId('f-provinsi').selectOption(p),
				() =>
					page.waitForFunction(
						([b]) => document.querySelector('[data-testid="row-count"]')?.textContent !== b,
						[before] as const
					)
			)
		);
	}
	out['filter a ranking by province (DuckDB)'] = summary(filter.slice(1)); // the first starts DuckDB

	const years: number[] = [];
	const cats = ['layanan', 'indeks', 'kebijakan', 'manajemen'];
	for (let i = 0; i < 8; i++) {
		const c = cats[i % cats.length] ?? 'indeks';
		years.push(
			await timed(
				() => page.getByTestId('pick-kategori').selectOption(c),
				() => page.waitForURL(new RegExp(`/peringkat/${c}/`))
			)
		);
		await page.locator('h1').waitFor();
	}
	out['change category (prerendered page)'] = summary(years);
	const yr: number[] = [];
	for (let i = 0; i < 6; i++) {
		const y = i % 2 ? '2024' : '2023';
		yr.push(
			await timed(
				() => page.getByTestId('pick-tahun').selectOption(y),
				() => page.waitForURL(new RegExp(`/${y}(\\?|$)`))
			)
		);
	}
	out['change year (prerendered page)'] = summary(yr);

	await warm(page, '/bandingkan?kode=35.73');
	await page
		.getByTestId('compare-suggestions')
		.getByRole('button')
		.first()
		.waitFor({ timeout: 60_000 });
	const add: number[] = [];
	for (let i = 0; i < 6; i++) {
		const chosen = page.getByTestId('compare-chosen').getByRole('link');
		const before = await chosen.count();
		if (before >= 8) break;
		add.push(
			await timed(
				() => page.getByTestId('compare-suggestions').getByRole('button').first().click(),
				() =>
					page.waitForFunction(
						(n) => document.querySelectorAll('[data-testid="compare-chosen"] a').length > n,
						before
					)
			)
		);
	}
	out['add a region to a comparison'] = summary(add);
	await context.close();
	return out;
}

async function importThroughput(browser: Browser) {
	if (!existsSync('scripts/bench-import.ts'))
		return { skipped: 'no import page in this build (issue 6)' };
	const path = './bench-import.ts'; // written by the import feature; absent before it
	const mod = (await import(path)) as {
		benchImport: (page: Page, base: string) => Promise<Record<string, number>>;
	};
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		return await mod.benchImport(await context.newPage(), BASE);
	} finally {
		await context.close();
	}
}

const buildFirst = !process.argv.includes('--no-build');
let buildSeconds: number | null = null;
if (buildFirst) {
	const t = performance.now();
	execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
	buildSeconds = Math.round((performance.now() - t) / 100) / 10;
}
const server = await serve('build', PORT, (path, bytes) =>
	sentByPath.set(path, (sentByPath.get(path) ?? 0) + bytes)
);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: CHROMIUM_ARGS
});
try {
	const report = {
		when: new Date().toISOString(),
		machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
		buildSeconds,
		budgets: { kbAtFirstRow: 150, interactionP95Ms: 100, buildSeconds: 180 },
		firstView: {
			unthrottled: await firstView(browser, 'unthrottled'),
			slow4g: await firstView(browser, 'slow4g')
		},
		interactionsWarm: await interactions(browser),
		import: await importThroughput(browser)
	};
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2) + '\n');
	console.log(JSON.stringify(report, null, 2));
} finally {
	await browser.close();
	server.close();
}
