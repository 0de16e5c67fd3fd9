/**
 * Charts fit to publish: no text of any chart kind outside its chart at 360 and 1280 px,
 * and a downloaded SVG and PNG carry the frame (title, source, date, Tolok, the address).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hydrated } from './ready';

// one page for each chart kind
const CHARTS: Record<string, string> = {
	'/': 'national index line, predicate counts',
	'/peringkat/indeks/kota/2024': 'ranking bars, distribution with bands',
	'/peringkat/peningkatan/kabupaten/2024': 'signed ranking bars, signed distribution',
	'/kenaikan/kota/2023-2024': 'change bars',
	'/nasional': 'national line, domain lines, share bars',
	'/wilayah/35.73': 'profile years, profile domains',
	'/bandingkan?kode=35.73,32.73,31.71': 'comparison years, domains, bump, slope'
};

/** Every text box that pokes out of its chart's box, as "chart: text (side by px)". */
async function textOutside(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const svg of document.querySelectorAll<SVGSVGElement>('.chart > svg, body > svg')) {
			const frame = svg.getBoundingClientRect();
			const name = svg.closest('[data-testid]')?.getAttribute('data-testid') ?? 'svg';
			for (const text of svg.querySelectorAll('text')) {
				const r = text.getBoundingClientRect();
				if (r.width === 0 || !text.textContent?.trim()) continue;
				const over = {
					left: frame.left - r.left,
					right: r.right - frame.right,
					top: frame.top - r.top,
					bottom: r.bottom - frame.bottom
				};
				for (const [side, px] of Object.entries(over))
					if (px > 1) out.push(`${name}: "${text.textContent}" ${side} by ${px.toFixed(1)}px`);
			}
		}
		return out;
	});
}

for (const width of [360, 1280]) {
	for (const [path, kinds] of Object.entries(CHARTS)) {
		test(`${kinds}: every text inside its chart at ${width} px (${path})`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			await expect(page.locator('.chart > svg').first()).toBeVisible();
			if (path.startsWith('/bandingkan')) await expect(page.locator('.chart > svg')).toHaveCount(4);
			expect(await textOutside(page)).toEqual([]);
		});
	}
}

test('a downloaded SVG and PNG carry title, subtitle, source, date, Tolok and the address', async ({
	page
}) => {
	await page.goto('/kenaikan/kota/2023-2024');
	await hydrated(page);
	const title = (await page.locator('#change-title').textContent())!.trim();

	const [svgDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('svg-change').click()
	]);
	expect(svgDownload.suggestedFilename()).toBe('tolok-kenaikan-kota-2023-2024.svg');
	const svg = readFileSync((await svgDownload.path())!, 'utf8');
	const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
	const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
	expect(width).toBe(1200);

	// read the SVG's text as a browser draws it, and check every box stays in the frame
	await page.setContent(svg);
	const text = await page
		.locator('svg')
		.first()
		.evaluate((el) => [...el.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n'));
	for (const part of [
		title.slice(0, 30),
		'Kota · 2023 → 2024',
		'Sumber: Laporan Pelaksanaan Evaluasi SPBE Tahun 2023; Laporan Pelaksanaan Evaluasi SPBE Tahun 2024',
		'Data per 31 Desember 2024',
		'Tolok · http://127.0.0.1:',
		'/kenaikan/kota/2023-2024',
		'Kota Bandar Lampung',
		'Naik'
	])
		expect(text).toContain(part);
	expect(await textOutside(page)).toEqual([]);

	await page.goto('/kenaikan/kota/2023-2024');
	await hydrated(page);
	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('png-change').click()
	]);
	const png = readFileSync((await pngDownload.path())!);
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	// twice the SVG's size: 2400 px wide
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * 2, height * 2]);
});
