/**
 * An imported year joins rankings, profiles, comparison, change and map: after importing a
 * small 2025 file, the profile's main table shows 2025 marked "impor lokal" with its rank
 * among the imported rows, the comparison shows 2025, /kenaikan/kota/2024-2025 (prerendered
 * from reported 2025 values only) is recomputed in the browser with the imported ones marked,
 * /kenaikan/lembaga/2024-2025 (no such prerendered page) is served by the 404 fallback, the
 * pair lists offer them, and the map offers 2025; removing the dataset restores every one.
 */
import { readFileSync } from 'node:fs';
import { datasetsRead, follow, hydrated } from './ready';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile } from './import-file';

// this file stores shortlists or datasets in the browser: a fresh context for each test,
// never the worker's reused one (playwright.config.ts), so nothing it keeps reaches another file
test.use({ reuseContext: false });

const CSV = [
	'nama instansi,kode,tahun,indeks,kebijakan,tata kelola,manajemen,layanan,predikat',
	'Kota Malang,35.73,2025,4.41,4.20,4.30,4.40,4.50,Memuaskan',
	'Kota Bandung,32.73,2025,3.95,3.90,3.80,4.00,4.00,Sangat Baik',
	'Kota Semarang,33.74,2025,3.60,3.50,3.50,3.60,3.70,Sangat Baik',
	'Badan Pusat Statistik,,2025,4.30,4.30,4.30,4.30,4.30,Memuaskan'
].join('\n');

async function importSmall(page: Page) {
	await page.goto('/impor');
	await hydrated(page);
	await chooseFile(page, 'uji-2025.csv', CSV);
	await expect(page.getByTestId('import-mapping')).toBeVisible();
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-summary')).toContainText('4 valid');
	await page.getByTestId('import-load').click();
	await expect(page.getByTestId('datasets')).toContainText('uji-2025');
}

const importedRow = (page: Page) =>
	page.getByTestId('profile-years').locator('tr[data-status="imported"]');

