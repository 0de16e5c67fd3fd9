// Embeds that stay embedded: in ?embed=1 every link opens the full site in a new tab; one chart
// embeds alone (?embed=1&grafik=<id>) in its export frame; the Embed button gives its <iframe>.
import { expect, test } from '@playwright/test';
import { hydrated } from './ready';

test('an embedded page: every link opens the full site in a new tab, the iframe stays', async ({
	page,
	context
}) => {
	await page.goto('/wilayah/35.73?embed=1');
	await hydrated(page);
	await expect(page.locator('header.site')).toHaveCount(0);
	// the page's links, including those drawn after it ran (the profile's tables, the credit)
	await expect(page.locator('.embed-credit a')).toHaveAttribute('target', '_blank');
	const links = await page.locator('main a[href]').evaluateAll((as) =>
		(as as HTMLAnchorElement[]).map((a) => ({
			href: a.getAttribute('href') ?? '',
			download: a.hasAttribute('download'),
			target: a.target,
			rel: a.rel
		}))
	);
	expect(links.length).toBeGreaterThan(5);
	// a download (the profile's CSV) saves the file and stays; every other link leaves the iframe
	for (const l of links.filter((l) => !l.href.startsWith('#') && !l.download)) {
		expect(l, l.href).toMatchObject({ target: '_blank' });
		expect(l.rel, l.href).toContain('noopener');
		expect(l.href, 'a link out leaves embed mode').not.toMatch(/[?&](embed|grafik)=/);
	}

	// a click opens a new tab on the full site; the embedded page stays where it was
	const here = page.url();
	const opened = context.waitForEvent('page');
	await page.locator('.embed-credit a').click();
	const tab = await opened;
	await tab.waitForLoadState('domcontentloaded');
	expect(tab.url()).not.toContain('embed=1');
	await expect(tab.locator('header.site')).toBeVisible();
	expect(page.url()).toBe(here);
});

test('one chart embeds alone, in its frame with title, source, date and the site', async ({
	page
}) => {
	await page.goto('/wilayah/35.73?embed=1&grafik=years');
	const chart = page.getByTestId('embed-chart');
	const svg = chart.locator(':scope > a > svg');
	await expect(svg).toBeVisible();
	await expect(svg).toContainText('Kota Malang');
	await expect(svg).toContainText('Sumber:');
	await expect(svg).toContainText('Data per');
	await expect(svg).toContainText('Tolok · http://127.0.0.1');
	// its address in the frame is the full site's page
	await expect(svg).not.toContainText('embed=1');
	await expect(page.locator('header.site')).toHaveCount(0);
	await expect(page.locator('footer.site')).toHaveCount(0);
	// nothing else of the page shows
	await expect(page.locator('h1:visible')).toHaveCount(0);
	await expect(page.locator('figure:visible')).toHaveCount(0);
	await expect(chart.locator(':scope > a')).toHaveAttribute('target', '_blank');

	await page.goto('/wilayah/35.73?embed=1&grafik=tidak-ada');
	await expect(page.getByTestId('embed-chart-missing')).toContainText('“tidak-ada”');
	await expect(page.getByTestId('embed-chart-missing')).toContainText('years');
});

test('the Embed button gives the iframe code of the chart alone, which shows that chart', async ({
	page
}) => {
	await page.goto('/wilayah/35.73');
	await hydrated(page);
	await page.getByTestId('embed-years').click();
	const code = page.getByTestId('embed-code-years');
	await expect(code).toBeVisible();
	const text = await code.inputValue();
	const src = /<iframe src="([^"]+)"/.exec(text)?.[1]?.replace(/&amp;/g, '&') ?? '';
	expect(src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wilayah\/35\.73\?embed=1&grafik=years$/);
	expect(text).toMatch(/ height="\d{3}"/);
	expect(text).toMatch(/aspect-ratio:1200\/\d+/);

	// the code, put in another site's page, shows the chart alone
	await page.setContent(`<!doctype html><body style="width:640px">${text}</body>`);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByTestId('embed-chart').locator('svg').first()).toContainText(
		'Kota Malang'
	);
	const box = await page.locator('iframe').boundingBox();
	expect(box?.height).toBeGreaterThan(300);
});
