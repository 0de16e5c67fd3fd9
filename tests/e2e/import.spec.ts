/**
 * Bring your own data: a small 2025 file imported through the page ranks in the
 * browser at /peringkat/indeks/kota/2025 and shows on a profile marked "impor lokal"; removing
 * it restores the previous state; no request carries the file anywhere; the SQL console
 * refuses writes and answers a SELECT.
 */
import { datasetsRead, follow, hydrated } from './ready';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile } from './import-file';

// this file stores shortlists or datasets in the browser: a fresh context for each test,
// never the worker's reused one (playwright.config.ts), so nothing it keeps reaches another file
test.use({ reuseContext: false });

const CSV = [
	'nama instansi,kode,tahun,indeks,kebijakan,tata kelola,manajemen,layanan,predikat',
	'Kota Malang,35.73,2025,4.41,4.20,4.30,4.40,4.50,Memuaskan',
	'Kota Bandung,,2025,3.95,3.90,3.80,4.00,4.00,Sangat Baik',
	'<script>window.__pwned=1</script>Kota Semarang,33.74,2025,3.60,,,,,Sangat Baik'
].join('\n');

function watchUploads(page: Page): string[] {
	const bad: string[] = [];
	page.on('request', (r) => {
		if (r.method() !== 'GET') bad.push(`${r.method()} ${r.url()}`);
	});
	return bad;
}

async function importSmall(page: Page) {
	await page.goto('/impor');
	await hydrated(page);
	await chooseFile(page, 'uji-2025.csv', CSV);
	await expect(page.getByTestId('import-mapping')).toBeVisible();
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-summary')).toContainText('3 valid');
	// the <script> name is listed as text, never run
	await expect(page.getByTestId('import-problems')).toContainText('<script>');
	await page.getByTestId('import-load').click();
	await expect(page.getByTestId('import-notice')).toContainText('3 baris');
	await expect(page.getByTestId('datasets')).toContainText('uji-2025');
}

test('an imported 2025 file ranks, shows on a profile, and removing it restores the site', async ({
	page
}) => {
	const uploads = watchUploads(page);
	await importSmall(page);

	// a shared link's filters apply to the imported rows as to a permalink's: ranks kept, a
	// malformed value named as ignored
	await page.goto('/peringkat/indeks/kota/2025?q=sema&min=tinggi');
	await expect(page.getByTestId('imported-ranking-title')).toBeVisible();
	const rows = page.getByTestId('ranking').locator('tbody tr');
	await expect(rows).toHaveCount(1); // DuckDB starts first
	await expect(rows.nth(0)).toContainText('Kota Semarang');
	await expect(rows.nth(0).locator(':scope > *').first()).toHaveText('3');
	await expect(page.getByTestId('row-count')).toContainText('1 dari 3');
	await expect(page.getByTestId('filter-invalid')).toContainText('min=tinggi');
	await page.getByTestId('clear-filters').click();
	await expect(page).toHaveURL(/\/peringkat\/indeks\/kota\/2025$/);
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0)).toContainText('Kota Malang');
	await expect(rows.nth(0)).toContainText('4,41');
	await expect(rows.nth(0)).toContainText('impor lokal');
	await expect(rows.nth(2)).toContainText('Kota Semarang');
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();

	// the year joins the profile's main table, marked (import-everywhere.spec.ts has more)
	await follow(page, '/wilayah/35.73');
	const imported = page.getByTestId('profile-years').locator('tr[data-status="imported"]');
	await expect(imported).toBeVisible();
	await expect(imported).toContainText('2025');
	await expect(imported).toContainText('4,41');
	await expect(imported).toContainText('impor lokal');

	// the official 2024 ranking is untouched by the import
	await follow(page, '/peringkat/indeks/kota/2024');
	await expect(page.getByTestId('ranking')).not.toContainText('impor lokal');

	await follow(page, '/impor');
	await hydrated(page);
	await page.getByTestId('dataset-remove').click();
	await expect(page.getByTestId('no-datasets')).toBeVisible();
	await page.goto('/peringkat/indeks/kota/2025');
	await expect(page.getByTestId('not-found')).toBeVisible();
	await follow(page, '/wilayah/35.73');
	await expect(page.getByTestId('profile-name')).toBeVisible();
	await datasetsRead(page);
	await expect(page.getByTestId('profile-years').locator('tr[data-status="imported"]')).toHaveCount(
		0
	);

	expect(uploads).toEqual([]);
});

test('a file with problems names row and column and loads nothing until asked', async ({
	page
}) => {
	await page.goto('/impor');
	await hydrated(page);
	await chooseFile(page, 'salah.csv', 'nama,tahun,indeks\nKota Bandunng,2025,7.3\n');
	await page.getByTestId('import-validate').click();
	const problems = page.getByTestId('import-problems');
	await expect(problems).toContainText('Kota Bandung (32.73)');
	await expect(problems).toContainText('7.3 di luar rentang 0–5');
	await expect(page.getByTestId('import-load')).toHaveCount(0);
	await page.getByTestId('import-cancel').click();
	await expect(page.getByTestId('no-datasets')).toBeVisible();
});

test('the SQL console refuses writes with a clear message and answers a SELECT', async ({
	page
}) => {
	await page.goto('/sql');
	await hydrated(page);
	const text = page.getByTestId('sql-text');
	const message = page.getByTestId('sql-message');
	for (const [sql, keyword] of <[string, string][]>[
		['DROP TABLE result', 'DROP'],
		['INSERT INTO source SELECT * FROM source', 'INSERT'],
		["COPY (SELECT * FROM result) TO 'x.csv'", 'COPY'],
		["ATTACH 'x.db' AS x", 'ATTACH']
	]) {
		await text.fill(sql);
		await page.getByTestId('sql-run').click();
		await expect(message).toContainText(`“${keyword}” tidak dijalankan`);
	}
	await text.fill("SELECT name FROM instansi WHERE id = '35.73'");
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result')).toContainText('Kota Malang');
	await expect(message).toHaveCount(0);
	// the tables are still there
	await text.fill('SELECT count(*) AS n FROM result');
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-count')).toContainText('1 baris');
});
