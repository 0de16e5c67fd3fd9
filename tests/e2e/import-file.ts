/**
 * Chooses a file on /impor. The file input only reacts once the page has hydrated, which on
 * a loaded machine can come after Playwright's `load`: choose again until the page answers
 * (the column mapping appears).
 */
import { expect, type Page } from '@playwright/test';

export async function chooseFile(page: Page, name: string, text: string) {
	await expect(async () => {
		await page.getByTestId('import-file').setInputFiles({
			name,
			mimeType: 'text/csv',
			buffer: Buffer.from(text)
		});
		await expect(page.getByTestId('import-validate')).toBeVisible({ timeout: 3_000 });
	}).toPass({ timeout: 60_000 });
}
