/**
 * The hostile corpus through the page (src/lib/import/fixtures/hostile.ts): each file's exact
 * message is shown, nothing is stored; a 10,000-column file's mapping lists the columns Tolok
 * knows and summarises the rest; a 60,000-row XLSX is checked row by row.
 */
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './ready';
import { HOSTILE, bigXlsx, manyColumns } from '../../src/lib/import/fixtures/hostile';

// this file stores shortlists or datasets in the browser: a fresh context for each test,
// never the worker's reused one (playwright.config.ts), so nothing it keeps reaches another file
test.use({ reuseContext: false });

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const mime = (name: string) => (name.endsWith('.xlsx') ? XLSX_MIME : 'text/csv');

async function choose(page: Page, name: string, bytes: Uint8Array) {
	await page
		.getByTestId('import-file')
		.setInputFiles({ name, mimeType: mime(name), buffer: Buffer.from(bytes) });
}

test('every hostile file gets its exact message and nothing is stored', async ({ page }) => {
	await page.goto('/impor');
	await hydrated(page);
	for (const f of HOSTILE) {
		await choose(page, f.name, f.bytes());
		if (f.stops) {
			await expect(page.getByTestId('import-stopped'), f.name).toContainText(f.message);
		} else {
			await page.getByTestId('import-validate').click();
			await expect(page.getByTestId('import-problems'), f.name).toContainText(f.message);
			await page.getByTestId('import-cancel').click();
		}
		await expect(page.getByTestId('no-datasets')).toBeVisible();
	}
});

test('a 10,000-column file maps the columns Tolok knows and summarises the rest', async ({
	page
}) => {
	await page.goto('/impor');
	await hydrated(page);
	await choose(page, 'lebar.csv', manyColumns());
	const mapping = page.getByTestId('import-mapping');
	await expect(mapping.locator('tbody tr')).toHaveCount(4);
	await expect(page.getByTestId('import-mapping-more')).toContainText(
		'9.996 kolom lain tidak dikenali'
	);
	await page.getByTestId('import-mapping-more').getByRole('button').click();
	await expect(mapping.locator('tbody tr')).toHaveCount(104);
	// a column found by name, to map it
	await page.getByTestId('import-mapping-find').fill('KOLOM_9990');
	await expect(page.getByTestId('import-mapping-found')).toContainText('Cocok: 1 kolom');
	await expect(mapping.locator('tbody tr')).toHaveCount(5);
	await expect(mapping.locator('tbody th').last()).toHaveText('kolom_9990');
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-summary')).toContainText('1 baris dibaca: 1 valid');
});

test('a 60,000-row XLSX is read and every row checked', async ({ page }) => {
	await page.goto('/impor');
	await hydrated(page);
	await choose(
		page,
		'besar.xlsx',
		bigXlsx(60_000, (b) => new Uint8Array(deflateRawSync(b)))
	);
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-summary')).toContainText('60.000 baris dibaca: 152 valid');
});
