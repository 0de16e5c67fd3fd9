import { expect, test } from '@playwright/test';

// Every page kind at phone and desktop widths: no horizontal overflow at 360 px, tap targets
// of at least 24 × 24 px, and a screenshot of each kept in Playwright's output folder
// (test-results/, the CI artifact; see the README) for a human look.
const PAGES = {
	home: '/',
	rankings: '/peringkat',
	ranking: '/peringkat/indeks/kota/2024',
	improvement: '/peringkat/peningkatan/kabupaten/2024',
	profile: '/wilayah/35.73',
	'not-evaluated': '/wilayah/35.22',
	central: '/instansi/kementerian-keuangan',
	compare: '/bandingkan?kode=35.73,32.73',
	map: '/peta',
	change: '/kenaikan/kota/2023-2024',
	national: '/nasional',
	leadership: '/kepemimpinan',
	import: '/impor',
	sql: '/sql',
	sources: '/sumber',
	'not-found': '/wilayah/99.99',
	offline: '/luring'
};

for (const width of [360, 1280]) {
	for (const [name, path] of Object.entries(PAGES)) {
		test(`${name} at ${width} px has no horizontal overflow and no small tap target`, async ({
			page
		}, info) => {
			await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
			await page.goto(path);
			await expect(page.locator('h1').first()).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
			// buttons, fields and navigation links (not links inside running text, which WCAG
			// 2.5.8 exempts): at least 24 px both ways, or their label is
			const small = await page.evaluate(() =>
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
			expect(small).toEqual([]);
			const shot = info.outputPath(`${name}-${width}.png`);
			await page.screenshot({ path: shot, fullPage: false });
			await info.attach(`${name}-${width}`, { path: shot, contentType: 'image/png' });
		});
	}
}
