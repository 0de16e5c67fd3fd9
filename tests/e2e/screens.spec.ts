import { expect, test } from '@playwright/test';

// Home, ranking, profile and change pages at phone and desktop widths: readable, with no
// horizontal overflow at 360 px. Screenshots are attached to the report for a human look.
const PAGES = {
	home: '/',
	ranking: '/peringkat/indeks/kota/2024',
	profile: '/wilayah/35.73',
	central: '/instansi/kementerian-keuangan',
	change: '/kenaikan/kota/2023-2024',
	national: '/nasional',
	import: '/impor',
	sql: '/sql',
	offline: '/luring'
};

for (const width of [360, 1280]) {
	for (const [name, path] of Object.entries(PAGES)) {
		test(`${name} at ${width} px has no horizontal overflow`, async ({ page }, info) => {
			await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
			await info.attach(`${name}-${width}`, {
				body: await page.screenshot({ fullPage: false }),
				contentType: 'image/png'
			});
		});
	}
}
