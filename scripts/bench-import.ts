/**
 * Import throughput, for `npm run bench` (which another engineer owns and which calls this):
 * generates a ~50 MB CSV of indicator-level scores in memory (never committed), imports it
 * through /impor in the page, and reports the total time and the longest main-thread task
 * (PerformanceObserver 'longtask', and a 10 ms heartbeat since headless Chromium may not
 * report long tasks; both installed before the page loads).
 *
 * The file has nama/kode/tahun/indeks/4 domains/predikat and indikator_1…47 per row, for
 * every region in /cari.json × the years 2025…2100; rows repeat that grid until 50 MB, so the
 * later repeats are reported as duplicates (the importer checks every row either way).
 * Indicator cells are range-checked and stored (imported_score) for the valid rows.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bandOf, bandsFromCsv } from '../src/lib/methodology/bands';
import { hundredthsToText } from '../src/lib/scores/score';

export interface BenchImportResult {
	bytes: number;
	seconds: number;
	mbPerSecond: number;
	longestTaskMs: number;
	rows: number;
	valid: number;
}

const TARGET_BYTES = 50 * 1024 * 1024;

/** Deterministic pseudo-random hundredths 100…500 (no Math.random: the same file every run). */
function* scores(seed = 1): Generator<number> {
	let x = seed;
	for (;;) {
		x = (x * 1103515245 + 12345) % 2147483648;
		yield 100 + (x % 401);
	}
}
const SPBE_BANDS = bandsFromCsv(
	readFileSync('data/spbe/predicates.csv', 'utf8'),
	'data/spbe/predicates.csv'
);
const band = (h: number) => bandOf(SPBE_BANDS, h);

export function generateCsv(regions: { i: string; n: string }[]): Buffer {
	const indicators = Array.from({ length: 47 }, (_, k) => `indikator_${k + 1}`);
	const header = [
		'nama instansi',
		'kode',
		'tahun',
		'indeks',
		'kebijakan',
		'tata kelola',
		'manajemen',
		'layanan',
		'predikat',
		...indicators
	].join(',');
	const lines: string[] = [header];
	let bytes = header.length + 1;
	const rnd = scores();
	outer: for (;;)
		for (let year = 2025; year <= 2100; year++)
			for (const r of regions) {
				const s = Array.from({ length: 52 }, () => rnd.next().value as number);
				const idx = s[0] as number;
				const line = [
					r.n,
					r.i,
					year,
					hundredthsToText(idx),
					...s.slice(1, 5).map(hundredthsToText),
					band(idx),
					...s.slice(5).map(hundredthsToText)
				].join(',');
				lines.push(line);
				bytes += line.length + 1;
				if (bytes >= TARGET_BYTES) break outer;
			}
	return Buffer.from(lines.join('\n') + '\n');
}

/** Installs, before the page loads, the longest-main-thread-task probe (window.__longest). */
async function probeLongTasks(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __longest: number };
		w.__longest = 0;
		try {
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
			}).observe({ type: 'longtask', buffered: true });
		} catch {
			/* no longtask support: the heartbeat below still measures */
		}
		// headless Chromium may not report 'longtask': a 10 ms heartbeat measures the longest
		// time the main thread did not get back to its event loop
		let last = performance.now();
		setInterval(() => {
			const now = performance.now();
			w.__longest = Math.max(w.__longest, now - last - 10);
			last = now;
		}, 10);
	});
}

const longest = (page: Page) =>
	page.evaluate(() => (window as unknown as { __longest: number }).__longest);
const resetLongest = (page: Page) =>
	page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));

export async function benchImport(page: Page, baseUrl: string): Promise<BenchImportResult> {
	await probeLongTasks(page);
	const index = (await (await page.request.get(`${baseUrl}/cari.json`)).json()) as {
		i: string;
		n: string;
		k: string;
	}[];
	const regions = index.filter((e) => e.k === 'kota' || e.k === 'kabupaten' || e.k === 'provinsi');
	const file = generateCsv(regions);
	// Playwright takes buffers only up to 50 MB: the file goes to a temporary folder, removed after
	const dir = mkdtempSync(join(tmpdir(), 'tolok-bench-'));
	const path = join(dir, 'bench.csv');
	writeFileSync(path, file);
	await page.goto(`${baseUrl}/impor`);
	await page.waitForLoadState('networkidle');
	// only the import counts: start from zero once the page has settled
	await resetLongest(page);
	const start = Date.now();
	await page.getByTestId('import-file').setInputFiles(path);
	await page.getByTestId('import-validate').click();
	await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
	await page.getByTestId('import-load').click();
	await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
	const seconds = (Date.now() - start) / 1000;
	rmSync(dir, { recursive: true, force: true });
	const notice = (await page.getByTestId('import-notice').textContent()) ?? '';
	const longestTaskMs = await longest(page);
	const valid = Number(/([\d.]+) (?:baris|rows)/.exec(notice)?.[1]?.replace(/\./g, '') ?? 0);
	return {
		bytes: file.length,
		seconds,
		mbPerSecond: file.length / 1024 / 1024 / seconds,
		longestTaskMs,
		rows: file.toString('latin1').split('\n').length - 2,
		valid
	};
}

