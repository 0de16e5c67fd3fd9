import { expect, test } from '@playwright/test';
import { sql } from './published';
import { holdPageScript, hydrated, watchEngine } from './ready';
import { HYDRATE_ROWS, SCREEN_ROWS } from '../../src/lib/ui/progressive-rows';

const rankingRows = '[data-testid="ranking"] tbody tr';
// without JavaScript the page shows its <noscript> copy of the table and hides the live one
const shownRows = '[data-testid="ranking"]:visible tbody tr';

test.describe('home without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the latest ranking of every evaluated instansi is in the HTML', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toContainText('Indeks SPBE 2024');
		await expect(page.locator(shownRows)).toHaveCount(615);
		await expect(page.locator('[data-testid="ranking"]:visible')).toHaveCount(1);
		const first = page.locator(shownRows).first();
		await expect(first.locator('td').first()).toHaveText('1');
		const malang = page.locator(shownRows, { hasText: 'Kota Malang' });
		await expect(malang).toContainText('4,24');
		await expect(malang).toContainText('Memuaskan');
		// the national series and predicate counts are readable too
		await expect(page.locator('#national-h')).toBeVisible();
		await expect(page.locator('[data-testid="predicate-counts"]')).toContainText('Memuaskan');
		// the group choice is a link to each group's prerendered ranking
		await expect(page.locator('noscript a[href="/peringkat/indeks/kota/2024"]')).toHaveText('Kota');
	});
});

