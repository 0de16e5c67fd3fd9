import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './ready';

// this file stores shortlists or datasets in the browser: a fresh context for each test,
// never the worker's reused one (playwright.config.ts), so nothing it keeps reaches another file
test.use({ reuseContext: false });

// these read the service worker's caches and its behaviour when storage is full
test.use({ serviceWorkers: 'allow' });

const rows = '[data-testid="ranking"] tbody tr';

/** Opens the home page and waits until its service worker is installed and in control. */
async function firstVisit(page: Page) {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The paths of everything in the site's caches. */
function storedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const out: string[] = [];
		for (const name of await caches.keys())
			for (const r of await (await caches.open(name)).keys()) out.push(new URL(r.url).pathname);
		return out;
	});
}

test('after a first visit the site works with the network off: pages, the home groups and DuckDB', async ({
	page,
	context
}) => {
	await firstVisit(page);
	await page.getByTestId('kelompok').selectOption('kota');
	await expect(page.locator(rows)).toHaveCount(93);
	// first use of the engine: DuckDB, its .wasm and the Arrow files come through the service worker
	await page.goto('/sql');
	await hydrated(page);
	await page
		.getByTestId('sql-text')
		.fill("SELECT count(*) AS n FROM result WHERE year = 2024 AND status = 'official'");
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result').locator('tbody td').first()).toHaveText('615');
	// stored on that first use, not at install: the engine's client, named for it by the build
	await expect
		.poll(async () =>
			(await storedPaths(page)).filter((p) => /\/chunks\/duckdb-[^/]+\.js$/.test(p))
		)
		.toHaveLength(1);

	await context.setOffline(true);
	await page.goto('/?kelompok=kota');
	await expect(page.locator('h1')).toContainText('Indeks SPBE 2024');
	await expect(page.locator(rows)).toHaveCount(93);
	// a group never chosen online was stored when the site was installed
	await page.getByTestId('kelompok').selectOption('provinsi');
	await expect(page.locator(rows)).toHaveCount(38);
	await page.goto('/sql');
	await hydrated(page);
	await page
		.getByTestId('sql-text')
		.fill("SELECT count(*) AS n FROM result WHERE year = 2023 AND status = 'official'");
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result').locator('tbody td').first()).not.toBeEmpty();
	await expect(page.getByTestId('sql-message')).toHaveCount(0);
	await page.goto('/sumber');
	await expect(page.getByTestId('reconciliation')).toBeVisible();
	await context.setOffline(false);
});

test('a new build replaces the old cache: only the current version is kept', async ({ page }) => {
	await firstVisit(page);
	const current = await page.evaluate(async () =>
		(await caches.keys()).filter((k) => k.startsWith('tolok-'))
	);
	expect(current).toHaveLength(1);
	// What an older build leaves behind; a new worker's activation must delete it.
	await page.evaluate(async () => {
		await caches.open('tolok-an-older-build');
		const reg = await navigator.serviceWorker.ready;
		await reg.unregister();
		await navigator.serviceWorker.register('/service-worker.js', { type: 'module' });
	});
	await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain('tolok-an-older-build');
	expect(await page.evaluate(() => caches.keys())).toContain(current[0]);
});

test('a first visit stores no engine and no large page; offline, an unvisited page lists what is stored', async ({
	page,
	context
}) => {
	await firstVisit(page);
	const stored = await storedPaths(page);
	expect(stored).toContain('/sumber');
	expect(stored.filter((p) => /duckdb|\.wasm$|\/workers\//.test(p))).toEqual([]);
	expect(stored).not.toContain('/kenaikan/semua/2023-2024');

	await context.setOffline(true);
	await page.goto('/wilayah/35.01');
	await expect(page.getByTestId('offline-title')).toHaveText(
		'Halaman ini belum tersimpan untuk dibaca luring'
	);
	await expect(page.locator('.lead')).toContainText('/wilayah/35.01');
	const saved = page.getByTestId('offline-saved');
	await expect(saved.getByRole('link', { name: '/sumber', exact: true })).toBeVisible();
	await saved.getByRole('link', { name: '/sumber', exact: true }).click();
	await expect(page.getByTestId('reconciliation')).toBeVisible();
	await context.setOffline(false);
});
