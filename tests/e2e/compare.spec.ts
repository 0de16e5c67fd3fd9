/**
 * The comparison of close peers (Padangsidimpuan 2,66 · Lubuk Linggau 2,64 · Bengkulu 2,63 ·
 * Palu 2,58 …): the first region highlighted and choosable, the domain chart, labels that never
 * overlap at 360 and 1280 px, one chart rather than two when only two years exist, the page
 * without JavaScript, and the site's menu on a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { holdChartRenderer, hydrated } from './ready';

const TWO = '12.77,16.73';
const SIX = '12.77,16.73,17.71,72.71,16.72,12.73';

/** Waits until every comparison chart on the page is drawn at its current width. */
async function chartsDrawn(page: Page, count: number) {
	const figures = page.locator('[data-testid^="chart-compare-"]');
	await expect(figures).toHaveCount(count);
	await expect(page.locator('.fit[data-drawn]')).toHaveCount(count);
	await expect(page.locator('.fit[data-drawn] .chart > svg')).toHaveCount(count);
}

/**
 * Every text of every comparison chart, as drawn: pairs whose boxes overlap, texts outside
 * their chart, and texts drawn smaller than 12 px on screen.
 */
function textFaults(page: Page) {
	return page.evaluate(() => {
		const faults: string[] = [];
		for (const svg of document.querySelectorAll<SVGSVGElement>(
			'[data-testid^="chart-compare-"] .chart > svg'
		)) {
			const name = svg.closest('[data-testid]')?.getAttribute('data-testid');
			const frame = svg.getBoundingClientRect();
			const scale = frame.width / (svg.viewBox.baseVal.width || frame.width);
			const boxes = [...svg.querySelectorAll('text')]
				.filter((t) => t.textContent?.trim())
				.map((t) => ({
					text: t.textContent!.trim(),
					r: t.getBoundingClientRect(),
					px: parseFloat(getComputedStyle(t).fontSize) * scale
				}))
				.filter((b) => b.r.width > 0);
			for (const b of boxes) {
				if (b.px < 11.9) faults.push(`${name}: "${b.text}" is ${b.px.toFixed(1)} px`);
				if (
					b.r.left < frame.left - 1 ||
					b.r.right > frame.right + 1 ||
					b.r.top < frame.top - 1 ||
					b.r.bottom > frame.bottom + 1
				)
					faults.push(`${name}: "${b.text}" outside the chart`);
			}
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i]!.r;
					const b = boxes[j]!.r;
					const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (w > 1 && h > 1)
						faults.push(`${name}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
				}
		}
		return faults;
	});
}

test.describe('comparison of close peers', () => {
	// each comparison loads once at phone width, then widens: the charts draw again at the new width
	for (const [n, kode] of [
		[2, TWO],
		[6, SIX]
	] as const)
		test(`${n} close peers at 360 and 1280 px: every label legible, none overlapping`, async ({
			page
		}, info) => {
			for (const width of [360, 1280]) {
				await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
				if (width === 360) await page.goto(`/bandingkan?kode=${kode}`);
				const heat = page.getByTestId('compare-heat');
				await expect(heat.locator('tbody tr[data-ready="true"]')).toHaveCount(n);
				await chartsDrawn(page, 4);
				// the end labels name every peer with its latest value
				const years = page.getByTestId('chart-compare-years').locator('svg');
				await expect(years).toContainText('2,66');
				await expect(years).toContainText('2,64');
				await expect
					.poll(() => textFaults(page), { message: `text faults at ${width} px` })
					.toEqual([]);
				const shot = info.outputPath(`compare-${n}-${width}.png`);
				await page.screenshot({ path: shot, fullPage: true });
				await info.attach(`compare-${n}-${width}`, { path: shot, contentType: 'image/png' });
			}
		});

	test('the first region is highlighted everywhere, the domain chart has its four domains, and the reader can highlight another', async ({
		page
	}) => {
		await page.goto(`/bandingkan?kode=${SIX}`);
		await hydrated(page);
		const heat = page.getByTestId('compare-heat');
		await expect(heat.locator('tr[data-focus]')).toHaveCount(1);
		await expect(heat.locator('tr[data-focus]')).toContainText('Kota Padangsidimpuan');
		await chartsDrawn(page, 4);
		for (const id of ['years', 'domains', 'bump', 'slope']) {
			const legend = page.getByTestId(`chart-legend-compare-${id}`).locator('li');
			await expect(legend).toHaveCount(6);
			await expect(legend.first()).toHaveText('Kota Padangsidimpuan (disorot)');
		}
		// the highlighted line is the one drawn thick, in the accent colour
		const thick = page
			.getByTestId('chart-compare-years')
			.locator('path[stroke="#225ea8"][stroke-width="3.5"]');
		await expect(thick).toHaveCount(1);

		// the domain chart shows the four domains for each region, its numbers in a table
		const chart = page.getByTestId('chart-compare-domains');
		await expect(chart.locator('.chart > svg')).toBeVisible();
		for (const d of ['Kebijakan', 'Tata Kelola', 'Manajemen', 'Layanan'])
			await expect(chart.locator('svg')).toContainText(d);
		// the highlighted region's four values are labelled (Padangsidimpuan 2024)
		for (const v of ['2,80', '2,00', '1,09', '3,56'])
			await expect(chart.locator('svg')).toContainText(v);
		await chart.getByText('Lihat tabel').click();
		await expect(chart.locator('tbody tr')).toHaveCount(6);
		await expect(chart.locator('tbody tr').first()).toContainText('Kota Padangsidimpuan');
		await expect(chart.locator('tbody tr').first()).toContainText('3,56');
		await expect(chart).toContainText('Sumbu nilai');

		await page.getByTestId('compare-focus').selectOption('72.71');
		await expect(page).toHaveURL(/kode=72\.71(%2C|,)12\.77(%2C|,)16\.73/);
		await expect(heat.locator('tr[data-focus]')).toContainText('Kota Palu');
		// the charts are drawn again: Palu's end label is now the bold one in the accent
		await expect(
			page
				.getByTestId('chart-compare-years')
				.locator('text[fill="#225ea8"]')
				.filter({ hasText: 'Palu' })
		).toHaveCount(1);
		await expect(page.getByTestId('chart-legend-compare-domains').locator('li').first()).toHaveText(
			'Kota Palu (disorot)'
		);
		// a shared link highlights the same one
		await page.reload();
		await expect(heat.locator('tr[data-focus]')).toContainText('Kota Palu');
	});

	test('with only two years, one slope chart and no second chart of the same lines', async ({
		page
	}) => {
		// the four new Papua provinces: evaluated in 2023 and 2024 only
		await page.goto('/bandingkan?kode=93,94,95,96');
		await chartsDrawn(page, 3);
		await expect(page.getByTestId('chart-compare-years')).toHaveCount(0);
		await expect(page.getByTestId('chart-compare-slope')).toBeVisible();
		await expect(page.getByTestId('chart-compare-domains')).toBeVisible();
		await expect(page.getByTestId('chart-compare-bump')).toBeVisible();
		// no pair of years to choose from
		await expect(page.getByRole('combobox', { name: 'Dari' })).toHaveCount(0);
	});

	test('while its charts are drawn, each one says so and its exports wait', async ({ page }) => {
		const path = '/bandingkan?kode=35.73,32.73';
		const release = await holdChartRenderer(page);
		await page.goto(path);
		await hydrated(page);
		const domains = page.getByTestId('chart-compare-domains');
		await expect(page.getByTestId('chart-drawing-compare-domains')).toBeVisible();
		await expect(domains.locator('.chart svg')).toHaveCount(0);
		await expect(domains.getByTestId('png-compare-domains')).toBeDisabled();
		release();
		await expect(domains.locator('.chart svg').first()).toBeAttached();
		await expect(page.getByTestId('chart-drawing-compare-domains')).toHaveCount(0);
		await expect(domains.getByTestId('png-compare-domains')).toBeEnabled();
	});
});

test('without JavaScript /bandingkan says what it needs and where the profiles are', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/bandingkan?kode=35.73,32.73');
	await expect(page.locator('h1')).toHaveText('Bandingkan wilayah dan instansi');
	const note = page.getByTestId('compare-noscript');
	await expect(note).toBeVisible();
	await expect(note).toContainText('memerlukan JavaScript');
	await expect(note).toContainText('/wilayah/35.73');
	await expect(note.getByRole('link', { name: 'Peringkat' })).toHaveAttribute(
		'href',
		/\/peringkat$/
	);
	// nothing that needs JavaScript is offered
	await expect(page.locator('#compare-add')).toHaveCount(0);
	await context.close();
});

test.describe('site navigation', () => {
	test('at 360 px every link is reachable behind Menu, tap-sized, and the menu closes on use', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/bandingkan');
		await hydrated(page);
		const menu = page.getByTestId('nav-menu');
		await expect(menu.locator('summary')).toBeVisible();
		await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
		await menu.locator('summary').click();
		const links = menu.locator('nav a');
		const count = await links.count();
		expect(count).toBe(11);
		for (let i = 0; i < count; i++) {
			const link = links.nth(i);
			await expect(link).toBeVisible();
			const b = (await link.boundingBox())!;
			expect(b.x, (await link.textContent()) ?? '').toBeGreaterThanOrEqual(0);
			expect(b.x + b.width, (await link.textContent()) ?? '').toBeLessThanOrEqual(360);
			expect(b.height).toBeGreaterThanOrEqual(24);
			expect(b.width).toBeGreaterThanOrEqual(24);
		}
		await expect(menu.getByRole('link', { name: 'Sumber' })).toBeVisible();
		await expect(menu.locator('a[aria-current="page"]')).toHaveText('Bandingkan');
		await menu.getByRole('link', { name: 'Peta' }).click();
		await expect(page).toHaveURL(/\/peta$/);
		await expect(menu).not.toHaveAttribute('open', '');
		await expect(menu.locator('summary')).toContainText('Peta');
	});

	test('at 1280 px every link is in sight, with no menu', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('nav-menu')).toBeHidden();
		const links = page.locator('nav.wide a');
		await expect(links).toHaveCount(12);
		for (const link of await links.all()) {
			await expect(link).toBeVisible();
			const b = (await link.boundingBox())!;
			expect(b.x + b.width).toBeLessThanOrEqual(1280);
		}
	});
});
