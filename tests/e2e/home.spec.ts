import { expect, test } from '@playwright/test';
import { sql } from './published';
import { hydrated, watchEngine } from './ready';

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
	test('changing the group shows the ranking the same SQL gives, without DuckDB', async ({
		page
	}) => {
		const engine = watchEngine(page);
		await page.goto('/');
		await hydrated(page);

		await page.getByTestId('kelompok').selectOption('kota');
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
		await page.getByTestId('kelompok').selectOption('semua');
		await expect(page.locator(rankingRows)).toHaveCount(615);
		await expect(page).not.toHaveURL(/kelompok=/);
		expect(engine, 'the group choice answers from the build’s files').toEqual([]);
	});

	test('a shared link with a group reopens that ranking', async ({ page }) => {
		await page.goto('/?kelompok=provinsi');
		await expect(page.locator(rankingRows)).toHaveCount(38);
		await expect(page.getByTestId('kelompok')).toHaveValue('provinsi');
	});

	test('when a group’s file cannot be read, the ranking shown stays and the page says why', async ({
		page
	}) => {
		await page.context().route('**/peringkat/indeks/kota/*.json', (route) => route.abort());
		await page.goto('/');
		await hydrated(page);
		await page.getByTestId('kelompok').selectOption('kota');
		await expect(page.getByTestId('group-failed')).toContainText('tidak dapat dimuat');
		await expect(page.locator(rankingRows)).toHaveCount(615);
		await expect(page.getByTestId('kelompok')).toHaveValue('semua');
		await expect(page).not.toHaveURL(/kelompok=/);
		// another group still answers, and the notice goes
		await page.getByTestId('kelompok').selectOption('provinsi');
		await expect(page.locator(rankingRows)).toHaveCount(38);
		await expect(page.getByTestId('group-failed')).toHaveCount(0);
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
