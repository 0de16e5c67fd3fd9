import { axe } from './axe';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { hydrated } from './ready';

/**
 * One page of every kind, each loaded once and checked at phone width (360 × 740), then at
 * desktop width (1280 × 900) after resizing: hydrated without a mismatch, no serious or
 * critical accessibility violation,
 * no horizontal overflow, no tap target under 24 × 24 px, and a screenshot of each kept in
 * Playwright's output folder (test-results/, the CI artifact; see the README) for a human look.
 */
const PAGES = {
	home: '/',
	sources: '/sumber',
	national: '/nasional',
	change: '/kenaikan/kota/2023-2024',
	'change-none': '/kenaikan/kota/2030-2031',
	rankings: '/peringkat',
	ranking: '/peringkat/indeks/kota/2024',
	improvement: '/peringkat/peningkatan/kabupaten/2024',
	profile: '/wilayah/35.73',
	'not-evaluated': '/wilayah/35.22',
	central: '/instansi/kementerian-keuangan',
	compare: '/bandingkan?kode=35.73,32.73',
	map: '/peta',
	leadership: '/kepemimpinan',
	import: '/impor',
	sql: '/sql',
	search: '/cari?q=bengkulu',
	shortlist: '/daftar-pendek?nama=Calon&c=indeks/kota/2024/35.73:kuat',
	'not-found': '/wilayah/99.99',
	offline: '/luring'
};

/**
 * Rows past the 25th of a long table and shapes past the 60th of the map are left out of the
 * accessibility check: they come from the same row and shape components as the ones checked,
 * and walking all 615 rows (or 514 regions) made one page's check take minutes on a busy machine.
 */
const REPEATS = ['tbody tr:nth-child(n+26)', '[data-testid="map"] path:nth-of-type(n+61)'];

async function seriousViolations(page: Page, { contrast = true } = {}): Promise<string[]> {
	let builder = axe(page).options({ resultTypes: ['violations'] });
	if (!contrast) builder = builder.disableRules(['color-contrast']);
	for (const selector of REPEATS) builder = builder.exclude(selector);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`
		);
}

/** Buttons, fields and navigation links (not links in running text, which WCAG 2.5.8 exempts)
 * smaller than 24 px either way, unless their label is that large. */
function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'button, select, input:not([type=hidden]), summary, nav a, [role=button]'
			)
		]
			.filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
			.map((el) => {
				const target = el.matches('input[type=checkbox], input[type=radio]')
					? (el.closest('label') ?? el)
					: el;
				const r = target.getBoundingClientRect();
				return { r, text: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}` };
			})
			.filter(({ r }) => r.width > 0 && (r.width < 23.5 || r.height < 23.5))
			.map(({ r, text }) => `${text} ${Math.round(r.width)}×${Math.round(r.height)}`)
	);
}

async function checkAt(page: Page, info: TestInfo, name: string, width: number) {
	const path = page.url();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect.soft(overflow, `${path} overflows by ${overflow}px at ${width} px`).toBeLessThanOrEqual(0);
	expect.soft(await smallTargets(page), `small tap targets at ${width} px`).toEqual([]);
	const shot = info.outputPath(`${name}-${width}.png`);
	await page.screenshot({ path: shot, fullPage: false });
	await info.attach(`${name}-${width}`, { path: shot, contentType: 'image/png' });
	// colour contrast once, at phone width: no colour in the CSS depends on the width, and the
	// check walks every text node, most of axe's time on a long page
	const contrast = width === 360 || process.env.E2E_CONTRAST_EVERY_WIDTH === '1';
	expect.soft(await seriousViolations(page, { contrast }), `axe at ${width} px`).toEqual([]);
}

for (const [name, path] of Object.entries(PAGES)) {
	test(`${name} (${path}) at 360 and 1280 px: accessible, no overflow, no small tap target`, async ({
		page
	}, info) => {
		// a hydration that finds other markup than the server wrote throws Svelte back to rendering
		// the whole page again in the browser, silently but for this warning
		const mismatches: string[] = [];
		page.on('console', (m) => {
			if (/svelte\.dev\/e\/hydration/.test(m.text())) mismatches.push(m.text());
		});
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		await page.locator('h1').first().waitFor(); // the 404 fallback renders in the browser
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect.soft(mismatches, 'hydration of the prerendered page').toEqual([]);
		await checkAt(page, info, name, 360);
		await page.setViewportSize({ width: 1280, height: 900 });
		await checkAt(page, info, name, 1280);
	});
}

test('the accessibility check finds a violation planted in a page', async ({ page }) => {
	// guards the checks above against an axe set-up that silently checks nothing
	await page.goto('/luring');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.evaluate(() => {
		const img = document.createElement('img');
		img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
		document.querySelector('main')?.append(img, document.createElement('button'));
	});
	const found = await seriousViolations(page);
	expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
	expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
});

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
	await hydrated(page);
	await page.getByTestId('kelompok').selectOption('kota');
	await expect(page.locator('[data-testid="ranking"] tbody tr')).toHaveCount(93);
	// DuckDB's wasm compiles and answers under the policy ('wasm-unsafe-eval', workers)
	await page.goto('/sql');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByTestId('sql-text').fill('SELECT 3.82::DECIMAL(3,2) AS v');
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result').locator('tbody td').first()).toHaveText('3,82');
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
