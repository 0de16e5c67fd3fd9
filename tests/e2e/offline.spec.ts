import { expect, test, type Page } from '@playwright/test';

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

test('after a first visit the site works with the network off: pages and DuckDB', async ({
	page,
	context
}) => {
	await firstVisit(page);
	// first interaction: DuckDB, its .wasm and the Arrow files come through the service worker
	await page.getByTestId('kelompok').selectOption('kota');
	await expect(page.getByTestId('db-status')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator(rows)).toHaveCount(93);

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('h1')).toContainText('Indeks SPBE 2024');
	await expect(page.locator(rows)).toHaveCount(93); // ?kelompok=kota kept
	await page.getByTestId('kelompok').selectOption('provinsi');
	await expect(page.getByTestId('db-status')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator(rows)).toHaveCount(38);
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
	const stored = (await page.evaluate(async () => {
		const out: string[] = [];
		for (const name of await caches.keys())
			for (const r of await (await caches.open(name)).keys()) out.push(new URL(r.url).pathname);
		return out;
	})) as string[];
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