/** The longest main-thread task seen while tracing: by wall time, and by the thread's own CPU time. */
export interface LongestTask {
	wallMs: number;
	cpuMs: number;
}

/**
 * Runs `f` while Chromium traces its top-level tasks, and returns the longest task of a
 * renderer's main thread (RunTask on CrRendererMain): its wall time, as the reader feels it,
 * and its CPU time, which a busy shared machine does not stretch (a task whose thread waited
 * for a core counts its wait in wall time only).
 */
export async function longestMainThreadTask<T>(
	page: Page,
	f: () => Promise<T>
): Promise<{ value: T; longest: LongestTask }> {
	const browser = page.context().browser();
	if (!browser) throw new Error('tracing needs a launched browser');
	await browser.startTracing(undefined, { categories: ['toplevel'] });
	let value: T;
	try {
		value = await f();
	} catch (err) {
		await browser.stopTracing().catch(() => {});
		throw err;
	}
	const trace = await browser.stopTracing();
	const { traceEvents } = JSON.parse(trace.toString('utf8')) as {
		traceEvents: {
			ph: string;
			name: string;
			pid: number;
			tid: number;
			dur?: number;
			tdur?: number;
			args?: { name?: string };
		}[];
	};
	const main = new Set(
		traceEvents
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const longest = { wallMs: 0, cpuMs: 0 };
	for (const e of traceEvents) {
		if (e.ph !== 'X' || !/RunTask$/.test(e.name) || !main.has(`${e.pid}:${e.tid}`)) continue;
		longest.wallMs = Math.max(longest.wallMs, Math.round((e.dur ?? 0) / 1000));
		longest.cpuMs = Math.max(longest.cpuMs, Math.round((e.tdur ?? 0) / 1000));
	}
	return { value, longest };
}

/** In the page: ms from the file input's change to the painted mapping (every row drawn). */
const MAPPING_TIMER = `new Promise((resolve) => {
	const input = document.querySelector('[data-testid="import-file"]');
	input.addEventListener('change', () => {
		const t = performance.now();
		const check = () => {
			if (document.querySelector('[data-testid="import-mapping"] tbody tr')) {
				requestAnimationFrame(() => {
					const c = new MessageChannel();
					c.port1.onmessage = () => resolve(performance.now() - t);
					c.port2.postMessage(0);
				});
			} else requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	}, { once: true, capture: true });
})`;

async function withFile<T>(name: string, bytes: Uint8Array, f: (path: string) => Promise<T>) {
	const dir = mkdtempSync(join(tmpdir(), 'tolok-bench-'));
	const path = join(dir, name);
	writeFileSync(path, bytes);
	try {
		return await f(path);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Large and odd files through /impor, each from a freshly opened page, in three steps: the
 * file's choice to the painted mapping, the check, and the load (which starts DuckDB, as a
 * reader's first import does); then the dataset is removed, so the next file starts from none.
 * Each step reports its time and its longest main-thread task (traced: wall and CPU time).
 * The files: CSV of 1,000 and 10,000 columns, a 5 MB cell (the hostile corpus's), XLSX of
 * 60,000 and 500,000 rows.
 */
export async function benchLargeFiles(context: BrowserContext, baseUrl: string) {
	const { manyColumns, bigXlsx, HOSTILE } = await import('../src/lib/import/fixtures/hostile');
	const { deflateRawSync } = await import('node:zlib');
	const deflate = (b: Uint8Array) => new Uint8Array(deflateRawSync(b, { level: 1 }));
	const say = (m: string) => process.env.BENCH_VERBOSE && console.error(`large: ${m}`);
	const hugeCell = HOSTILE.find((h) => h.name === 'sel-raksasa.csv');
	if (!hugeCell) throw new Error('the hostile corpus has no sel-raksasa.csv');
	const cases: [string, string, () => Uint8Array][] = [
		['CSV 1,000 columns', 'lebar-1000.csv', () => manyColumns(1_000)],
		['CSV 10,000 columns', 'lebar-10000.csv', () => manyColumns(10_000)],
		['CSV with a 5 MB cell', 'sel-raksasa.csv', hugeCell.bytes],
		['XLSX 60,000 rows', 'besar-60000.xlsx', () => bigXlsx(60_000, deflate)],
		['XLSX 500,000 rows', 'besar-500000.xlsx', () => bigXlsx(500_000, deflate)]
	];
	const out: Record<string, unknown> = {};
	// each file in its own page, each step with a time limit: a file that crashes the page or
	// stalls is reported as such (with what it reached), and the other files are still measured
	for (const [label, name, make] of cases) {
		say(label);
		const page = await context.newPage();
		let step = 'open';
		page.on('crash', () => console.error(`large: ${label}: the page crashed (${step})`));
		page.on('pageerror', (e) => console.error(`large: ${label}: page error ${e.message}`));
		try {
			out[label] = await measureFile(page, baseUrl, name, make(), (s) => {
				step = s;
				say(`${label}: ${s}`);
			});
		} catch (err) {
			out[label] = {
				failedAt: step,
				error: (err instanceof Error ? err.message : String(err)).split('\n')[0]
			};
		} finally {
			await page.close().catch(() => {});
		}
	}
	return out;
}

/** One file through /impor: mapping, check, load, then removed again (see benchLargeFiles). */
async function measureFile(
	page: Page,
	baseUrl: string,
	name: string,
	bytes: Uint8Array,
	step: (s: string) => void
) {
	{
		await page.goto(`${baseUrl}/impor`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.waitForLoadState('networkidle');
		return await withFile(name, bytes, async (path) => {
			step('mapping');
			const mapping = await longestMainThreadTask(page, async () => {
				const painted = page.evaluate(MAPPING_TIMER) as Promise<number>;
				await page.getByTestId('import-file').setInputFiles(path);
				return Math.round(await painted);
			});
			step(`check (mapping painted in ${mapping.value} ms)`);
			const check = await longestMainThreadTask(page, async () => {
				const t = Date.now();
				await page.getByTestId('import-validate').click({ timeout: 120_000 });
				await page.getByTestId('import-summary').waitFor({ timeout: 300_000 });
				return Math.round((Date.now() - t) / 100) / 10;
			});
			step(`load (checked in ${check.value} s)`);
			const load = await longestMainThreadTask(page, async () => {
				const t = Date.now();
				await page.getByTestId('import-load').click();
				await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
				return Math.round((Date.now() - t) / 100) / 10;
			});
			step(`remove (loaded in ${load.value} s)`);
			// the next file starts from no datasets
			await page.getByTestId('dataset-remove').first().click();
			await page.getByTestId('no-datasets').waitFor({ timeout: 60_000 });
			return {
				bytes: bytes.length,
				mappingMs: mapping.value,
				checkSeconds: check.value,
				loadSeconds: load.value,
				longestTaskMs: {
					mapping: mapping.longest.wallMs,
					check: check.longest.wallMs,
					load: load.longest.wallMs
				},
				longestTaskCpuMs: {
					mapping: mapping.longest.cpuMs,
					check: check.longest.cpuMs,
					load: load.longest.cpuMs
				}
			};
		});
	}
}

/**
 * Queries whose answers are large: each one's time to a drawn answer (or to the time limit's
 * message) and the longest main-thread task. range(10000000) runs last: when the time limit
 * stops it, the engine's worker still finishes the statement before it takes the next one.
 */
const CONSOLE_CASES = [
	"SELECT repeat('x', 50000000) AS x",
	'SELECT * FROM range(10000000)',
	"SELECT i, repeat('x', 5000) AS x, range(1000) AS l FROM range(100000) t(i)",
	'SELECT range(10000000) AS r'
];

/**
 * The SQL console on large answers: the engine is started first (a small query), then each
 * query runs from a settled page; its time is from Run to the drawn answer (or message), with
 * the longest main-thread task meanwhile (traced: wall and CPU time).
 */
export async function benchConsole(page: Page, baseUrl: string) {
	page.on('crash', () => console.error('console: the page crashed'));
	await page.goto(`${baseUrl}/sql`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const run = async (sql: string) => {
		await page.getByTestId('sql-text').fill(sql);
		await page.getByTestId('sql-run').click();
		await page
			.getByTestId('sql-count')
			.or(page.getByTestId('sql-message'))
			.waitFor({ timeout: 120_000 });
		await page.getByTestId('sql-run').and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	};
	await run('SELECT 1');
	const out: Record<string, unknown> = {};
	for (const sql of CONSOLE_CASES) {
		const { value: ms, longest } = await longestMainThreadTask(page, async () => {
			const t = Date.now();
			await run(sql);
			return Date.now() - t;
		});
		const said = page.getByTestId('sql-message');
		out[sql] = {
			ms,
			longestTaskMs: longest.wallMs,
			longestTaskCpuMs: longest.cpuMs,
			shown: (await said.count())
				? `message: ${await said.textContent()}`
				: ((await page.getByTestId('sql-count').textContent()) ?? '').replace(/\s+/g, ' ').trim()
		};
	}
	return out;
}
