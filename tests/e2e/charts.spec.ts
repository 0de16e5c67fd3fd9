/**
 * Charts fit to publish and to read: at 360 and 1280 px every text of every chart kind is
 * inside its chart, at least 12 px on screen, clear of every other text, and no value sits
 * on a band's line or name; a downloaded SVG and PNG carry the frame (title, source, date,
 * Tolok, the address).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hydrated } from './ready';

// one page for each chart kind
const CHARTS: Record<string, string> = {
	'/': 'national index line, predicate counts',
	'/peringkat/indeks/kota/2024': 'ranking bars, distribution with bands',
	'/peringkat/layanan/kota/2024': 'domain ranking bars, distribution',
	'/peringkat/peningkatan/kabupaten/2024': 'signed ranking bars, signed distribution',
	'/kenaikan/kota/2023-2024': 'change bars',
	'/nasional': 'national line, predicates per year, domain lines, share lines',
	'/wilayah/35.73': 'profile years with bands and history, profile domains',
	'/indikator/2022': 'indicator levels',
	'/bandingkan?kode=35.73,32.73,31.71': 'comparison years, domains, bump, slope'
};
// the comparison's charts are drawn in the browser at their shown width; compare.spec.ts measures
// their text (size, overlap, clipping) with close peers, so here they are held to the edge rule
const LEGIBLE = Object.keys(CHARTS).filter((p) => !p.startsWith('/bandingkan'));

/** The shown charts (a chart is drawn at several widths; one of them is shown). */
const SHOWN = '.chart > svg:visible';

/** Every text box that pokes out of its chart's box, as "chart: text (side by px)". */
async function textOutside(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const svg of document.querySelectorAll<SVGSVGElement>('.chart > svg, body > svg')) {
			const frame = svg.getBoundingClientRect();
			if (frame.width === 0) continue;
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

/**
 * What a reader could not read in the shown charts: text under 12 px on screen, two texts
 * whose boxes overlap (by more than 1 px each way), and a value (3,82 or +0,52) on a band's
 * dashed line or on a band's name.
 */
async function illegible(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const BAND = /^(Kurang|Cukup|Baik|Sangat|Sangat Baik|Memuaskan)$/;
		const VALUE = /^[+−-]?\d+[,.]\d\d$/;
		const cut = (a: DOMRect, b: DOMRect) =>
			Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
			Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
		for (const svg of document.querySelectorAll<SVGSVGElement>('.chart > svg')) {
			const frame = svg.getBoundingClientRect();
			if (frame.width === 0) continue;
			const name = svg.closest('[data-testid]')?.getAttribute('data-testid') ?? 'svg';
			const scale = frame.width / svg.viewBox.baseVal.width;
			const texts = [...svg.querySelectorAll('text')]
				.map((el) => ({
					el,
					text: el.textContent?.trim() ?? '',
					box: el.getBoundingClientRect()
				}))
				.filter((t) => t.text && t.box.width > 0);
			for (const t of texts) {
				const px = parseFloat(getComputedStyle(t.el).fontSize) * scale;
				if (px < 11.95) out.push(`${name}: "${t.text}" is ${px.toFixed(1)} px`);
			}
			texts.forEach((a, i) => {
				for (const b of texts.slice(i + 1))
					if (cut(a.box, b.box)) out.push(`${name}: "${a.text}" overlaps "${b.text}"`);
			});
			// a band's line: a dashed horizontal path; a value inside its span must not touch it
			const lines = [...svg.querySelectorAll('path[stroke-dasharray]')]
				.map((p) => p.getBoundingClientRect())
				.filter((r) => r.height < 1 && r.width > frame.width / 3);
			for (const v of texts.filter((t) => VALUE.test(t.text))) {
				const c = (v.box.left + v.box.right) / 2;
				for (const l of lines)
					if (c > l.left && c < l.right && l.top > v.box.top + 1 && l.top < v.box.bottom - 1)
						out.push(`${name}: "${v.text}" is crossed by a band line`);
				for (const b of texts.filter((t) => BAND.test(t.text)))
					if (cut(v.box, b.box)) out.push(`${name}: "${v.text}" is on band name "${b.text}"`);
			}
		}
		return out;
	});
}

// each page loads once, at phone width, then widens to desktop: the container queries (and the
// comparison's own drawing) follow the new width, as they do when a reader turns a tablet
for (const [path, kinds] of Object.entries(CHARTS)) {
	test(`${kinds}: every text inside its chart at 360 and 1280 px (${path})`, async ({ page }) => {
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			if (width === 360) await page.goto(path);
			await expect(page.locator(SHOWN).first()).toBeVisible();
			if (path.startsWith('/bandingkan')) await expect(page.locator(SHOWN)).toHaveCount(4);
			await expect
				.poll(() => textOutside(page), { message: `text outside its chart at ${width} px` })
				.toEqual([]);
			if (LEGIBLE.includes(path))
				await expect
					.poll(() => illegible(page), { message: `illegible text at ${width} px` })
					.toEqual([]);
		}
	});
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

test('on a phone, a chart below the table is drawn only when the reader comes near it', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/peringkat/indeks/kota/2024');
	await hydrated(page);
	const drawing = page.getByTestId('chart-ranking-bars').locator('.chart');
	// rendered = laid out and painted; the inside of an off-screen `content-visibility: auto`
	// part is not (the test is on the SVG drawn for this width)
	const rendered = () =>
		drawing.evaluate((el) =>
			[...el.querySelectorAll('svg')]
				.filter((svg) => getComputedStyle(svg).display !== 'none')
				.every((svg) => svg.checkVisibility({ contentVisibilityAuto: true }))
		);
	expect(await rendered()).toBe(false);
	await drawing.scrollIntoViewIfNeeded();
	await expect.poll(rendered).toBe(true);
	await expect(drawing.locator('svg:visible')).toHaveCount(1);
});
