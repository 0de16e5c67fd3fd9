/**
 * Chooses a file on /impor once the page has hydrated (before that the file input does not
 * react yet), and waits for the column mapping the choice brings up.
 */
import { expect, type Page } from '@playwright/test';
import { hydrated } from './ready';

export async function chooseFile(page: Page, name: string, text: string) {
	await hydrated(page);
	await page.getByTestId('import-file').setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	await expect(page.getByTestId('import-validate')).toBeVisible();
}
