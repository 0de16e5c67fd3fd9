import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// One page of every kind built so far; features add theirs here.
const PAGES = [
	'/',
	'/sumber',
	'/nasional',
	'/kenaikan/kota/2023-2024',
	'/kenaikan/kota/2022-2023',
	'/peringkat',
	'/peringkat/indeks/kota/2024',
	'/peringkat/peningkatan/kabupaten/2024',
	'/wilayah/35.73',
	'/wilayah/35.22',
	'/instansi/kementerian-keuangan',
	'/bandingkan?kode=35.73,32.73',
	'/peta',
	'/peta?tingkat=provinsi',
	'/kepemimpinan',
	'/kenaikan/kota/2030-2031',
	'/impor',
	'/sql',
	'/cari?q=bengkulu',
	'/daftar-pendek?nama=Calon&c=indeks/kota/2024/35.73:kuat'
];

/**
 * Rows past the 25th of a long table and shapes past the 60th of the map are left out of the
 * check: they come from the same row and shape components as the ones checked, and walking all
 * 615 rows (or 514 regions) made one page's check take minutes on a busy machine.
 */
const REPEATS = ['tbody tr:nth-child(n+26)', '[data-testid="map"] path:nth-of-type(n+61)'];

async function seriousViolations(page: Page): Promise<string[]> {
	let builder = new AxeBuilder({ page });
	for (const selector of REPEATS) builder = builder.exclude(selector);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`
		);
}

for (const path of PAGES) {
	test(`no serious or critical accessibility violations on ${path} at 360 and 1280 px`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		await page.locator('h1').first().waitFor(); // the 404 fallback renders in the browser
		expect(await seriousViolations(page), '360 px').toEqual([]);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect(await seriousViolations(page), '1280 px').toEqual([]);
	});
}

test('the Content-Security-Policy is in every page and the site works under it', async ({
	page
}) => {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportViolation: (v: string) => void }).reportViolation(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
	expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	await page.getByTestId('kelompok').selectOption('kota');
	await expect(page.getByTestId('db-status')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('[data-testid="ranking"] tbody tr')).toHaveCount(93);
	expect(violations).toEqual([]);
});

test('keyboard alone: skip link, a filter, a scrollable table and a chart’s table view', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.locator('a.skip')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);

	// the group filter: focus it and choose with the arrow keys
	const select = page.getByTestId('kelompok');
	for (let i = 0; i < 30 && !(await select.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(select).toBeFocused();
	await page.keyboard.press('ArrowDown'); // semua → daerah
	await expect(page.locator('[data-testid="ranking"] tbody tr')).toHaveCount(38 + 392 + 93);

	// the ranking scrolls with the page (its only scroll container); its headers sort
	await page.keyboard.press('Tab');
	const sortRank = page.locator('[data-testid="ranking"] th[data-sort-key="peringkat"] button');
	await expect(sortRank).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter'); // sort by name
	await expect(page.locator('[data-testid="ranking"] th[data-sort-key="nama"]')).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await page.keyboard.press('PageDown');
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

	// a chart's numbers open as a table from the keyboard
	const summary = page.getByTestId('chart-national').locator('summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('chart-national').locator('table')).toBeVisible();
	await expect(page.getByTestId('chart-national').locator('table')).toContainText('3,12');
});

test('the language switch changes labels and number format, and links keep it', async ({
	page
}) => {
	await page.goto('/peringkat/indeks/kota/2024');
	await expect(page.locator('main')).toContainText('Kota Malang');
	await expect(page.locator('main')).toContainText('4,24');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/peringkat\/indeks\/kota\/2024$/);
	await expect(page.locator('main')).toContainText('4.24');
	await expect(page.getByRole('link', { name: 'Sources', exact: true })).toHaveAttribute(
		'href',
		'/en/sumber'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
