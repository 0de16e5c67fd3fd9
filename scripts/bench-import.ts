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
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
const text = (h: number) => `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`;
const band = (h: number) =>
	h >= 420
		? 'Memuaskan'
		: h >= 350
			? 'Sangat Baik'
			: h >= 260
				? 'Baik'
				: h >= 180
					? 'Cukup'
					: 'Kurang';

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
					text(idx),
					...s.slice(1, 5).map(text),
					band(idx),
					...s.slice(5).map(text)
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
 * Large and odd files through /impor: the 10,000-column mapping (change to painted mapping),
 * and XLSX of 60,000 and 500,000 rows checked and loaded, each with the longest main-thread
 * task while it ran.
 */
export async function benchLargeFiles(page: Page, baseUrl: string) {
	const { manyColumns, bigXlsx } = await import('../src/lib/import/fixtures/hostile');
	const { deflateRawSync } = await import('node:zlib');
	const deflate = (b: Uint8Array) => new Uint8Array(deflateRawSync(b, { level: 1 }));
	await probeLongTasks(page);
	const open = async () => {
		await page.goto(`${baseUrl}/impor`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.waitForLoadState('networkidle');
		await resetLongest(page);
	};
	const out: Record<string, Record<string, number>> = {};

	await open();
	const mapped = page.evaluate(MAPPING_TIMER) as Promise<number>;
	await withFile('lebar.csv', manyColumns(10_000), (path) =>
		page.getByTestId('import-file').setInputFiles(path)
	);
	out['10,000-column CSV: mapping painted'] = {
		ms: Math.round(await mapped),
		longestTaskMs: Math.round(await longest(page))
	};

	for (const rows of [60_000, 500_000]) {
		await open();
		const bytes = bigXlsx(rows, deflate);
		const t = Date.now();
		await withFile(`besar-${rows}.xlsx`, bytes, async (path) => {
			await page.getByTestId('import-file').setInputFiles(path);
			await page.getByTestId('import-validate').click({ timeout: 120_000 });
			await page.getByTestId('import-summary').waitFor({ timeout: 600_000 });
		});
		const checked = (Date.now() - t) / 1000;
		await page.getByTestId('import-load').click();
		await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
		out[`XLSX ${rows.toLocaleString('en')} rows`] = {
			bytes: bytes.length,
			checkedSeconds: Math.round(checked * 10) / 10,
			loadedSeconds: Math.round(((Date.now() - t) / 1000) * 10) / 10,
			longestTaskMs: Math.round(await longest(page))
		};
		// the next run starts from no datasets
		await page.getByTestId('dataset-remove').first().click();
		await page.getByTestId('no-datasets').waitFor({ timeout: 60_000 });
	}
	return out;
}