test.describe('home with JavaScript', () => {
	test('a group chosen before the page’s script runs is applied when it does', async ({ page }) => {
		// hold the page's script back, as a slow phone does, while the reader chooses
		const release = await holdPageScript(page);
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		await page.getByTestId('kelompok').selectOption('kota');
		release();
		await hydrated(page);
		await expect(page.locator(rankingRows)).toHaveCount(93);
		await expect(page.locator('h1')).toHaveText('Indeks SPBE 2024: peringkat kota');
		await expect(page.getByTestId('kelompok')).toHaveValue('kota');
	});

	test('the page holds one screen of live rows and adds the rest; every row is in the HTML', async ({
		page,
		request
	}) => {
		const html = await (await request.get('/')).text();
		const live = html.slice(html.indexOf('ranking-live'));
		const table = live.slice(0, live.indexOf('</table>'));
		const liveRows = table.match(/<tr data-id=/g) ?? [];
		// a phone parses, lays out and hydrates a few rows, not 615; the rest of the first
		// screen is plain rows without ids, which nothing hydrates
		expect(liveRows.length).toBe(HYDRATE_ROWS);
		const standIns = table.slice(table.indexOf('data-testid="stand-ins"'));
		expect(standIns.match(/<tr>/g)?.length).toBe(SCREEN_ROWS - HYDRATE_ROWS);
		// the <noscript> copy holds them all, for readers without JavaScript
		const noscript = html.slice(html.indexOf('<div class="table plain'));
		expect(noscript.match(/<tr id="i-/g)?.length).toBe(615);
		await page.goto('/');
		await hydrated(page);
		await expect(page.locator(rankingRows)).toHaveCount(615);
		await expect(page.getByTestId('rows-pending')).toHaveCount(0);
		await expect(page.getByTestId('stand-ins')).toHaveCount(0);
		await expect(page.locator(rankingRows).nth(614).locator('td').first()).not.toBeEmpty();
	});

	test('changing the group shows the ranking the same SQL gives, without DuckDB', async ({
		page
	}) => {
		const engine = watchEngine(page);
		await page.goto('/');
		await hydrated(page);

		await expect(page.locator('h1')).toHaveText('Indeks SPBE 2024: peringkat seluruh instansi');
		await page.getByTestId('kelompok').selectOption('kota');
		await expect(page.locator(rankingRows)).toHaveCount(93);
		await expect(page).toHaveURL(/kelompok=kota/);
		// the headings say what is shown
		await expect(page.locator('h1')).toHaveText('Indeks SPBE 2024: peringkat kota');
		await expect(page.locator('#ranking-h')).toHaveText('Peringkat Indeks SPBE 2024: Kota');

		const expected = await sql<{ peringkat: number; seri: boolean; name: string; nilai: number }>(
			'ranking',
			[2024, 'kota', 'indeks']
		);
		const shown = await page
			.locator(rankingRows)
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.children[0]?.textContent?.trim(),
					tr.children[1]?.firstChild?.textContent?.trim()
				])
			);
		expect(shown).toEqual(expected.map((r) => [`${r.seri ? '=' : ''}${r.peringkat}`, r.name]));

		await page.getByTestId('kelompok').selectOption('kementerian');
		await expect(page.locator(rankingRows)).toHaveCount(34);
		await page.getByTestId('kelompok').selectOption('semua');
		await expect(page.locator(rankingRows)).toHaveCount(615);
		await expect(page).not.toHaveURL(/kelompok=/);
		expect(engine, 'the group choice answers from the build’s files').toEqual([]);
	});

	test("focusing the group choice fetches the other groups' files, each once", async ({ page }) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (/^\/peringkat\/indeks\/[a-z]+\/\d{4}\.json$/.test(path)) asked.push(path);
		});
		await page.goto('/');
		await hydrated(page);
		expect(asked).toEqual([]);
		await page.getByTestId('kelompok').focus();
		const others = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'daerah'];
		await expect
			.poll(() => [...asked].sort())
			.toEqual(others.map((k) => `/peringkat/indeks/${k}/2024.json`).sort());
		// a pick answers from the file already read, and focusing again asks for nothing
		await page.getByTestId('kelompok').selectOption('kota');
		await expect(page.locator(rankingRows)).toHaveCount(93);
		await page.getByTestId('kelompok').blur();
		await page.getByTestId('kelompok').focus();
		expect(asked).toHaveLength(others.length);
	});

	test('a shared link with a group reopens that ranking', async ({ page }) => {
		await page.goto('/?kelompok=provinsi');
		await expect(page.locator(rankingRows)).toHaveCount(38);
		await expect(page.getByTestId('kelompok')).toHaveValue('provinsi');
	});

	test('a shared group link paints that group first after hydration, its heading naming it', async ({
		page
	}) => {
		// every frame from hydration on: the rows and the heading it paints
		await page.addInitScript(() => {
			const frames: { rows: number; title: string }[] = [];
			Object.assign(window, { __frames: frames });
			const look = () => {
				if (document.documentElement.hasAttribute('data-hydrated'))
					frames.push({
						rows: document.querySelectorAll('[data-testid="ranking"] tbody tr').length,
						title: document.querySelector('h1')?.textContent ?? ''
					});
				if (!frames.some((f) => f.rows === 93)) requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		const engine = watchEngine(page);
		await page.goto('/?kelompok=kota');
		await expect(page.locator(rankingRows)).toHaveCount(93);
		const frames = await page.evaluate(
			() => (window as unknown as { __frames: { rows: number; title: string }[] }).__frames
		);
		expect(frames.length).toBeGreaterThan(0);
		// no frame after hydration shows the 615 rows of every instansi, nor says so
		expect(new Set(frames.map((f) => f.rows))).toEqual(
			new Set(frames.some((f) => f.rows === 0) ? [0, 93] : [93])
		);
		expect(new Set(frames.map((f) => f.title))).toEqual(
			new Set(['Indeks SPBE 2024: peringkat kota'])
		);
		await expect(page.getByTestId('kelompok')).toHaveValue('kota');
		await expect(page).toHaveTitle(/peringkat kota/);
		expect(engine).toEqual([]);
	});

	test('when a group’s file cannot be read, the ranking shown stays and the page says why', async ({
		page
	}) => {
		await page.context().route('**/peringkat/indeks/kota/*.json', (route) => route.abort());
		await page.goto('/');
		await hydrated(page);
		await page.getByTestId('kelompok').selectOption('kota');
		await expect(page.getByTestId('group-failed')).toContainText('tidak dapat dimuat');
		await expect(page.locator(rankingRows)).toHaveCount(615);
		await expect(page.getByTestId('kelompok')).toHaveValue('semua');
		await expect(page).not.toHaveURL(/kelompok=/);
		// another group still answers, and the notice goes
		await page.getByTestId('kelompok').selectOption('provinsi');
		await expect(page.locator(rankingRows)).toHaveCount(38);
		await expect(page.getByTestId('group-failed')).toHaveCount(0);
	});

	test('English keeps the numbers in its own format and the language in links', async ({
		page
	}) => {
		await page.goto('/en');
		await expect(page.locator('h1')).toContainText('SPBE Index 2024');
		await expect(page.locator(rankingRows, { hasText: 'Kota Malang' })).toContainText('4.24');
		await expect(page.getByRole('link', { name: 'Sources', exact: true })).toHaveAttribute(
			'href',
			'/en/sumber'
		);
	});
});

test('the sources page lists the reconciliation and the data-quality notes', async ({ page }) => {
	await page.goto('/sumber');
	await expect(page.getByTestId('data-notes')).toContainText('Banyuasin');
	await expect(page.getByTestId('data-notes')).toContainText('Nias Barat');
	await expect(page.getByTestId('reconciliation')).toContainText('Kota Bandung');
	await expect(page.getByTestId('report-counts')).toContainText('392');
	await expect(page.getByText('Open Database License')).toBeVisible();
});
