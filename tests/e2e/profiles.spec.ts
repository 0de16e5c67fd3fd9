import { expect, test } from '@playwright/test';
import { sql } from './published';
import { hydrated } from './ready';

const years = '[data-testid="profile-years"] tbody tr';

test.describe('profiles without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('Kota Bandung shows its reported 2025 value and its official years, each with its source', async ({
		page
	}) => {
		// with the history, Kota Malang's reported 2.60 (2022) is confirmed by the 2022 table and
		// shown as that table's (history.spec.ts); Kota Bandung's 2025 is reported only
		await page.goto('/wilayah/32.73');
		await expect(page.getByTestId('profile-name')).toHaveText('Kota Bandung');
		const row = (year: string) =>
			page.locator(years).filter({ has: page.locator(`th:text-is("${year}")`) });
		await expect(row('2024')).toContainText('4,59');
		await expect(row('2024')).toHaveAttribute('data-status', 'official');
		await expect(row('2024')).toContainText('Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel');
		await expect(row('2025')).toContainText('4,66');
		await expect(row('2025')).toHaveAttribute('data-status', 'reported');
		await expect(row('2025')).toContainText('Dilaporkan');
		await expect(row('2025')).toContainText('tidak diperingkat');
		await expect(row('2025').getByRole('link', { name: 'Dilaporkan' })).toHaveAttribute(
			'href',
			/majalahindonesia\.id/
		);

		// rank and percentile as the SQL gives them
		await page.goto('/wilayah/35.73');
		const [r2024] = (
			await sql<{ year: number; peringkat_nasional: number; dari_nasional: number }>(
				'profile_results',
				['35.73']
			)
		).filter((r) => r.year === 2024);
		await expect(page.getByTestId('profile-summary')).toContainText(
			`Peringkat ${r2024?.peringkat_nasional} dari ${r2024?.dari_nasional} kota`
		);
		await expect(page.getByTestId('gap-predicate')).toContainText('Memuaskan');
		await expect(page.getByTestId('profile-domains')).toContainText('Layanan');
		await expect(page.getByTestId('improve')).toContainText('Domain');

		// a rank opens its ranking at this row, highlighted and on screen
		await page
			.locator(years)
			.filter({ has: page.locator('th:text-is("2024")') })
			.getByTestId('rank-link')
			.click();
		await expect(page).toHaveURL(/\/peringkat\/indeks\/kota\/2024\?sorot=35\.73#i-35\.73$/);
		const own = page.locator('tr[id="i-35.73"]');
		await expect(own).toBeInViewport();
		expect(await own.evaluate((tr) => tr.matches(':target'))).toBe(true);
		expect(await own.locator('th').evaluate((th) => getComputedStyle(th).backgroundColor)).toBe(
			'rgb(255, 243, 191)'
		);
		await expect(own).toContainText('Kota Malang');

		// and its latest climbers page, the same way
		await page.goBack();
		await page.getByTestId('change-link').click();
		await expect(page).toHaveURL(/\/kenaikan\/kota\/2023-2024\?sorot=35\.73#i-35\.73$/);
		const change = page.locator('tr[id="i-35.73"]');
		await expect(change).toBeInViewport();
		expect(await change.evaluate((tr) => tr.matches(':target'))).toBe(true);
	});

	test('a region never evaluated renders and says so', async ({ page }) => {
		const [never] = await sql<{ id: string; name: string }>('directory', []).then((rows) =>
			rows.filter((r) => (r as { results?: number }).results === 0 && /^\d/.test(r.id))
		);
		expect(never, 'some region has no result at all').toBeDefined();
		await page.goto(`/wilayah/${never?.id}`);
		await expect(page.getByTestId('profile-name')).toHaveText(never?.name ?? '');
		await expect(page.getByTestId('not-evaluated')).toContainText('Belum dievaluasi');
		await expect(page.locator(years)).toHaveCount(0);
	});

	test('a central body has its page and its CSV', async ({ page, request }) => {
		await page.goto('/instansi/kementerian-keuangan');
		await expect(page.getByTestId('profile-name')).toContainText('Kementerian Keuangan');
		await expect(page.locator(years).first()).toHaveAttribute('data-status', 'official');
		const csv = await (await request.get('/instansi/kementerian-keuangan.csv')).text();
		expect(csv.split('\r\n')[0]).toMatch(
			/^tahun,indeks,kebijakan,tata_kelola,manajemen,layanan,predikat,status,sumber/
		);
	});

	test('the region CSV has every known year with its status', async ({ request }) => {
		const res = await request.get('/wilayah/35.73.csv');
		expect(res.ok()).toBe(true);
		const lines = (await res.text()).trim().split('\r\n');
		expect(lines[0]).toMatch(
			/^tahun,indeks,kebijakan,tata_kelola,manajemen,layanan,predikat,status,sumber/
		);
		expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
			'2018,2.44',
			'2019,2.85',
			'2020,2.85',
			'2021,2.73',
			'2022,2.60',
			'2023,3.82',
			'2024,4.24'
		]);
		expect(lines[1]).toContain(',official,');
		expect(lines[2]).toContain(',compiled,');
		expect(lines[4]).toContain(',secondary,');
		expect(lines[7]).toContain(',official,');
	});
});

test.describe('search', () => {
	for (const [query, name] of [
		['kab malang', 'Kabupaten Malang'],
		['KOTA BAUBAU', 'Kota Baubau'],
		['kabupaten banyuwangi', 'Kabupaten Banyuwangi']
	] as const) {
		test(`"${query}" finds ${name} from any page`, async ({ page }) => {
			await page.goto('/sumber');
			const box = page.getByRole('combobox', { name: 'Cari wilayah atau instansi' });
			await box.fill(query);
			const results = page.getByTestId('search-results');
			await expect(results.getByRole('option').first()).toContainText(name);
			await box.press('Enter');
			await expect(page.getByTestId('profile-name')).toHaveText(name);
		});
	}
});

test.describe('unknown codes', () => {
	test('an unknown region code says so and suggests the closest names', async ({ page }) => {
		const res = await page.goto('/wilayah/35.99');
		expect(res?.status()).toBe(404);
		await expect(page.getByTestId('notfound-asked')).toContainText('35.99');
		const list = page.getByTestId('notfound-suggestions');
		await expect(list.getByRole('link').first()).toBeVisible();
		await expect(list).toContainText('Kota Batu');
	});

	test('a misspelt name in the address suggests the right profile', async ({ page }) => {
		await page.goto('/instansi/kementerian-keuangann');
		await expect(page.getByTestId('notfound-suggestions')).toContainText('Kementerian Keuangan');
	});
});

test('on a phone, the sections below the first screen are rendered only when the reader comes near them', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/wilayah/35.73');
	await hydrated(page);
	// rendered = laid out and painted; an off-screen `content-visibility: auto` part is not
	const rendered = (testId: string) =>
		page.getByTestId(testId).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
	expect(await rendered('profile-summary')).toBe(true);
	const table = page.getByTestId('indicator-table');
	expect(await rendered('indicator-table')).toBe(false);
	await table.scrollIntoViewIfNeeded();
	await expect.poll(() => rendered('indicator-table')).toBe(true);
	// the reader sees it whole, at its own height
	expect((await table.boundingBox())!.height).toBeGreaterThan(500);
});
