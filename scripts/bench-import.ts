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

export async function benchImport(page: Page, baseUrl: string): Promise<BenchImportResult> {
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
	await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
	const start = Date.now();
	await page.getByTestId('import-file').setInputFiles(path);
	await page.getByTestId('import-validate').click();
	await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
	await page.getByTestId('import-load').click();
	await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
	const seconds = (Date.now() - start) / 1000;
	rmSync(dir, { recursive: true, force: true });
	const notice = (await page.getByTestId('import-notice').textContent()) ?? '';
	const longestTaskMs = await page.evaluate(
		() => (window as unknown as { __longest: number }).__longest
	);
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