test('an imported year joins profiles, comparison, change and map, and leaves when removed', async ({
	page
}) => {
	// one reader's whole path through six pages. The first page after the import, the 404
	// fallback and a reload load new documents (the dataset comes back from storage, DuckDB
	// starts cold); the others follow links with the engine kept live, as a reader's would.
	test.setTimeout(360_000);
	const uploads: string[] = [];
	page.on('request', (r) => {
		if (r.method() !== 'GET') uploads.push(`${r.method()} ${r.url()}`);
	});
	await importSmall(page);

	// profile: 2025 in the main table, marked, ranked 1 of the 3 imported kota
	await page.goto('/wilayah/35.73');
	await expect(importedRow(page)).toHaveCount(1);
	const row = importedRow(page);
	await expect(row.locator('th')).toHaveText('2025');
	await expect(row).toContainText('4,41');
	await expect(row).toContainText('impor lokal');
	await expect(row).toContainText('1');
	await expect(row).toContainText('dari 3');
	await expect(row).toContainText('uji-2025');
	await expect(page.getByTestId('profile-imported-note')).toBeVisible();
	// the official years are still there, and the chart draws the imported point
	await expect(
		page.getByTestId('profile-years').locator('tr[data-status="official"]')
	).not.toHaveCount(0);
	await expect(page.getByTestId('chart-years')).toContainText('4,41');
	// nothing kept apart for this dataset: no separate box
	await expect(page.getByTestId('profile-imported')).toHaveCount(0);
	// Kota Semarang ranks third of three
	await follow(page, '/wilayah/33.74');
	await expect(importedRow(page)).toContainText('3');
	await expect(importedRow(page)).toContainText('dari 3');

	// comparison: 2025 is in the table and charts, marked
	await follow(page, '/bandingkan?kode=35.73,32.73');
	await expect(page.getByTestId('compare-imported')).toContainText('2025');
	await expect(page.getByTestId('compare-heat')).toContainText('4,41');
	await expect(page.locator('#heat-h')).toContainText('2025');
	await expect(page.locator('#heat-h')).toContainText('impor lokal');
	// the chart's numbers, drawn when its table is opened
	const yearsChart = page.getByTestId('chart-compare-years');
	await yearsChart.getByText('Lihat tabel').click();
	await expect(yearsChart.locator('table')).toContainText('impor lokal');

	// change: a prerendered pair lists the imported pair, marked
	await follow(page, '/kenaikan/kota/2023-2024');
	const pairLink = page.locator('nav.choices a[data-imported]', { hasText: '2024–2025' });
	await expect(pairLink).toBeVisible();
	await pairLink.click();
	// the prerendered pair (reported 2025 values only) is recomputed with the imported rows
	await expect(page).toHaveURL(/\/kenaikan\/kota\/2024-2025$/);
	await expect(page.getByTestId('change-title')).toContainText('impor lokal');
	await expect(page.getByTestId('change-imported')).toContainText('uji-2025');
	const table = page.getByTestId('change-table');
	await expect(table.locator('tr[data-status="imported"]')).toHaveCount(3);
	await expect(table.locator('tr[data-status="imported"]').first()).toContainText('impor lokal');
	await expect(table.locator('tr', { hasText: 'Kota Malang' })).toContainText('4,41');
	// Kota Bandung: the imported 3,95 is used, not its reported 2025 value
	await expect(table.locator('tr', { hasText: 'Kota Bandung' })).toContainText('3,95');
	await expect(table.locator('td.value-imported')).toHaveCount(3);
	await expect(page.getByTestId('chart-change')).toContainText('Kota Malang');

	// a pair the build has no page for is served by the 404 fallback at its own address
	await page.goto('/kenaikan/lembaga/2024-2025');
	await expect(page.getByTestId('change-title')).toContainText('impor lokal');
	await expect(page.getByTestId('change-table').locator('tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('change-table')).toContainText('Badan Pusat Statistik');
	// an unknown pair on the not-found page lists the imported pairs
	await page.goto('/kenaikan/kota/2010-2011');
	await expect(page.getByTestId('imported-pairs')).toContainText('2024–2025');

	// map: 2025 can be chosen and colours Kota Malang from the imported row
	await follow(page, '/peta');
	const year = page.getByTestId('map-year');
	await expect(year).toBeVisible();
	await expect(year.locator('option')).toContainText(['2024', '2025 (impor lokal)']);
	await year.selectOption({ label: '2025 (impor lokal)' });
	await expect(page.getByTestId('map-legend')).toHaveAttribute('data-year', '2025');
	await expect(page.getByTestId('map-imported')).toContainText('uji-2025');
	await expect(page.locator('path[data-kode="35.73"]')).toHaveAttribute('data-band', 'Memuaskan');
	await expect(page.locator('path[data-kode="32.73"]')).toHaveAttribute('data-band', 'Sangat Baik');
	// a region not in the file is "not evaluated" for 2025
	await expect(page.locator('path[data-kode="35.07"]')).toHaveAttribute('data-band', 'none');
	// the imported year is kept in the address and applies again on reload
	await expect(page).toHaveURL(/tahun=2025/);
	await page.reload();
	await expect(page.getByTestId('map-legend')).toHaveAttribute('data-year', '2025');

	// removing the dataset restores every page
	await follow(page, '/impor');
	await hydrated(page);
	await page.getByTestId('dataset-remove').click();
	await expect(page.getByTestId('no-datasets')).toBeVisible();

	await page.goto('/wilayah/35.73');
	await expect(page.getByTestId('profile-name')).toBeVisible();
	await datasetsRead(page);
	await expect(importedRow(page)).toHaveCount(0);
	await expect(page.getByTestId('profile-imported-note')).toHaveCount(0);

	await follow(page, '/bandingkan?kode=35.73,32.73');
	await expect(page.locator('#heat-h')).toContainText('2024');
	await expect(page.getByTestId('compare-heat')).toContainText('4,24');
	await expect(page.getByTestId('compare-heat')).not.toContainText('4,41');
	await expect(page.getByTestId('compare-imported')).toHaveCount(0);

	await page.goto('/kenaikan/lembaga/2024-2025');
	await expect(page.getByTestId('not-found')).toBeVisible();
	await follow(page, '/kenaikan/kota/2024-2025');
	await expect(page.getByTestId('change-table')).toBeVisible();
	await datasetsRead(page);
	await expect(page.getByTestId('change-imported')).toHaveCount(0);
	await expect(page.getByTestId('change-table').locator('tr[data-status="imported"]')).toHaveCount(
		0
	);
	await follow(page, '/kenaikan/kota/2023-2024');
	await expect(page.getByTestId('change-table')).toBeVisible();
	await datasetsRead(page);
	await expect(page.locator('nav.choices a[data-imported]')).toHaveCount(0);

	await follow(page, '/peta');
	await expect(page.getByTestId('map')).toBeVisible();
	await datasetsRead(page);
	// the years with official tables remain, the imported one is gone
	await expect(page.getByTestId('map-year').locator('option')).not.toHaveCount(0);
	await expect(
		page.getByTestId('map-year').locator('option', { hasText: 'impor lokal' })
	).toHaveCount(0);

	expect(uploads).toEqual([]);
});

test('rows of a year with official data stay apart, in a labelled box on the profile', async ({
	page
}) => {
	await page.goto('/impor');
	await hydrated(page);
	await chooseFile(
		page,
		'ulang-2024.csv',
		'nama instansi,kode,tahun,indeks\nKota Malang,35.73,2024,1.00\n'
	);
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-summary')).toContainText('1 valid');
	await page.getByTestId('import-load').click();
	await expect(page.getByTestId('datasets')).toContainText('ulang-2024');

	await page.goto('/wilayah/35.73');
	const box = page.getByTestId('profile-imported');
	await expect(box).toBeVisible();
	await expect(box).toContainText('2024');
	await expect(box).toContainText('1,00');
	await expect(box).toContainText('impor lokal');
	await expect(box).toContainText('terpisah dari data resmi');
	// the official 2024 row is untouched and no imported row enters the main table
	await expect(page.getByTestId('profile-years').locator('tr[data-status="imported"]')).toHaveCount(
		0
	);
	await expect(page.getByTestId('profile-years')).not.toContainText('1,00');
});

// Kota Bandung 4,00 (Memuaskan in the Indeks Pemdi, Sangat Baik in the Indeks SPBE), Kota
// Surakarta 3,50, Kota Magelang 2,00: the index, 7 aspects and IK-01…IK-20 of each, 2026
const PEMDI = readFileSync('src/lib/import/fixtures/pemdi-2026.csv', 'utf8');

test('an Indeks Pemdi file ranks with Pemdi bands and never joins an SPBE axis', async ({
	page
}) => {
	// four pages, each starting DuckDB cold with the import in it
	test.setTimeout(300_000);
	await page.goto('/impor');
	await hydrated(page);
	// a Pemdi-shaped file claiming an SPBE year is refused, naming the year column
	await chooseFile(page, 'pemdi-2025.csv', 'kode,tahun,indeks pemdi\n32.73,2025,3.00\n');
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-problems')).toContainText(
		'Tahun 2025 dievaluasi dengan Indeks SPBE (PermenPANRB 59/2020)'
	);
	await chooseFile(page, 'pemdi-2026.csv', PEMDI);
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-summary')).toContainText('3 valid');
	await page.getByTestId('import-load').click();
	await expect(page.getByTestId('datasets')).toContainText('pemdi-2026');

	// its own ranking, titled and marked, predicates from the Pemdi bands
	await page.goto('/peringkat/indeks/kota/2026');
	const title = page.getByTestId('imported-ranking-title');
	await expect(title).toContainText('Indeks Pemdi: Kota 2026');
	await expect(title.getByTestId('pemdi-badge')).toBeVisible();
	await expect(title.getByTestId('imported-badge')).toBeVisible();
	await expect(page.getByTestId('pemdi-ranking-note')).toContainText('Memuaskan 4,00 – 5,00');
	const rows = page.getByTestId('ranking').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.filter({ hasText: 'Kota Bandung' })).toContainText('Memuaskan');
	await expect(rows.filter({ hasText: 'Kota Surakarta' })).toContainText('Sangat Baik');

	// the profile: in a box of its own, never in the SPBE table or chart
	await follow(page, '/wilayah/32.73');
	const box = page.getByTestId('profile-pemdi');
	await expect(box).toContainText('2026');
	await expect(box).toContainText('4,00');
	await expect(box).toContainText('Memuaskan');
	await expect(box.getByTestId('pemdi-badge').first()).toBeVisible();
	await expect(box.getByTestId('imported-badge').first()).toBeVisible();
	await expect(page.getByTestId('profile-years')).not.toContainText('2026');

	// climbers across the switch: two values and a note, never a difference
	await page.goto('/kenaikan/kota/2024-2026');
	await expect(page.getByTestId('pemdi-change-note')).toContainText('tidak pernah dikurangkan');
	const bandung = page.getByTestId('pemdi-change-table').locator('tr', { hasText: 'Kota Bandung' });
	await expect(bandung).toContainText('4,00');
	await expect(bandung).toContainText('tidak dapat dibandingkan');
	await expect(page.getByTestId('pemdi-change-table')).not.toContainText('+');
});
