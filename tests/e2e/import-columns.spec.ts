/**
 * Import columns beyond the index and leadership rankings: an XLSX
 * with Indeks Digital Leadership, Indeks Digital Capability Daerah and an aspect is mapped,
 * checked and loaded through /impor, and /kepemimpinan ranks it per kelompok (1, =2, =2) marked
 * "impor lokal", the SQL console sees the stored values, and removing the dataset takes the
 * ranking away. Without imported indices /kepemimpinan never starts DuckDB. A second dataset
 * for a year an earlier import holds is named in the warning.
 */
import { datasetsRead, follow, hydrated } from './ready';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { LEADERSHIP_ROWS, xlsxBytes } from '../../src/lib/import/fixtures/xlsx';
import { removeAll } from './import-file';

// this file stores shortlists or datasets in the browser: a fresh context for each test,
// never the worker's reused one (playwright.config.ts), so nothing it keeps reaches another file
test.use({ reuseContext: false });

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function watchDuckDb(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => {
		if (/duckdb|\.wasm/.test(r.url())) seen.push(r.url());
	});
	return seen;
}

test('an XLSX of leadership indices is mapped, loaded and ranked on /kepemimpinan', async ({
	page
}) => {
	const duckdb = watchDuckDb(page);
	await page.goto('/kepemimpinan');
	await expect(page.getByTestId('dlga-no-index')).toBeVisible();
	await datasetsRead(page);
	await expect(page.getByTestId('dlga-imported')).toHaveCount(0);
	expect(duckdb, 'no imported indices: DuckDB is never fetched').toEqual([]);

	await follow(page, '/impor');
	await hydrated(page);
	await page.getByTestId('import-file').setInputFiles({
		name: 'dlga-2025.xlsx',
		mimeType: XLSX_MIME,
		buffer: Buffer.from(xlsxBytes(LEADERSHIP_ROWS))
	});
	const roles = page.getByTestId('import-role');
	await expect(roles).toHaveCount(6);
	await expect(roles.nth(0)).toHaveValue('nama');
	await expect(roles.nth(1)).toHaveValue('kode');
	await expect(roles.nth(2)).toHaveValue('tahun');
	await expect(roles.nth(3)).toHaveValue('idl');
	await expect(roles.nth(4)).toHaveValue('idcd');
	await expect(roles.nth(5)).toHaveValue('aspek');
	await expect(page.getByTestId('import-role-number')).toHaveValue('1');
	await expect(page.getByTestId('import-missing')).toHaveCount(0);
	await page.getByTestId('import-validate').click();
	await expect(page.getByTestId('import-summary')).toContainText('4 valid, 0 masalah');
	await expect(page.getByTestId('import-kept-scores')).toContainText('2 nilai aspek/indikator');
	await expect(page.getByTestId('import-kept-leadership')).toContainText('2025');
	await page.getByTestId('import-load').click();
	await expect(page.getByTestId('import-notice')).toContainText('4 baris');
	await expect(page.getByTestId('datasets')).toContainText('Lihat peringkat kepemimpinan 2025');

	await page.goto('/kepemimpinan');
	const section = page.getByTestId('dlga-imported');
	await expect(section).toBeVisible();
	await expect(section).toContainText('impor lokal');
	const idl = page.getByTestId('dlga-ranking-idl').locator('tbody tr');
	await expect(idl).toHaveCount(3);
	const cells = async (rows: typeof idl) =>
		(await rows.allInnerTexts()).map((t) => t.split('\t').slice(0, 2).join(' ').trim());
	expect(await cells(idl)).toEqual(['1 Kota Semarang', '=2 Kota Bandung', '=2 Kota Cimahi']);
	await expect(idl.nth(0)).toContainText('81,25');
	const idcd = page.getByTestId('dlga-ranking-idcd').locator('tbody tr');
	expect(await cells(idcd)).toEqual(['=1 Kota Bandung', '=1 Kota Semarang', '3 Kota Cimahi']);
	// each ranking downloads as CSV in the table's order, marked as imported
	const download = page.waitForEvent('download');
	await page.getByTestId('dlga-csv-idl').click();
	const csv = readFileSync((await (await download).path()) as string, 'utf8').split('\r\n');
	expect(csv[0]).toMatch(/^peringkat,seri,kode,nama,/);
	expect(csv.slice(1, 4).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
		'1,false,33.74,Kota Semarang',
		'2,true,32.73,Kota Bandung',
		'2,true,32.77,Kota Cimahi'
	]);
	expect(csv[1]).toContain('81.25');
	expect(csv[1]).toContain('impor lokal');
	// the plain statement stays: these are imported values, not published ones
	await expect(page.getByTestId('dlga-no-index')).toBeVisible();

	await page.getByTestId('dlga-kelompok-provinsi').click();
	await expect(page).toHaveURL(/kelompok=provinsi/);
	await expect(page.getByTestId('dlga-ranking-idl').locator('tbody tr')).toHaveText([
		/^1Provinsi Jawa Tengah.*72,10/
	]);
	await expect(page.getByTestId('dlga-ranking-idcd')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('dlga-ranking-idl').locator('tbody tr')).toContainText([
		'Provinsi Jawa Tengah'
	]);
	await page.getByTestId('dlga-kelompok-kabupaten').click();
	await expect(page.getByTestId('dlga-imported-none')).toBeVisible();

	// the SQL console reads the stored values
	await follow(page, '/sql');
	await hydrated(page);
	await expect(page.getByTestId('sql-schema')).toContainText(
		'CREATE TABLE IF NOT EXISTS imported_leadership'
	);
	await page
		.getByTestId('sql-text')
		.fill(
			"SELECT (SELECT count(*) FROM imported_score WHERE measure = 'aspek') AS aspek, (SELECT max(idl) FROM imported_leadership) AS idl"
		);
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result')).toContainText('81,25');

	await removeAll(page);
	await follow(page, '/kepemimpinan');
	await datasetsRead(page);
	await expect(page.getByTestId('dlga-imported')).toHaveCount(0);
});

test('a second file for a year an earlier import holds names that dataset', async ({ page }) => {
	const pick = async (name: string, text: string) => {
		await page.getByTestId('import-file').setInputFiles({
			name,
			mimeType: 'text/csv',
			buffer: Buffer.from(text)
		});
		await page.getByTestId('import-validate').click();
	};
	await page.goto('/impor');
	await hydrated(page);
	await pick('pertama-2025.csv', 'nama,tahun,indeks\nKota Bandung,2025,4.00\n');
	await page.getByTestId('import-name').fill('Draf pertama');
	await page.getByTestId('import-load').click();
	await expect(page.getByTestId('import-notice')).toContainText('Draf pertama');

	await pick(
		'kedua-2025.csv',
		'nama,tahun,indeks\nKota Bandung,2025,4.10\nKota Malang,2024,4.00\n'
	);
	const problems = page.getByTestId('import-problems');
	await expect(problems).toContainText('Tahun 2025 sudah ada dalam dataset impor “Draf pertama”');
	await expect(problems).toContainText('Tahun 2024 sudah memiliki data resmi');
	await page.getByTestId('import-cancel').click();
	await removeAll(page);
});
