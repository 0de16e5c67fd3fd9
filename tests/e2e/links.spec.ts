/**
 * Links and previews: award winners open their profiles, and no page's text or Open Graph
 * preview shows a raw {placeholder}.
 */
import { expect, test } from '@playwright/test';

test('award winners on /kepemimpinan link to their profiles', async ({ page }) => {
	await page.goto('/kepemimpinan');
	const winners = page.locator('[data-testid="dlga-results"] tbody th a');
	await expect(winners).toHaveCount(14);
	const bandung = page.locator('[data-testid="dlga-results"] tbody th', {
		hasText: 'Kota Bandung'
	});
	await expect(bandung.first().getByRole('link')).toHaveAttribute('href', '/wilayah/32.73');
	await bandung.first().getByRole('link').click();
	await expect(page.getByTestId('profile-name')).toHaveText('Kota Bandung');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of [
		'/',
		'/bandingkan',
		'/peringkat',
		'/kepemimpinan',
		'/cari',
		'/daftar-pendek'
	]) {
		test(`${path} has no raw placeholder in its text or preview`, async ({ page }) => {
			await page.goto(path);
			const og = await page
				.locator('meta[property^="og:"]')
				.evaluateAll((ms) => ms.map((m) => m.getAttribute('content') ?? ''));
			const text = await page.locator('body').innerText();
			for (const s of [...og, text, await page.title()]) expect(s).not.toMatch(/\{\w+\}/);
		});
	}

	test('the Open Graph description of /bandingkan names the limit', async ({ page }) => {
		await page.goto('/bandingkan');
		await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
			'content',
			/hingga 8 wilayah/
		);
	});
});
