import { expect, test, type Page } from '@playwright/test';
import { FIRST_PAINT_ID } from '../../src/lib/ui/first-paint';
import { PHONE_CPU_SLOWDOWN, PHONE_DEVICE, SLOW_4G } from '../../scripts/phone';

/**
 * A phone's first paint waits for the page's heading and lead (FirstPaintEnd.svelte): the
 * prerendered page asks Chromium to hold rendering until they are parsed, and no longer: the
 * marker comes before the choices, the table and the charts.
 */
const EXPECT = new RegExp(
	`<link rel="expect" href="#${FIRST_PAINT_ID}" blocking="render"\\s*/?>`,
	'g'
);
const MARKER = `id="${FIRST_PAINT_ID}"`;

const PAGES = [
	{ path: '/', after: ['<h1', 'class="lead', '</p>'], before: ['ranking-live', '<svg'] },
	{
		path: '/peringkat/indeks/kota/2024',
		after: ['<h1', 'class="lead', '</p>'],
		before: ['data-testid="selector"', 'ranking-live', '<svg']
	},
	{
		path: '/en/peringkat/indeks/kota/2024',
		after: ['<h1', 'class="lead', '</p>'],
		before: ['data-testid="selector"', 'ranking-live']
	},
	{
		path: '/wilayah/35.73',
		after: ['<h1', 'data-testid="profile-story"', '</p>'],
		before: ['data-testid="profile-years"', '<svg']
	},
	{
		path: '/instansi/kementerian-keuangan',
		after: ['<h1', 'data-testid="profile-story"', '</p>'],
		before: ['data-testid="profile-years"']
	}
];

test('each phone page holds its first paint until its heading and lead are parsed, no longer', async ({
	request
}) => {
	for (const { path, after, before } of PAGES) {
		const html = await (await request.get(path)).text();
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head.match(EXPECT)?.length, `${path}: one expect link in the head`).toBe(1);
		expect(html.split(MARKER).length - 1, `${path}: one marker`).toBe(1);
		const at = html.indexOf(MARKER);
		// after the heading and lead, each part found in turn
		let from = 0;
		for (const part of after) {
			from = html.indexOf(part, from);
			expect(from, `${path}: ${part}`).toBeGreaterThan(0);
		}
		expect(at, `${path}: marker after ${after.join(' … ')}`).toBeGreaterThan(from);
		// before the rest, so the paint does not wait for the whole page
		for (const part of before) {
			expect(html.indexOf(part, at), `${path}: ${part} after the marker`).toBeGreaterThan(at);
			expect(html.indexOf(part), `${path}: no ${part} before the marker`).toBeGreaterThan(at);
		}
	}
});

/** Chromium's network and CPU as the bench's phone (scripts/phone.ts; its screen: test.use below). */
async function asPhone(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
	return () => cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

test.describe("on the bench's phone's screen", () => {
	test.use(PHONE_DEVICE);

	for (const { path, lead } of [
		{ path: '/peringkat/indeks/kota/2024', lead: 'p.lead' },
		{ path: '/wilayah/35.73', lead: '[data-testid="profile-story"]' }
	]) {
		test(`on a slow phone the first paint of ${path} already shows its lead`, async ({ page }) => {
			const unthrottle = await asPhone(page);
			await page.addInitScript((selector) => {
				const w = window as unknown as { leadAt?: number; fcp?: number };
				const seen = new MutationObserver(() => {
					// parsed: the element and what follows it (the lead's text is complete)
					if (document.querySelector(`${selector} + *`)) {
						w.leadAt = performance.now();
						seen.disconnect();
					}
				});
				seen.observe(document, { childList: true, subtree: true });
				new PerformanceObserver((list) => {
					for (const e of list.getEntries())
						if (e.name === 'first-contentful-paint') w.fcp = e.startTime;
				}).observe({ type: 'paint', buffered: true });
			}, lead);
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			const t = await page.waitForFunction(() => {
				const w = window as unknown as { leadAt?: number; fcp?: number };
				return w.fcp !== undefined && w.leadAt !== undefined && { lead: w.leadAt, fcp: w.fcp };
			});
			const { lead: at, fcp } = (await t.jsonValue()) as { lead: number; fcp: number };
			expect(at, `lead parsed at ${at} ms, first paint at ${fcp} ms`).toBeLessThanOrEqual(fcp);
			await unthrottle();
		});
	}
});

// The bench and these tests share one Chromium command line (scripts/chromium.ts). Without it,
// each new context's window started the omnibox drop-down's two WebUI renderers beside the page.
test('a new browser context opens its page alone, with no browser-UI renderers beside it', async ({
	browser
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/sumber', { waitUntil: 'domcontentloaded' });
	const cdp = await browser.newBrowserCDPSession();
	const { targetInfos } = await cdp.send('Target.getTargets');
	expect(targetInfos.some((t) => t.type === 'page' && t.url.endsWith('/sumber'))).toBe(true);
	expect(targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url)).toEqual([]);
	await cdp.detach();
	await context.close();
});
