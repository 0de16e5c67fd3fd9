/**
 * The years 2018–2022 on the built site (with the history folder installed, as .ci/run has it):
 * every year on a profile with its status, rankings of secondary years, the indicator view,
 * climbers for any pair, the national page and the sources page.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sql } from './published';
import { holdChartRenderer, hydrated } from './ready';

const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8')) as {
	history: { installed: boolean };
	years: { year: number; status: string; rows: number; complete: boolean }[];
};
test.skip(!manifest.history.installed, 'the history folder is not installed');

const years = '[data-testid="profile-years"] tbody tr';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('Kota Malang lists the seven years with their statuses, values and sources', async ({
		page
	}) => {
		await page.goto('/wilayah/35.73');
		const row = (year: number) => page.locator(`${years}[data-year="${year}"]`);
		const want: [number, string, string][] = [
			[2018, 'official', '2,44'],
			[2019, 'compiled', '2,85'],
			[2020, 'compiled', '2,85'],
			[2021, 'secondary', '2,73'],
			[2022, 'secondary', '2,60'],
			[2023, 'official', '3,82'],
			[2024, 'official', '4,24']
		];
		await expect(page.locator(years)).toHaveCount(want.length);
		for (const [year, status, value] of want) {
			await expect(row(year)).toHaveAttribute('data-status', status);
			await expect(row(year)).toContainText(value);
		}
		await expect(row(2021)).toContainText('Sekunder');
		await expect(row(2021)).toContainText('Sheet 2021');
		await expect(row(2019)).toContainText('Kompilasi');
		await expect(row(2019)).toContainText('tidak diperingkat');
		await expect(row(2018)).toContainText('Hasil Evaluasi SPBE Tahun 2018, Tabel 24, No 35');
		await expect(page.getByTestId('method-break')).toContainText('5/2018');
		await expect(page.getByTestId('profile-story')).toContainText('2,44 pada 2018');
		await expect(page.getByTestId('profile-story')).toContainText('+1,22');
	});

	test('the indicator view of a 2022 profile lists 47 indicators in 8 aspects', async ({
		page
	}) => {
		await page.goto('/wilayah/35.73');
		const view = page.getByTestId('profile-indicators');
		await expect(view.locator('h2')).toContainText('2022');
		await expect(view.locator('tr[data-indicator]')).toHaveCount(47);
		await expect(view.locator('tr[data-aspect]')).toHaveCount(8);
		await expect(view).toContainText('Tingkat Kematangan Layanan Publik Sektoral 1');
		await expect(view.locator('thead')).toContainText('Sejak 2021');
		await expect(view.getByTestId('indicator-gains').locator('li').first()).toContainText('+0,');
		const want = await sql<{ no: number; level: number; median: number }>('profile_indicators', [
			'35.73'
		]);
		const i42 = want.find((r) => r.no === 42 && (r as { year?: number }).year === 2022);
		await expect(view.locator('tr[data-indicator="42"] td').nth(1)).toContainText(
			String(i42?.level)
		);
	});

	test('a 2021 ranking says it is secondary; 2022 says it is incomplete and how many it holds', async ({
		page
	}) => {
		await page.goto('/peringkat/indeks/kota/2021');
		await expect(page.getByTestId('ranking-secondary')).toContainText('data sekunder');
		const y2022 = manifest.years.find((y) => y.year === 2022);
		await page.goto('/peringkat/indeks/semua/2022');
		await expect(page.getByTestId('ranking-incomplete')).toContainText('tidak lengkap');
		await expect(page.getByTestId('ranking-incomplete')).toContainText(String(y2022?.rows));
		await page.goto('/peringkat/peningkatan/semua/2023');
		await expect(page.getByTestId('ranking-pair-incomplete')).toContainText('2022');
	});

	test('2018 ranks the index only; a category with nothing to rank is not linked', async ({
		page
	}) => {
		await page.goto('/peringkat/indeks/kota/2018');
		await expect(page.getByTestId('ranking-index-only')).toBeVisible();
		// without JavaScript: the <noscript> copy with every row (the live table is hidden)
		await expect(page.locator('[data-testid="ranking"]:visible tbody tr')).toHaveCount(90);
		await expect(page.locator('option[value="layanan"]')).toHaveAttribute('disabled', '');
		await page.goto('/peringkat');
		await expect(page.locator('a[href="/peringkat/layanan/kota/2018"]')).toHaveCount(0);
		await expect(page.locator('a[href="/peringkat/indeks/kota/2018"]')).toHaveCount(1);
	});

	test('peningkatan shows the two values the change is made of', async ({ page }) => {
		await page.goto('/peringkat/peningkatan/kota/2024');
		const baubau = page.locator('[data-testid="ranking"]:visible tr[id="i-74.72"]');
		await expect(baubau).toContainText('Kota Baubau');
		await expect(baubau.getByTestId('change-from')).toHaveText('1,95 → 3,09');
	});

	test('a Polda of 2018 has its page', async ({ page }) => {
		await page.goto('/instansi/kepolisian-daerah-aceh');
		await expect(page.getByTestId('profile-name')).toContainText('Kepolisian Daerah Aceh');
		await expect(page.locator(`${years}[data-year="2018"]`)).toContainText('1,47');
	});

	test('the national page uses every year, printed means beside table means', async ({ page }) => {
		await page.goto('/nasional');
		const chart = page.getByTestId('chart-national-years');
		for (const y of [2018, 2019, 2021, 2022, 2024]) await expect(chart).toContainText(String(y));
		const means = page.getByTestId('group-means');
		await expect(means).toContainText('Dicetak laporan');
		await expect(means).toContainText('Rerata tabel');
		await expect(means).toContainText('1,98'); // printed 2018
		await expect(means).toContainText('1,99'); // the 2018 table's plain mean
		// the Indeks Pemdi: transition, framework, bands beside SPBE's, no results yet
		const pemdi = page.getByTestId('pemdi-section');
		await expect(pemdi.getByTestId('pemdi-timeline')).toContainText('2021–2025');
		await expect(pemdi.getByTestId('pemdi-timeline')).toContainText('2026–sekarang');
		await expect(pemdi.getByTestId('pemdi-status')).toContainText('sekunder');
		await expect(pemdi.getByTestId('pemdi-framework').locator('td.code')).toHaveCount(20);
		await expect(pemdi.getByTestId('pemdi-bands')).toContainText('4,00 – 5,00');
		await expect(pemdi.getByTestId('pemdi-bands')).toContainText('4,2 – 5,0');
		await expect(pemdi.getByTestId('pemdi-bands-note')).toContainText(
			'4,00 adalah Sangat Baik pada Indeks SPBE dan Memuaskan pada Indeks Pemdi'
		);
		await expect(pemdi.getByTestId('pemdi-no-results')).toBeVisible();
		await page.goto('/');
		await expect(page.getByTestId('home-years')).toContainText('2018');
	});

	test('the sources page shows the methodologies side by side and Bojonegoro 2018', async ({
		page
	}) => {
		await page.goto('/sumber');
		const m = page.getByTestId('methodologies');
		await expect(m).toContainText('PermenPANRB 5/2018');
		await expect(m).toContainText('PermenPANRB 59/2020');
		await expect(m).toContainText('PermenPANRB 8/2026');
		await expect(m.locator('[data-methodology="pp5-2018"]')).toContainText('55,00 %');
		await expect(page.getByTestId('reconciliation')).toContainText('Bojonegoro');
		await expect(page.getByTestId('reconciliation')).toContainText('2,61');
		await expect(page.getByTestId('history-status')).toContainText('PROVENANCE.md');
	});

	test('/kenaikan lists every pair; a prepared pair crosses the methodology change', async ({
		page
	}) => {
		await page.goto('/kenaikan');
		const kota = page.locator('[data-kelompok="kota"]');
		await expect(kota.locator('a[data-prerendered]', { hasText: '2018–2024' })).toBeVisible();
		await expect(kota.locator('a[rel="external"]', { hasText: '2019–2023' })).toHaveCount(1);
		await page.goto('/kenaikan/kota/2018-2024');
		await expect(page.getByTestId('warn-method')).toBeVisible();
		await page.goto('/kenaikan/kota/2021-2022');
		await expect(page.getByTestId('warn-secondary')).toBeVisible();
		await expect(page.getByTestId('warn-incomplete')).toContainText('2022');
	});
});

test('a pair the build does not prepare is answered in the browser at its own address', async ({
	page
}) => {
	await page.goto('/kenaikan/kota/2019-2023');
	await expect(page).toHaveURL(/\/kenaikan\/kota\/2019-2023$/);
	await expect(page.getByTestId('change-computed')).toBeVisible();
	await expect(page.getByTestId('warn-compiled')).toBeVisible();
	const want = await sql<{ name: string; selisih: number | null }>('change', ['kota', 2019, 2023]);
	const names = want.filter((r) => r.selisih !== null).map((r) => r.name);
	await expect(page.locator('[data-testid="change-table"] tbody tr')).toHaveCount(names.length);
	await expect(page.locator('[data-testid="change-table"] tbody tr').first()).toContainText(
		names[0] ?? ''
	);
});

test('a category × year with nothing to rank explains why at its address', async ({ page }) => {
	const res = await page.goto('/peringkat/layanan/kota/2018');
	expect(res?.status()).toBe(404);
	await hydrated(page);
	await expect(page.getByTestId('no-ranking')).toContainText('2018');
	await expect(page.getByTestId('no-ranking')).toContainText('5/2018');
	await expect(page.getByTestId('no-ranking').getByRole('link')).toContainText([
		'Pencapaian Indeks SPBE'
	]);
});

test('the national indicator page counts each level and switches group in the address', async ({
	page
}) => {
	await page.goto('/indikator/2022');
	await hydrated(page);
	const table = page.getByTestId('indicator-levels');
	await expect(table.locator('tr[data-indicator]')).toHaveCount(47);
	await expect(page.getByTestId('indicators-incomplete')).toBeVisible();
	await page.getByRole('button', { name: 'Kota', exact: true }).click();
	await expect(page).toHaveURL(/kelompok=kota/);
	const rows = await sql<{ kind: string; no: number; jumlah: number }>(
		'indicator_distribution',
		[2022]
	);
	const kota = rows
		.filter((r) => r.kind === 'kota' && r.no === 1)
		.reduce((s, r) => s + r.jumlah, 0);
	await expect(page.locator('.lead')).toContainText(String(kota));
	await expect(page.getByTestId('chart-drawing-indicators')).toHaveCount(0);
	await expect(page.getByTestId('chart-indicators').locator('svg').first()).toBeAttached();
});

test('a shared group link on the indicator page never shows every instansi’s chart as the group’s', async ({
	page
}) => {
	const path = '/indikator/2022?kelompok=kota';
	const release = await holdChartRenderer(page);
	await page.goto(path);
	await hydrated(page);
	await expect(page).toHaveURL(/kelompok=kota/);
	const figure = page.getByTestId('chart-indicators');
	// the renderer is held: the place says the chart is coming; the build's chart is not shown
	await expect(page.getByTestId('chart-drawing-indicators')).toBeVisible();
	await expect(figure.locator('.chart svg')).toHaveCount(0);
	await expect(figure.getByTestId('png-indicators')).toBeDisabled();
	release();
	await expect(page.getByTestId('chart-drawing-indicators')).toHaveCount(0);
	await expect(figure.locator('.chart svg').first()).toBeAttached();
	await expect(figure.getByTestId('png-indicators')).toBeEnabled();
});
