/**
 * Chooses a file on /impor once the page has hydrated (before that the file input does not
 * react yet), and waits for the column mapping the choice brings up.
 */
import { expect, type Page } from '@playwright/test';
import { follow, hydrated } from './ready';

export async function chooseFile(page: Page, name: string, text: string) {
	await hydrated(page);
	await page.getByTestId('import-file').setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	await expect(page.getByTestId('import-validate')).toBeVisible();
}

/**
 * Removes every stored dataset through /impor, one by one, until the page says there is none
 * (following a link there when a page of the site is open, so its engine stays live).
 */
export async function removeAll(page: Page) {
	if (page.url().startsWith('http')) await follow(page, '/impor');
	else await page.goto('/impor');
	await hydrated(page);
	const remove = page.getByTestId('dataset-remove');
	await expect(page.getByTestId('no-datasets').or(remove.first())).toBeVisible();
	for (let n = await remove.count(); n > 0; n--) {
		await remove.first().click();
		await expect(remove).toHaveCount(n - 1);
	}
	await expect(page.getByTestId('no-datasets')).toBeVisible();
}
