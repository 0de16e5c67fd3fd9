/**
 * Search that forgives, as a reader uses it: the header's box on any page, the results page
 * (/cari?q=…) that a link reopens, and the compare box, both ARIA comboboxes driven by the
 * keyboard alone.
 */
import { axe } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './ready';

const LABEL = 'Cari wilayah atau instansi';

async function header(page: Page) {
	await page.goto('/sumber');
	await hydrated(page);
	return page.getByRole('combobox', { name: LABEL });
}

test.describe('the header search', () => {
	// one page, every spelling typed in turn into the same box, as a reader corrects a query
	test('every spelling of Kota Bengkulu finds it', async ({ page }) => {
		const box = await header(page);
		for (const query of [
			'kota bengkulu',
			'Bengkulu',
			'bengkulu kota',
			'pemkot bengkulu',
			'kt bengkulu',
			'kota bengkuluu',
			'bengkolu'
		]) {
			// emptied first, so the options checked are this query's, not the last one's
			await box.fill('');
			await expect(page.getByTestId('search-results').getByRole('option')).toHaveCount(0);
			await box.fill(query);
			await expect(
				page.getByTestId('search-results').getByRole('option'),
				`"${query}" finds Kota Bengkulu`
			).toContainText(['Kota Bengkulu']);
		}
	});

	test('nonsense finds nothing, and says so', async ({ page }) => {
		const box = await header(page);
		for (const q of ['xyzzy', 'qwerty asdf']) {
			await box.fill(q);
			await expect(page.getByTestId('search-results').getByRole('option')).toHaveCount(0);
			await expect(page.getByText('Tidak ada yang cocok')).toBeVisible();
		}
	});

	test('is a combobox: arrows move through the options, Enter opens the highlighted one', async ({
		page
	}) => {
		const box = await header(page);
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await box.fill('bengkulu');
		const options = page.getByTestId('search-results').getByRole('option');
		// ranked by closeness: the two names that are exactly "Bengkulu", then the regencies, then
		// the province's police (a central body evaluated in 2018)
		await expect(options).toHaveText([
			/^Provinsi Bengkulu/,
			/^Kota Bengkulu/,
			/^Kabupaten Bengkulu /,
			/^Kabupaten Bengkulu /,
			/^Kabupaten Bengkulu /,
			/^Kepolisian Daerah Bengkulu/
		]);
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		await expect(box).not.toHaveAttribute('aria-activedescendant');
		await box.press('ArrowDown');
		await box.press('ArrowDown');
		const second = options.nth(1);
		await expect(second).toHaveAttribute('aria-selected', 'true');
		await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
		await box.press('ArrowUp');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await box.press('ArrowUp'); // wraps to the last
		await expect(options.last()).toHaveAttribute('aria-selected', 'true');
		await box.press('ArrowDown'); // and back to the first
		await box.press('ArrowDown');
		// Escape closes the list; the text stays; a second Escape clears it
		await box.press('Escape');
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await expect(box).toHaveValue('bengkulu');
		await box.press('ArrowDown'); // opens again
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		await box.press('ArrowDown');
		await box.press('ArrowDown');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/wilayah\/17\.71$/);
		await expect(page.getByTestId('profile-name')).toHaveText('Kota Bengkulu');
	});

	test('the open list has no serious accessibility violations', async ({ page }) => {
		const box = await header(page);
		await box.fill('bengkulu');
		await box.press('ArrowDown');
		await expect(page.getByTestId('search-results').getByRole('option').first()).toBeVisible();
		const { violations } = await axe(page).include('header').analyze();
		expect(
			violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
		).toEqual([]);
	});

	test('Enter with several matches opens the results list, at an address that reopens it', async ({
		page
	}) => {
		const box = await header(page);
		await box.fill('bengkulu');
		await expect(page.getByTestId('search-results').getByRole('option')).toHaveCount(6);
		await box.press('Enter');
		await expect(page).toHaveURL(/\/cari\?q=bengkulu$/);
		const list = page.getByTestId('results-list');
		await expect(page.getByTestId('results-count')).toContainText('6 hasil untuk “bengkulu”');
		await expect(list.getByRole('link')).toHaveText([
			'Provinsi Bengkulu',
			'Kota Bengkulu',
			/^Kabupaten Bengkulu /,
			/^Kabupaten Bengkulu /,
			/^Kabupaten Bengkulu /,
			'Kepolisian Daerah Bengkulu'
		]);
		// the latest official index and predicate beside each
		await expect(list.locator('li').nth(1)).toContainText(/20\d\d\s*\d,\d\d/);

		// the same address, opened afresh (a shared link), shows the same list
		await page.goto('/cari?q=bengkolu');
		await expect(page.getByTestId('results-list').getByRole('link')).toContainText([
			'Kota Bengkulu'
		]);
		await page.goto('/cari?q=xyzzy');
		await expect(page.getByTestId('results-count')).toContainText('Tidak ada');
	});

	test('Enter on a query that names one instansi outright opens its profile', async ({ page }) => {
		const box = await header(page);
		await box.fill('pemkot bengkulu');
		await expect(page.getByTestId('search-results').getByRole('option')).toHaveCount(1);
		await box.press('Enter');
		await expect(page.getByTestId('profile-name')).toHaveText('Kota Bengkulu');
	});

	test('the list links to every result when there are more than it shows', async ({ page }) => {
		const box = await header(page);
		await box.fill('kota');
		const all = page.getByTestId('search-all');
		await expect(all).toContainText(/Lihat semua \d+ hasil/);
		await all.click();
		await expect(page).toHaveURL(/\/cari\?q=kota$/);
		await expect(page.getByTestId('results-list').locator('li').first()).toBeVisible();
	});
});

test.describe('the compare box', () => {
	test('is a combobox: typing highlights the first option, Enter adds it; arrows choose another', async ({
		page
	}) => {
		await page.goto('/bandingkan?kode=35.73');
		await hydrated(page);
		const box = page.getByRole('combobox', { name: 'Tambah wilayah atau instansi…' });
		const options = page.getByTestId('compare-add-results').getByRole('option');
		const chosen = page.getByTestId('compare-chosen').getByRole('link');
		await expect(chosen).toHaveText(['Kota Malang']);

		// Kota Malang is already chosen: shown, but skipped and not choosable
		await box.fill('malang');
		await expect(options.first()).toContainText('Kota Malang');
		await expect(options.first()).toHaveAttribute('aria-disabled', 'true');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await box.press('Enter');
		await expect(chosen).toHaveText(['Kota Malang', 'Kabupaten Malang']);
		await expect(page).toHaveURL(/kode=35\.73(%2C|,)35\.07/);
		await expect(box).toHaveValue('');
		await expect(box).toBeFocused();

		// arrows: the second option of "bandung"
		await box.fill('bandung');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await box.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		const name = (await options.nth(1).locator('.name').textContent()) ?? '';
		await box.press('Enter');
		await expect(chosen).toHaveText(['Kota Malang', 'Kabupaten Malang', name]);

		// a typing mistake still finds it; Escape closes without choosing
		await box.fill('kota bengkuluu');
		await expect(options.first()).toContainText('Kota Bengkulu');
		await box.press('Escape');
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await expect(chosen).toHaveCount(3);
	});
});
