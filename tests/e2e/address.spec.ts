import { expect, test } from '@playwright/test';
import { hydrated } from './ready';

// A link whose ?kelompok=, ?lang=, ?embed= or /peta?tahun= the site does not know says so
// as the ranking filters do, instead of silently showing the defaults.
const notice = '[data-testid="address-ignored"]';

test('home: an unknown ?kelompok= is named; a known one is not', async ({ page }) => {
	await page.goto('/?kelompok=desa');
	await hydrated(page);
	await expect(page.locator(notice)).toHaveText(
		'Bagian alamat yang tidak dikenali diabaikan: kelompok=desa.'
	);
	await page.goto('/?kelompok=kota');
	await hydrated(page);
	await expect(page.locator(notice)).toHaveCount(0);
});

test('any page: unknown ?lang= and ?embed= are named; the page stays in Indonesian with its header', async ({
	page
}) => {
	await page.goto('/nasional?lang=fr&embed=yes');
	await hydrated(page);
	await expect(page.locator(notice)).toHaveText(
		'Bagian alamat yang tidak dikenali diabaikan: lang=fr, embed=yes.'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.locator('header.site')).toBeVisible();
	await page.goto('/nasional?lang=en&embed=1');
	await hydrated(page);
	await expect(page.locator(notice)).toHaveCount(0);
});

test('map: a year without data and a mistyped measure are named, in English too', async ({
	page
}) => {
	await page.goto('/en/peta?tahun=1999&ukuran=indek');
	await hydrated(page);
	// the year is judged once the stored datasets are read (an imported year is a valid one)
	await expect(page.locator(notice)).toHaveText(
		'Parts of the address that were not recognised are ignored: ukuran=indek, tahun=1999.'
	);
	await expect(page).not.toHaveURL(/tahun=/);
	await page.goto('/peta?tahun=2023');
	await hydrated(page);
	await expect(page).toHaveURL(/tahun=2023/);
	await expect(page.locator(notice)).toHaveCount(0);
});
