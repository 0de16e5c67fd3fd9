import { expect, test } from '@playwright/test';
import { sql } from './published';

const rankingRows = '[data-testid="ranking"] tbody tr';

test.describe('home without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the latest ranking of every evaluated instansi is in the HTML', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toContainText('Indeks SPBE 2024');
		await expect(page.locator(rankingRows)).toHaveCount(615);
		const first = page.locator(rankingRows).first();
		await expect(first.locator('td').first()).toHaveText('1');
		const malang = page.locator(rankingRows, { hasText: 'Kota Malang' });
		await expect(malang).toContainText('4,24');
		await expect(malang).toContainText('Memuaskan');
		// the national series and predicate counts are readable too
		await expect(page.locator('#national-h')).toBeVisible();
		await expect(page.locator('[data-testid="predicate-counts"]')).toContainText('Memuaskan');
	});
});

test.describe('home with JavaScript', () => {
	test('changing the group re-ranks through DuckDB, as the same SQL does at build time', async ({
		page
	}) => {
		const wasm: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('.wasm')) wasm.push(r.url());
		});
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		expect(wasm, 'DuckDB must not load before the first interaction').toHaveLength(0);

		await page.getByTestId('kelompok').selectOption('kota');
		await expect(page.getByTestId('db-status')).toHaveAttribute('data-status', 'ready');
		await expect(page.locator(rankingRows)).toHaveCount(93);
		await expect(page).toHaveURL(/kelompok=kota/);

		const expected = await sql<{ peringkat: number; seri: boolean; name: string; nilai: number }>(
			'ranking',
			[2024, 'kota', 'indeks']
		);
		const shown = await page
			.locator(rankingRows)
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.children[0]?.textContent?.trim(),
					tr.children[1]?.firstChild?.textContent?.trim()
				])
			);
		expect(shown).toEqual(expected.map((r) => [`${r.seri ? '=' : ''}${r.peringkat}`, r.name]));

		await page.getByTestId('kelompok').selectOption('kementerian');
		await expect(page.locator(rankingRows)).toHaveCount(34);
	});

	test('a shared link with a group reopens that ranking', async ({ page }) => {
		await page.goto('/?kelompok=provinsi');
		await expect(page.locator(rankingRows)).toHaveCount(38);
		await expect(page.getByTestId('kelompok')).toHaveValue('provinsi');
	});

	test('with the .wasm blocked, the prerendered ranking stays and the page says why', async ({
		page
	}) => {
		await page.context().route('**/*.wasm', (route) => route.abort());
		await page.goto('/');
		await page.getByTestId('kelompok').selectOption('kota');
		await expect(page.getByTestId('db-unavailable')).toBeVisible();
		await expect(page.getByTestId('db-unavailable')).toContainText('tidak tersedia');
		await expect(page.locator(rankingRows)).toHaveCount(615);
	});

	test('English keeps the numbers in its own format and the language in links', async ({
		page
	}) => {
		await page.goto('/en');
		await expect(page.locator('h1')).toContainText('SPBE Index 2024');
		await expect(page.locator(rankingRows, { hasText: 'Kota Malang' })).toContainText('4.24');
		await expect(page.getByRole('link', { name: 'Sources', exact: true })).toHaveAttribute(
			'href',
			'/en/sumber'
		);
	});
});

test('the sources page lists the reconciliation and the data-quality notes', async ({ page }) => {
	await page.goto('/sumber');
	await expect(page.getByTestId('data-notes')).toContainText('Banyuasin');
	await expect(page.getByTestId('data-notes')).toContainText('Nias Barat');
	await expect(page.getByTestId('reconciliation')).toContainText('Kota Bandung');
	await expect(page.getByTestId('report-counts')).toContainText('392');
	await expect(page.getByText('Open Database License')).toBeVisible();
});
