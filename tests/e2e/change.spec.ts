import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sql } from './published';
import { hydrated } from './ready';

const rows = '[data-testid="change-table"] tbody tr';

test('climbers and fallers: table, CSV and SQL agree, largest rise first', async ({
	page,
	request
}) => {
	await page.goto('/kenaikan/kota/2023-2024');
	await expect(page.locator('h1')).toContainText('Kota, 2023 → 2024');
	await expect(page.locator(rows)).toHaveCount(93);
	await expect(page.locator(rows).first()).toContainText('+1,14');
	await expect(page.getByTestId('warn-mixed')).toHaveCount(0);
	await expect(page.getByTestId('transition-matrix')).toContainText('Sangat Baik');

	const names = await page.locator(`${rows} th a`).allTextContents();
	const csv = await (await request.get('/kenaikan/kota/2023-2024.csv')).text();
	const lines = csv.trim().split(/\r?\n/);
	expect(lines[0]).toBe(
		'peringkat,kode,nama,provinsi,dari,ke,selisih,predikat_dari,predikat_ke,status'
	);
	expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(names);
	const expected = await sql<{ name: string; selisih: number | null }>('change', [
		'kota',
		2023,
		2024
	]);
	expect(expected.filter((r) => r.selisih !== null).map((r) => r.name)).toEqual(names);
	// exact differences: no float noise in the CSV
	expect(lines.slice(1).every((l) => /^-?\d\.\d\d$/.test(l.split(',')[6] ?? ''))).toBe(true);
});

test('?sorot= highlights the instansi in the table and the chart; an unknown one is said ignored', async ({
	page
}) => {
	await page.goto('/kenaikan/kota/2023-2024?sorot=35.73#i-35.73');
	await hydrated(page);
	const own = page.locator('tr[id="i-35.73"]');
	await expect(own).toHaveClass(/focus/);
	await expect(own).toHaveAttribute('aria-current', 'true');
	await expect(page.getByTestId('chart-legend-change')).toContainText('Kota Malang (disorot)');
	await expect(
		page.getByTestId('chart-change').locator('svg:visible text', { hasText: 'Kota Malang' })
	).not.toHaveCount(0);
	await page.goto('/kenaikan/kota/2023-2024?sorot=kota-antah');
	await hydrated(page);
	await expect(page.getByTestId('focus-invalid')).toContainText('sorot=kota-antah');
});

test('a pair mixing reported and official values carries a visible warning', async ({ page }) => {
	await page.goto('/kenaikan/kota/2024-2025');
	await expect(page.getByTestId('warn-mixed')).toBeVisible();
	const bandung = page.locator(rows, { hasText: 'Kota Bandung' });
	await expect(bandung).toContainText('4,59');
	await expect(bandung).toContainText('4,66');
	await expect(bandung).toContainText('+0,07');
	await expect(bandung).toContainText('Resmi → Dilaporkan');
	await expect(bandung).toHaveAttribute('data-status', 'mixed');
});

test('a pair of secondary and official values says so on each row', async ({ page }) => {
	await page.goto('/kenaikan/kota/2022-2023');
	await expect(page.getByTestId('warn-secondary')).toBeVisible();
	const malang = page.locator(rows, { hasText: 'Kota Malang' });
	await expect(malang).toContainText('2,60');
	await expect(malang).toContainText('3,82');
	await expect(malang).toContainText('+1,22');
	await expect(malang).toContainText('Sekunder → Resmi');
});

test('a pair crossing the methodology change is flagged', async ({ page }) => {
	await page.goto('/kenaikan/semua/2020-2021');
	await expect(page.getByTestId('warn-method')).toBeVisible();
});

test('the copy-link button copies the address of the view, language included', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/en/kenaikan/kota/2023-2024');
	await expect(page.locator('h1')).toContainText('climbers');
	await page.getByTestId('copy-link').click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/\/en\/kenaikan\/kota\/2023-2024$/);
	const reopened = await context.newPage();
	await reopened.goto(copied);
	await expect(reopened.locator('h1')).toContainText('climbers');
	await expect(reopened.locator(rows)).toHaveCount(93);
});

test('chart downloads are valid PNG and SVG images of the chart', async ({ page }) => {
	await page.goto('/kenaikan/kota/2023-2024');
	const figure = page.getByTestId('chart-change');
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'PNG' }).click()
	]);
	const pngBytes = readFileSync((await png.path()) ?? '');
	expect(png.suggestedFilename()).toBe('tolok-kenaikan-kota-2023-2024.png');
	expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const size = await page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		return [img.naturalWidth, img.naturalHeight];
	}, pngBytes.toString('base64'));
	expect(size[0]).toBeGreaterThan(400);

	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'SVG' }).click()
	]);
	const svgText = readFileSync((await svg.path()) ?? '', 'utf8');
	expect(svgText.startsWith('<svg')).toBe(true);
	expect(svgText).toContain('Kota Baubau');
	const parsed = await page.evaluate((s) => {
		const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
		return doc.querySelector('parsererror') === null && doc.documentElement.nodeName;
	}, svgText);
	expect(parsed).toBe('svg');
});

test('embed mode drops the navigation and keeps the credit', async ({ page }) => {
	await page.goto('/kenaikan/kota/2023-2024?embed=1');
	await expect(page.locator('header.site')).toHaveCount(0);
	await expect(page.locator('footer.site')).toHaveCount(0);
	await expect(page.locator('.embed-credit')).toContainText('Tolok');
	await expect(page.locator(rows)).toHaveCount(93);
});

test('the national page shows the series with its source tables', async ({ page }) => {
	await page.goto('/nasional');
	await expect(page.getByTestId('chart-national-index')).toContainText('1,98');
	await expect(page.getByTestId('chart-national-index')).toContainText('Tabel 4');
	await expect(page.getByTestId('group-means')).toContainText('Laporan 2024 Tabel 8');
	await expect(page.getByTestId('chart-national-share')).toContainText('2024');
});

test('the home key facts link to their detailed views', async ({ page }) => {
	await page.goto('/');
	const facts = page.getByTestId('key-facts');
	await expect(facts).toContainText('Kabupaten Banyuwangi');
	await expect(facts.getByRole('link', { name: /Kota Baubau/ })).toHaveAttribute(
		'href',
		'/kenaikan/kota/2023-2024'
	);
});
