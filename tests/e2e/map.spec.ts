/**
 * The map by year and on a phone: a year's map counts exactly that year's regions (never a
 * value of another year), and with touch emulation a pinch zooms, a tap opens a region's
 * panel and "find a region" zooms to it. Without JavaScript the table and a sentence remain.
 */
import { expect, test, type Page } from '@playwright/test';
import { sql } from './published';
import { hydrated } from './ready';

type Row = { id: string; kind: string; index: number | null };
const kabkota = async (year: number) =>
	(await sql<Row>('map_values', [year])).filter((r) => r.kind === 'kabupaten' || r.kind === 'kota');

// a cold page on a busy 2-core machine: hydration and the shapes can take a while

async function mapReady(page: Page) {
	await hydrated(page);
	await expect(page.getByTestId('map').locator('path').first()).toBeAttached();
}

test('the 2024 map colours exactly the 2024 regions, the 2023 map the 2023 ones', async ({
	page
}) => {
	const y2024 = await kabkota(2024);
	const y2023 = await kabkota(2023);
	const with2024 = new Set(y2024.filter((r) => r.index !== null).map((r) => r.id));
	// evaluated in 2023 but not in 2024 (Simeulue, Paniai, Buru, …): grey on the 2024 map
	const only2023 = y2023.filter((r) => r.index !== null && !with2024.has(r.id)).map((r) => r.id);
	expect(only2023.length).toBeGreaterThan(0);

	await page.goto('/peta');
	await mapReady(page);
	const map = page.getByTestId('map');
	const legend = page.getByTestId('map-legend');
	await expect(legend).toHaveAttribute('data-year', '2024');
	await expect(legend).toHaveAttribute('data-coloured', String(with2024.size));
	await expect(map.locator('path:not([data-band="none"])')).toHaveCount(with2024.size);
	// (a region the boundary files do not draw is still counted in the table below)
	const drawn = new Set(
		await map.locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-kode')))
	);
	const grey = only2023.filter((id) => drawn.has(id));
	expect(grey.length).toBeGreaterThan(0);
	for (const id of grey)
		await expect(map.locator(`path[data-kode="${id}"]`)).toHaveAttribute('data-band', 'none');
	const table = page.getByTestId('map-table');
	for (const id of only2023)
		await expect(table.locator(`tr[data-kode="${id}"]`)).toContainText('Belum dievaluasi');

	// focusing the choice fetches the other published years' values, each once
	const asked: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/peta/nilai/')) asked.push(new URL(r.url()).pathname);
	});
	await page.getByTestId('map-year').focus();
	await expect.poll(() => asked.length).toBeGreaterThanOrEqual(3);
	expect(asked).toContain('/peta/nilai/2023.json');
	expect(asked).not.toContain('/peta/nilai/2024.json');
	await page.getByTestId('map-year').selectOption('2023');
	expect(asked.filter((p) => p === '/peta/nilai/2023.json')).toHaveLength(1);
	const with2023 = y2023.filter((r) => r.index !== null).length;
	await expect(legend).toHaveAttribute('data-coloured', String(with2023));
	await expect(map.locator('path:not([data-band="none"])')).toHaveCount(with2023);
	await expect(page).toHaveURL(/tahun=2023/);
	await expect(page.getByTestId('map-table').locator('tbody tr')).toHaveCount(514);
	// the year is in the tooltip
	await map.locator(`path[data-kode="${grey[0]}"]`).hover({ force: true });
	await expect(page.getByTestId('map-tip')).toContainText('2023');
});

test.describe('on a phone with touch', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a pinch zooms, a tap opens the region’s panel with a link to its profile', async ({
		page
	}) => {
		await page.goto('/peta');
		await mapReady(page);
		const map = page.getByTestId('map');
		await expect(map).toHaveAttribute('data-zoom', '1.00');
		const box = (await map.boundingBox())!;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints:
					type === 'touchEnd'
						? []
						: [
								{ x: cx - d, y: cy, id: 1 },
								{ x: cx + d, y: cy, id: 2 }
							]
			});
		await touch('touchStart', 20);
		for (let d = 25; d <= 80; d += 5) await touch('touchMove', d);
		await touch('touchEnd', 80);
		await expect.poll(async () => Number(await map.getAttribute('data-zoom'))).toBeGreaterThan(2);

		// tap a point inside a region that is in view
		const hit = await page.evaluate(() => {
			const svg = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
			for (let y = svg.top + 20; y < svg.bottom - 20; y += 9)
				for (let x = svg.left + 20; x < svg.right - 60; x += 9) {
					const el = document.elementFromPoint(x, y);
					const kode = el?.getAttribute('data-kode');
					if (kode) return { x, y, kode };
				}
			return null;
		});
		expect(hit).not.toBeNull();
		await page.touchscreen.tap(hit!.x, hit!.y);
		const panel = page.getByTestId('map-panel');
		await expect(panel).toBeVisible();
		await expect(page.getByTestId('map-profile')).toHaveAttribute(
			'href',
			new RegExp(`/wilayah/${hit!.kode.replace('.', '\\.')}$`)
		);
		await page.getByTestId('map-profile').tap();
		await expect(page).toHaveURL(new RegExp(`/wilayah/${hit!.kode.replace('.', '\\.')}$`));
	});

	test('find a region zooms to it and opens its panel; the buttons zoom too', async ({ page }) => {
		await page.goto('/peta');
		await mapReady(page);
		const map = page.getByTestId('map');
		await page.getByTestId('map-find').fill('Kota Malang');
		await page.getByTestId('map-find').press('Enter');
		await expect(page.getByTestId('map-panel')).toContainText('Kota Malang');
		await expect(page.getByTestId('map-panel')).toContainText('4,24');
		await expect.poll(async () => Number(await map.getAttribute('data-zoom'))).toBeGreaterThan(4);
		// Kota Malang is drawn inside the visible map
		const frame = (await map.boundingBox())!;
		const shape = (await map.locator('path[data-kode="35.73"]').boundingBox())!;
		expect(shape.x).toBeGreaterThanOrEqual(frame.x);
		expect(shape.x + shape.width).toBeLessThanOrEqual(frame.x + frame.width);
		expect(shape.y).toBeGreaterThanOrEqual(frame.y);
		expect(shape.y + shape.height).toBeLessThanOrEqual(frame.y + frame.height);
		await page.getByTestId('zoom-reset').tap();
		await expect(map).toHaveAttribute('data-zoom', '1.00');
		await page.getByTestId('zoom-in').tap();
		await expect(map).toHaveAttribute('data-zoom', '1.50');
		// keys pan and zoom when the map has focus
		await map.focus();
		await page.keyboard.press('+');
		await expect(map).toHaveAttribute('data-zoom', '2.25');
		await page.keyboard.press('0');
		await expect(map).toHaveAttribute('data-zoom', '1.00');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map says it needs JavaScript and its values are in a table, legend counted', async ({
		page
	}) => {
		const coloured = (await kabkota(2024)).filter((r) => r.index !== null).length;
		await page.goto('/peta');
		await expect(page.getByTestId('map-noscript')).toBeVisible();
		await expect(page.getByTestId('map-table').locator('tbody tr')).toHaveCount(514);
		await expect(page.getByTestId('map-legend')).toHaveAttribute('data-coloured', String(coloured));
		await expect(page.getByTestId('map-count')).toContainText(`${coloured} dari 514`);
	});
});
