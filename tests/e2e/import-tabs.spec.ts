/**
 * Storage that tells the truth: two tabs of one browser importing the same year (one writer
 * at a time; the second is told which dataset holds the year and can add its rows apart; each
 * tab learns of the other's changes), a full disk (quota exceeded: said, nothing stored or
 * live), and two files chosen quickly, each stored under its own name with its own rows.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './ready';
import { chooseFile, removeAll } from './import-file';

// this file stores shortlists or datasets in the browser: a fresh context for each test,
// never the worker's reused one (playwright.config.ts), so nothing it keeps reaches another file
test.use({ reuseContext: false });

// these read the service worker's caches and its behaviour when storage is full
test.use({ serviceWorkers: 'allow' });

const file = (rows: string[]) => ['nama instansi,kode,tahun,indeks', ...rows].join('\n');
const A = file(['Kota Malang,35.73,2027,4.41']);
const B = file(['Kota Malang,35.73,2027,2.10', 'Kota Batu,35.79,2027,3.00']);

async function checked(page: Page, name: string, text: string) {
	await chooseFile(page, name, text);
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-load')).toBeVisible();
}

test('two tabs importing the same year: one ranks it, the other is told and adds its rows apart', async ({
	context
}) => {
	const one = await context.newPage();
	const two = await context.newPage();
	for (const p of [one, two]) {
		await p.goto('/impor');
		await hydrated(p);
	}
	await checked(one, 'satu-2027.csv', A);
	await checked(two, 'dua-2027.csv', B);
	await one.getByTestId('import-load').click();
	await expect(one.getByTestId('import-notice')).toContainText('dimuat: 1 baris');
	// the other tab hears of it without a reload
	await expect(two.getByTestId('datasets')).toContainText('satu-2027');
	await two.getByTestId('import-load').click();
	await expect(two.getByTestId('import-notice')).toContainText(
		'Tahun 2027 sudah masuk peringkat lewat dataset “satu-2027”'
	);
	await expect(two.getByTestId('datasets')).not.toContainText('dua-2027');
	// pressed again, it is added apart from the ranking
	await expect(two.getByTestId('import-load')).toContainText('dataset terpisah');
	await two.getByTestId('import-load').click();
	await expect(two.getByTestId('import-notice')).toContainText('dimuat: 2 baris');
	await expect(two.getByTestId('datasets')).toContainText('2027 (terpisah dari data resmi)');

	// the ranking has one value for Kota Malang, from the first dataset
	const ranking = await context.newPage();
	await ranking.goto('/peringkat/indeks/kota/2027');
	const rows = ranking.getByTestId('ranking').locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('4,41');

	// a removal in one tab reaches the other without a reload
	const removeOne = one.getByTestId('datasets').locator('tr', { hasText: 'satu-2027' });
	await removeOne.getByTestId('dataset-remove').click();
	await expect(two.getByTestId('datasets')).not.toContainText('satu-2027');
	await removeAll(one);
});

test('a full disk: the reader is told how much space is needed, and nothing is stored or live', async ({
	page,
	context
}) => {
	await page.goto('/impor');
	await hydrated(page);
	// start the engine first (its own files fill the cache), then leave no room
	await checked(page, 'penuh.csv', A);
	const cdp = await context.newCDPSession(page);
	const origin = new URL(page.url()).origin;
	const usage = (await page.evaluate(
		async () => (await navigator.storage.estimate()).usage ?? 0
	)) as number;
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 64 });
	await page.getByTestId('import-load').click();
	const notice = page.getByTestId('import-notice');
	await expect(notice).toContainText('Penyimpanan peramban penuh: dataset ini perlu sekitar');
	await expect(notice).toContainText('Tidak ada yang disimpan');
	await expect(page.getByTestId('no-datasets')).toBeVisible();
	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	// nothing live either: the year has no ranking
	await page.goto('/peringkat/indeks/kota/2027');
	await expect(page.getByTestId('not-found')).toBeVisible();
});

test('two files chosen quickly are each stored under their own name, with their own rows', async ({
	page
}) => {
	await page.goto('/impor');
	await hydrated(page);
	// a file large enough to still be checked when the next one is chosen
	const big = file(
		Array.from({ length: 40_000 }, (_, i) => `Kota Malang,35.73,${2030 + (i % 60)},3.00`)
	);
	const input = page.getByTestId('import-file');
	await input.setInputFiles({
		name: 'besar-2030.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(big)
	});
	await input.setInputFiles({
		name: 'kecil-2027.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(B)
	});
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-summary')).toContainText('2 baris dibaca: 2 valid');
	await expect(page.getByTestId('import-name')).toHaveValue('kecil-2027');
	await page.getByTestId('import-load').click();
	await expect(page.getByTestId('import-notice')).toContainText('“kecil-2027” dimuat: 2 baris');
	await checked(page, 'besar-2030.csv', big);
	await page.getByTestId('import-load').click();
	await expect(page.getByTestId('import-notice')).toContainText('“besar-2030” dimuat: 60 baris');
	const list = page.getByTestId('datasets');
	await expect(list.locator('tr', { hasText: 'kecil-2027' })).toContainText('2');
	await expect(list.locator('tr', { hasText: 'besar-2030' })).toContainText('60');
	await removeAll(page);
});

test('datasets kept by an earlier version are moved to the new store once', async ({ page }) => {
	await page.goto('/sumber');
	await page.evaluate(
		() =>
			new Promise<void>((ok, fail) => {
				const req = indexedDB.open('tolok-impor', 1);
				req.onupgradeneeded = () => {
					req.result.createObjectStore('meta', { keyPath: 'id' });
					req.result.createObjectStore('data');
				};
				req.onsuccess = () => {
					const tx = req.result.transaction(['meta', 'data'], 'readwrite');
					tx.objectStore('meta').put({
						id: 'impor-lama',
						name: 'Dataset lama',
						fileName: 'lama.csv',
						importedAt: '2025-06-01T00:00:00.000Z',
						rows: 1,
						years: [2031],
						separateYears: []
					});
					tx.objectStore('data').put(new Uint8Array([1, 2, 3]), 'impor-lama');
					tx.oncomplete = () => {
						req.result.close();
						ok();
					};
					tx.onerror = () => fail(tx.error);
				};
				req.onerror = () => fail(req.error);
			})
	);
	await page.goto('/impor');
	await hydrated(page);
	await expect(page.getByTestId('datasets')).toContainText('Dataset lama');
	await expect
		.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
		.not.toContain('tolok-impor');
	await removeAll(page);
});
