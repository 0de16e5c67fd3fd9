import { expect, test } from '@playwright/test';
import { hydrated, watchEngine } from './ready';

test.describe('compare', () => {
	test('keeps its regions in the address and shows them side by side, without DuckDB', async ({
		page
	}) => {
		const engine = watchEngine(page);
		await page.goto('/bandingkan?kode=35.73,32.73');
		const heat = page.getByTestId('compare-heat');
		await expect(heat.locator('tbody tr')).toHaveCount(2);
		await expect(heat).toContainText('Kota Malang');
		await expect(heat).toContainText('Kota Bandung');
		await expect(heat).toContainText('4,24');
		await expect(page.getByTestId('chart-compare-years').locator('svg')).toBeVisible();
		await expect(page.getByTestId('chart-compare-bump').locator('svg')).toBeVisible();
		await expect(page.getByTestId('chart-compare-slope').locator('svg')).toBeVisible();
		await expect(page.getByTestId('compare-suggestions')).toContainText('Jawa Timur');
		// adding a suggested peer puts it in the address
		await page.getByTestId('compare-suggestions').getByRole('button').first().click();
		await expect(page).toHaveURL(/kode=35\.73%2C32\.73%2C|kode=35\.73,32\.73,/);
		await expect(heat.locator('tbody tr')).toHaveCount(3);
		// removing one takes it out again
		await page.getByRole('button', { name: 'Hapus Kota Bandung' }).click();
		await expect(page).not.toHaveURL(/32\.73/);
		await expect(page).toHaveURL(/35\.73/);
		// published years only: every number came from the build's files, none from DuckDB
		expect(engine).toEqual([]);
	});

	test('reads the suggested regions ahead, so adding one waits for no request; not when saving data', async ({
		page,
		browser
	}) => {
		const files = (p: typeof page) => {
			const asked: string[] = [];
			p.on('request', (r) => {
				const m = /\/bandingkan\/data\/([^/]+)\.json$/.exec(new URL(r.url()).pathname);
				if (m?.[1]) asked.push(decodeURIComponent(m[1]));
			});
			return asked;
		};
		const asked = files(page);
		await page.goto('/bandingkan?kode=35.73');
		const heat = page.getByTestId('compare-heat');
		await expect(heat.locator('tbody tr[data-ready="true"]')).toHaveCount(1);
		const buttons = page.getByTestId('compare-suggestions').locator('button[data-id]');
		const suggested = await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')));
		expect(suggested.length).toBeGreaterThan(5);
		// every suggestion's file is read once the page has painted
		await expect.poll(() => suggested.filter((id) => !asked.includes(id ?? ''))).toEqual([]);
		const before = asked.length;
		const next = suggested[0] ?? '';
		await buttons.first().click();
		await expect(heat.locator('tbody tr[data-ready="true"]')).toHaveCount(2);
		await expect(heat).toContainText(
			(await page.getByTestId('compare-chosen').getByRole('link').nth(1).textContent()) ?? '?'
		);
		// the added region came from memory: its file was not asked for again
		expect(asked.slice(before).filter((id) => id === next)).toEqual([]);
		expect(asked.filter((id) => id === next)).toHaveLength(1);

		// a reader who asked to save data gets only what they chose
		const saving = await browser.newContext();
		await saving.addInitScript(() =>
			Object.defineProperty(navigator, 'connection', {
				configurable: true,
				get: () => ({ saveData: true, effectiveType: '4g' })
			})
		);
		const other = await saving.newPage();
		const askedSaving = files(other);
		await other.goto('/bandingkan?kode=35.73');
		await expect(
			other.getByTestId('compare-heat').locator('tbody tr[data-ready="true"]')
		).toHaveCount(1);
		await hydrated(other);
		await expect(
			other.getByTestId('compare-suggestions').locator('button[data-id]').first()
		).toBeVisible();
		// a frame and a task after the suggestions appear, when a prefetch would have started
		await other.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
		expect(askedSaving).toEqual(['35.73']);
		await saving.close();
	});

	test('drops unknown and duplicate codes, names them and keeps the valid ones', async ({
		page
	}) => {
		await page.goto('/bandingkan?kode=35.73,99.99,35.73,32.73,bukan-kode');
		const dropped = page.getByTestId('compare-dropped');
		await expect(dropped).toContainText('99.99');
		await expect(dropped).toContainText('bukan-kode');
		await expect(dropped).toContainText('35.73');
		await expect(page.getByTestId('compare-chosen').getByRole('link')).toHaveText([
			'Kota Malang',
			'Kota Bandung'
		]);
		await expect(page).toHaveURL(/kode=35\.73(%2C|,)32\.73$/);
	});
});

test.describe('map', () => {
	test('renders the 514 kabupaten/kota with the predicate legend and opens a profile', async ({
		page
	}) => {
		await page.goto('/peta');
		const map = page.getByTestId('map');
		await expect(map.locator('path')).toHaveCount(514);
		const legend = page.getByTestId('map-legend');
		for (const p of ['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Belum dievaluasi'])
			await expect(legend).toContainText(p);
		await expect(map.locator('path[data-band="none"]').first()).toBeAttached();
		await expect(map.locator('path[data-kode="35.73"]')).toHaveAttribute('data-band', 'Memuaskan');
		await map.locator('path[data-kode="35.73"]').hover({ force: true });
		await expect(page.getByTestId('map-tip')).toContainText('Kota Malang');
		await expect(page.getByTestId('map-tip')).toContainText('2024');
		await page.getByTestId('map-level').selectOption('provinsi');
		await expect(map.locator('path')).toHaveCount(38);
		// a click opens the region's panel, whose link opens the profile
		await map.locator('path[data-kode="35"]').click({ force: true });
		await expect(page.getByTestId('map-panel')).toContainText('Provinsi Jawa Timur');
		await page.getByTestId('map-profile').click();
		await expect(page).toHaveURL(/\/wilayah\/35$/);
		await expect(page.getByTestId('profile-name')).toHaveText('Provinsi Jawa Timur');
	});

	test('the address keeps the level and measure, so a shared link shows the same map', async ({
		page
	}) => {
		await page.goto('/peta?tingkat=provinsi&ukuran=layanan');
		const map = page.getByTestId('map');
		await expect(map.locator('path')).toHaveCount(38);
		await expect(page.getByTestId('map-level')).toHaveValue('provinsi');
		await expect(page.getByTestId('map-measure')).toHaveValue('layanan');
		await page.getByTestId('map-measure').selectOption('kebijakan');
		await expect(page).toHaveURL(/tingkat=provinsi&ukuran=kebijakan/);
		await page.getByTestId('map-level').selectOption('kabkota');
		await page.getByTestId('map-measure').selectOption('index');
		await expect(page).toHaveURL(/\/peta$/);
		// a year this browser has no imported data for is not kept
		await page.goto('/peta?tahun=2031');
		await expect(map.locator('path')).toHaveCount(514);
		await expect(page).toHaveURL(/\/peta$/);
	});
});
