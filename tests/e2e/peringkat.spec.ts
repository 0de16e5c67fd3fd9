import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { sql } from './published';
import { allRows, holdChartRenderer, holdPageScript, hydrated, watchEngine } from './ready';
import { HYDRATE_ROWS, SCREEN_ROWS } from '../../src/lib/ui/progressive-rows';

// this file stores shortlists or datasets in the browser: a fresh context for each test,
// never the worker's reused one (playwright.config.ts), so nothing it keeps reaches another file
test.use({ reuseContext: false });

const rows = '[data-testid="ranking"] tbody tr';

/** [rank as shown, kode] of every table row, in order (the <noscript> copy's rows: by their anchor). */
const tableRows = (page: Page, selector = rows) =>
	page
		.locator(selector)
		.evaluateAll((trs) =>
			trs.map((tr) => [
				tr.children[0]?.textContent?.trim() ?? '',
				tr.getAttribute('data-id') ?? tr.id.replace(/^i-/, '')
			])
		);

type Ranked = {
	id: string;
	peringkat: number;
	seri: boolean;
};
const expected = (r: Ranked[]) => r.map((x) => [`${x.seri ? '=' : ''}${x.peringkat}`, x.id]);

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

test.describe('ranking permalinks without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each permalink has its table, group size and left-out note in the HTML', async ({
		page
	}) => {
		await page.goto('/peringkat/peningkatan/kota/2024');
		await expect(page.locator('h1')).toHaveText('Peningkatan Indeks SPBE: Kota 2024');
		const want = await sql<Ranked & { nilai: number | null }>('ranking', [
			2024,
			'kota',
			'peningkatan'
		]);
		const ranked = want.filter((r) => r.nilai !== null);
		// the <noscript> copy, with every row; the live table is hidden
		expect(await tableRows(page, '[data-testid="ranking"]:visible tbody tr')).toEqual(
			expected(ranked)
		);
		await expect(page.locator('.lead')).toContainText(`${ranked.length} instansi berperingkat`);
		if (ranked.length < want.length) {
			await expect(page.getByTestId('left-out')).toContainText(
				`${want.length - ranked.length} instansi tidak diperingkat`
			);
		}
	});

	test('an unknown kategori answers 404 (build/404.html)', async ({ page }) => {
		const res = await page.goto('/peringkat/juara/kota/2024');
		expect(res?.status()).toBe(404);
	});
});

test.describe('ranking permalinks', () => {
	test('a link to a row past the first screen renders it at once and scrolls to it', async ({
		page
	}) => {
		const want = await sql<Ranked>('ranking', [2024, 'kabupaten', 'indeks']);
		const far = want[300]!;
		await page.goto(`/peringkat/indeks/kabupaten/2024?sorot=${far.id}#i-${far.id}`);
		await hydrated(page);
		const row = page.locator(`${rows}[data-id="${far.id}"]`);
		await expect(row).toHaveClass(/focus/);
		await expect(row).toBeInViewport();
	});

	test('the first screen shows its rows before the script runs; live rows take their places', async ({
		page
	}) => {
		// hold the page's script back, as a slow phone does
		const release = await holdPageScript(page);
		await page.goto('/peringkat/indeks/kota/2024', { waitUntil: 'domcontentloaded' });
		const want = expected(await sql<Ranked>('ranking', [2024, 'kota', 'indeks']));
		const screen = want.slice(0, SCREEN_ROWS);
		// before: HYDRATE_ROWS live rows (with ids) and plain stand-ins (without), in rank order
		const before = await tableRows(page);
		expect(before.map(([rank]) => rank)).toEqual(screen.map(([rank]) => rank));
		expect(before.slice(0, HYDRATE_ROWS)).toEqual(screen.slice(0, HYDRATE_ROWS));
		expect(before.slice(HYDRATE_ROWS).every(([, id]) => id === '')).toBe(true);
		await expect(page.getByTestId('stand-ins').locator('tr').first()).toBeVisible();
		// coloured as the live badges of the same predicate are
		const colours = await page
			.locator('.ranking-live .predicate-badge')
			.evaluateAll((badges) =>
				badges.map((b) => [
					b.closest('[data-testid="stand-ins"]') ? 'stand-in' : 'live',
					b.textContent,
					getComputedStyle(b).backgroundColor
				])
			);
		const live = new Map(colours.filter(([k]) => k === 'live').map(([, p, c]) => [p, c]));
		const standIn = colours.filter(([k, p]) => k === 'stand-in' && live.has(p));
		expect(standIn.length).toBeGreaterThan(0);
		for (const [, p, c] of standIn) expect(c).toBe(live.get(p));
		release();
		await hydrated(page);
		await expect(page.getByTestId('stand-ins')).toHaveCount(0);
		await expect(page.locator(rows)).toHaveCount(want.length);
		expect(await tableRows(page)).toEqual(want);
	});

	test("a chart's numbers are a table in the HTML, drawn in the browser when opened", async ({
		page,
		request
	}) => {
		const path = '/peringkat/indeks/kota/2024';
		// readers without JavaScript open the prerendered table
		const html = await (await request.get(path)).text();
		const figure = html.slice(html.indexOf('data-testid="chart-ranking-bars"'));
		const details = figure.slice(figure.indexOf('<details'), figure.indexOf('</details>'));
		expect(details).toContain('Kota Bandung');
		// in the browser it is not hydrated behind the closed <details>, but drawn on opening
		await page.goto(path);
		await hydrated(page);
		const bars = page.getByTestId('chart-ranking-bars');
		await expect(bars.locator('details table')).toHaveCount(0);
		await bars.getByText('Lihat tabel').click();
		await expect(bars.locator('details table tbody tr').first()).toContainText('Kota Bandung');
		await expect(bars.locator('details table tbody tr').first()).toContainText('4,59');
	});

	test('the CSV has the same rows in the same order as the table', async ({ page, request }) => {
		for (const path of ['/peringkat/indeks/kota/2024', '/peringkat/peningkatan/semua/2024']) {
			await page.goto(path);
			await allRows(page);
			const shown = await tableRows(page);
			const res = await request.get(`${path}.csv`);
			expect(res.status()).toBe(200);
			expect(res.headers()['content-type']).toContain('text/csv');
			const csv = Papa.parse<Record<string, string>>(await res.text(), {
				header: true,
				skipEmptyLines: true
			});
			expect(csv.meta.fields?.slice(0, 9)).toEqual([
				'peringkat',
				'kode',
				'nama',
				'provinsi',
				'nilai',
				'indeks',
				'predikat',
				'status',
				'sumber'
			]);
			expect(
				csv.data.map((r) => [`${r.seri === 'true' ? '=' : ''}${r.peringkat}`, r.kode])
			).toEqual(shown);
			for (const r of csv.data) {
				expect(r.peringkat).toMatch(/^\d+$/);
				expect(r.nilai).toMatch(/^(\d\.\d\d|-\d(\.\d{1,2})?)$/);
				expect(r.sumber).toMatch(
					/^Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel \d+ No \d+$/
				);
			}
		}
	});

	test('a permalink with filters reproduces the same rows after reload', async ({ page }) => {
		const errors = watchErrors(page);
		const engine = watchEngine(page);
		await page.goto('/peringkat/indeks/kabupaten/2024');
		await hydrated(page);
		await page.getByTestId('f-provinsi').selectOption('35');
		await page.getByTestId('f-predikat').selectOption('Sangat Baik');
		await expect(page).toHaveURL(/provinsi=35/);
		await expect(page).toHaveURL(/predikat=Sangat\+Baik/);
		const want = await sql<Ranked>('ranking_filtered', [
			2024,
			'kabupaten',
			'indeks',
			'35',
			'Sangat Baik',
			null,
			null,
			null,
			false
		]);
		expect(want.length).toBeGreaterThan(3);
		await expect(page.locator(rows)).toHaveCount(want.length);
		const before = await tableRows(page);
		expect(before).toEqual(expected(want));
		// official ranks kept: not renumbered 1, 2, 3…
		expect(before.map((r) => r[0])).not.toEqual(before.map((_, i) => String(i + 1)));

		await page.reload();
		await hydrated(page);
		await expect(page.locator(rows)).toHaveCount(want.length);
		expect(await tableRows(page)).toEqual(before);
		await expect(page.getByTestId('f-provinsi')).toHaveValue('35');
		await expect(page.getByTestId('row-count')).toContainText(`${want.length} dari`);
		expect(errors).toEqual([]);
		expect(engine).toEqual([]);
	});

	test('a shared link with every filter, and one malformed value shown as ignored', async ({
		page
	}) => {
		const errors = watchErrors(page);
		const engine = watchEngine(page);
		await page.goto('/peringkat/peningkatan/kota/2024?naik=0,5&q=kota%20b&dua=1&min=tinggi');
		await expect(page.getByTestId('filter-invalid')).toContainText('min=tinggi');
		await hydrated(page);
		const want = await sql<Ranked>('ranking_filtered', [
			2024,
			'kota',
			'peningkatan',
			null,
			null,
			null,
			'0.50',
			'kota b',
			true
		]);
		await expect(page.locator(rows)).toHaveCount(want.length);
		expect(await tableRows(page)).toEqual(expected(want));
		await expect(page.getByTestId('f-naik')).toHaveValue('0,50');
		expect(errors).toEqual([]);
		expect(engine).toEqual([]);
	});

	test('a shared filtered link never shows a chart of other rows: its own is drawn, nothing else', async ({
		page
	}) => {
		const path = '/peringkat/indeks/kota/2024?provinsi=35';
		const ranked = await sql<Ranked & { name: string }>('ranking', [2024, 'kota', 'indeks']);
		// the kota the build's unfiltered bars name that the filter leaves out
		const others = ranked.filter((r) => !r.id.startsWith('35.')).map((r) => r.name);
		expect(others.slice(0, 20).length).toBe(20);
		// the chart renderer is held until the page has hydrated and been looked at
		const release = await holdChartRenderer(page);
		// what the bar chart shows in every frame from hydration on
		await page.addInitScript(() => {
			const frames: { text: string; drawing: boolean; pngDisabled: boolean }[] = [];
			Object.assign(window, { __chartFrames: frames });
			const look = () => {
				const fig = document.querySelector('[data-testid="chart-ranking-bars"]');
				if (fig && document.documentElement.hasAttribute('data-hydrated'))
					frames.push({
						text: [...fig.querySelectorAll('.chart svg text')].map((t) => t.textContent).join('|'),
						drawing: fig.querySelector('[data-testid="chart-drawing-ranking-bars"]') !== null,
						pngDisabled:
							(fig.querySelector('[data-testid="png-ranking-bars"]') as HTMLButtonElement | null)
								?.disabled ?? false
					});
				if (frames.length < 2000) requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		await page.goto(path);
		await hydrated(page);
		const bars = page.getByTestId('chart-ranking-bars');
		await expect(page.getByTestId('row-count')).toContainText('9 dari 93');
		// the renderer is held: the chart's place says what is coming, and nothing is exported
		await expect(page.getByTestId('chart-drawing-ranking-bars')).toHaveText('Menggambar grafik…');
		await expect(bars.getByTestId('png-ranking-bars')).toBeDisabled();
		await expect(bars.getByTestId('svg-ranking-bars')).toBeDisabled();
		await expect(page.getByTestId('chart-drawing-distribution')).toBeVisible();

		release();
		await expect(page.getByTestId('chart-drawing-ranking-bars')).toHaveCount(0);
		await expect(page.getByTestId('chart-drawing-distribution')).toHaveCount(0);
		await expect(bars.locator('svg text', { hasText: 'Kota Madiun' }).first()).toBeAttached();
		await expect(bars.getByTestId('png-ranking-bars')).toBeEnabled();
		const frames = await page.evaluate(
			() =>
				(
					window as unknown as {
						__chartFrames: { text: string; drawing: boolean; pngDisabled: boolean }[];
					}
				).__chartFrames
		);
		expect(frames.length).toBeGreaterThan(0);
		for (const f of frames) {
			// never a kota outside Jawa Timur, not even faded
			expect(others.filter((n) => f.text.includes(n))).toEqual([]);
			// no drawing shown as this view's until it is one
			if (f.text === '') expect(f.drawing).toBe(true);
			expect(f.pngDisabled).toBe(f.drawing);
		}
		expect(frames.some((f) => f.drawing)).toBe(true);
	});

	test('the selector opens the other permalinks, keeping the filters', async ({ page }) => {
		await page.goto('/peringkat/indeks/kota/2024?predikat=Memuaskan');
		await hydrated(page);
		await page.getByTestId('pick-kategori').selectOption('layanan');
		await expect(page).toHaveURL(/\/peringkat\/layanan\/kota\/2024\?predikat=Memuaskan$/);
		await page.getByTestId('pick-tahun').selectOption('2023');
		await expect(page).toHaveURL(/\/peringkat\/layanan\/kota\/2023/);
		await expect(page.locator('h1')).toHaveText('Penerapan Layanan SPBE: Kota 2023');
		await hydrated(page);
		const want = await sql<Ranked>('ranking_filtered', [
			2023,
			'kota',
			'layanan',
			null,
			'Memuaskan',
			null,
			null,
			null,
			false
		]);
		await expect(page.locator(rows)).toHaveCount(want.length);
	});

	test('a focused choice preloads the pages it opens, at the addresses it opens, once', async ({
		page
	}) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.pathname.endsWith('/__data.json'))
				asked.push(`${u.pathname.replace('/__data.json', '')}?${u.searchParams.get('predikat')}`);
		});
		await page.goto('/peringkat/indeks/kota/2024?predikat=Baik');
		await hydrated(page);
		const pick = page.getByTestId('pick-kategori');
		await pick.focus();
		// with the query the page keeps: the address a pick then asks for
		await expect.poll(() => asked).toContain('/peringkat/layanan/kota/2024?Baik');
		expect(asked).not.toContain('/peringkat/indeks/kota/2024?Baik');
		await pick.selectOption('layanan');
		await expect(page.locator('h1')).toHaveText('Penerapan Layanan SPBE: Kota 2024');
		// still focused, the new page's choices are preloaded: the page left among them
		await expect.poll(() => asked).toContain('/peringkat/indeks/kota/2024?Baik');
		await pick.selectOption('indeks');
		await expect(page.locator('h1')).toContainText('Indeks SPBE');
		const layanan = () => asked.filter((a) => a === '/peringkat/layanan/kota/2024?Baik').length;
		const before = layanan();
		await pick.blur();
		await pick.focus();
		// (a pick after the focus: the focus's preloads, if any, were asked for before it)
		await pick.selectOption('kebijakan');
		await expect(page.locator('h1')).toHaveText('Penguatan Kebijakan SPBE: Kota 2024');
		// a page preloaded once is not asked for again, by a later page or a later focus
		expect(layanan()).toBe(before);
	});

	test('a pick of a preloaded page asks nothing more of the network', async ({ page }) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.pathname.endsWith('/__data.json')) asked.push(u.pathname);
		});
		await page.goto('/peringkat/indeks/kabupaten/2024');
		await hydrated(page);
		const picks = ['layanan', 'kebijakan', 'manajemen'];
		const data = (c: string) => `/peringkat/${c}/kabupaten/2024/__data.json`;
		const pick = page.getByTestId('pick-kategori');
		await pick.focus();
		// each preloaded once (SvelteKit itself keeps only the last preload)
		await expect.poll(() => picks.every((c) => asked.includes(data(c)))).toBe(true);
		const before = asked.length;
		for (const c of picks) {
			await pick.selectOption(c);
			await expect(page).toHaveURL(new RegExp(`/peringkat/${c}/kabupaten/2024$`));
			await expect(page.locator(rows).first()).toBeVisible();
		}
		expect(asked.slice(before).filter((p) => picks.some((c) => p === data(c)))).toEqual([]);
	});

	test('the filtered rows and a chart download as CSV, each its own rows', async ({ page }) => {
		await page.goto('/peringkat/indeks/kota/2024?provinsi=35');
		await hydrated(page);
		const shown = await tableRows(page);
		expect(shown.length).toBeGreaterThan(3);
		const read = async (click: () => Promise<void>) => {
			const download = page.waitForEvent('download');
			await click();
			const d = await download;
			return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
		};
		const filtered = await read(() => page.getByTestId('csv-filtered').click());
		const rowsOf = (text: string) =>
			Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), {
				header: true,
				delimiter: text.includes(';') ? ';' : ',',
				skipEmptyLines: true
			}).data;
		expect(rowsOf(filtered.text).map((r) => r.kode)).toEqual(shown.map(([, id]) => id));

		const chart = await read(() =>
			page.getByTestId('chart-ranking-bars').getByRole('button', { name: 'CSV' }).click()
		);
		expect(chart.name).toMatch(/\.csv$/);
		const bars = rowsOf(chart.text);
		expect(bars.length).toBeGreaterThan(0);
		expect(chart.text).toContain('Kota Madiun');
		expect(chart.text).not.toContain('Kota Bandung');
	});

	test("a page opened in the browser shows its rows from small data, then the build's charts", async ({
		page
	}) => {
		const errors = watchErrors(page);
		const asked: string[] = [];
		const data: Promise<string>[] = [];
		page.on('response', (r) => {
			const path = new URL(r.url()).pathname;
			asked.push(path);
			if (path.endsWith('/__data.json')) data.push(r.text());
		});
		await page.goto('/peringkat/indeks/kota/2024');
		await hydrated(page);
		const bars = page.getByTestId('chart-ranking-bars');
		await expect(bars.locator('svg').first()).toBeAttached();
		// the first view's charts come with its HTML, not as another request
		expect(asked.filter((p) => p.endsWith('/grafik.json'))).toEqual([]);

		await page.getByTestId('pick-kategori').selectOption('layanan');
		await expect(page.locator('h1')).toHaveText('Penerapan Layanan SPBE: Kota 2024');
		const want = (
			await sql<Ranked & { name: string; nilai: number | null }>('ranking', [
				2024,
				'kota',
				'layanan'
			])
		).filter((r) => r.nilai !== null);
		await expect(page.locator(rows)).toHaveCount(want.length);
		await expect(page.locator(rows).first()).toContainText(want[0]?.name ?? '-');
		// the bars are the build's drawing of this category: its name labels it, its first
		// instansi is drawn
		await expect(bars.locator('svg').first()).toHaveAttribute(
			'aria-label',
			'Penerapan Layanan SPBE'
		);
		await expect(
			bars.locator('svg text', { hasText: (want[0]?.name ?? '-').slice(0, 12) }).first()
		).toBeAttached();
		await expect(page.getByTestId('chart-distribution').locator('svg').first()).toBeAttached();
		expect(asked).toContain('/peringkat/layanan/kota/2024/grafik.json');
		// the page's data holds rows as columns and no chart markup
		const texts = await Promise.all(data);
		expect(texts.length).toBeGreaterThan(0);
		for (const t of texts) expect(t).not.toContain('<svg');
		expect(errors).toEqual([]);
	});

	test("an English ranking page draws its own charts and never asks for the build's", async ({
		page,
		request
	}) => {
		const html = await (await request.get('/en/peringkat/indeks/kota/2024')).text();
		expect(html).not.toContain('grafik.json');
		const asked: string[] = [];
		page.on('request', (r) => asked.push(new URL(r.url()).pathname));
		await page.goto('/en/peringkat/indeks/kota/2024');
		await hydrated(page);
		const bars = page.getByTestId('chart-ranking-bars').locator('svg').first();
		await expect(bars).toHaveAttribute('aria-label', 'SPBE Index achievement');
		await page.getByTestId('pick-kategori').selectOption('layanan');
		await expect(page.locator('h1')).toHaveText('SPBE services: Cities 2024');
		await expect(bars).toHaveAttribute('aria-label', 'SPBE services');
		expect(asked.filter((p) => p.endsWith('/grafik.json'))).toEqual([]);
	});

	test("without the build's chart file, a page opened in the browser draws its charts", async ({
		page
	}) => {
		await page.route('**/grafik.json', (route) => route.abort());
		await page.goto('/peringkat/indeks/kota/2024');
		await hydrated(page);
		await page.getByTestId('pick-kategori').selectOption('kebijakan');
		await expect(page.locator('h1')).toHaveText('Penguatan Kebijakan SPBE: Kota 2024');
		// drawn here for this category (its name labels the drawing)
		await expect(page.getByTestId('chart-ranking-bars').locator('svg').first()).toHaveAttribute(
			'aria-label',
			'Penguatan Kebijakan SPBE'
		);
		await expect(page.getByTestId('chart-distribution').locator('svg').first()).toBeAttached();
	});

	test('the shortlist survives a reload and its export carries the rule and sources', async ({
		page
	}) => {
		await page.goto('/peringkat/peningkatan/kota/2024');
		const first = page.locator(rows).nth(0);
		const third = page.locator(rows).nth(2);
		const firstId = await first.getAttribute('data-id');
		await first.getByTestId('pick').click();
		await third.getByTestId('pick').click();
		await expect(page.getByTestId('shortlist-item')).toHaveCount(2);
		await page.getByTestId('shortlist-note').first().fill('Kandidat, "cek lapangan"');

		await page.reload();
		// the shortlist editor loads once the page has hydrated
		await expect(page.getByTestId('shortlist-item')).toHaveCount(2);
		await expect(page.getByTestId('shortlist-note').first()).toHaveValue(
			'Kandidat, "cek lapangan"'
		);
		await expect(first.getByTestId('pick')).toHaveAttribute('aria-pressed', 'true');

		// kept across permalinks too
		await page.goto('/peringkat/indeks/semua/2023');
		await expect(page.getByTestId('shortlist-item')).toHaveCount(2);

		const download = page.waitForEvent('download');
		await page.getByTestId('shortlist-csv').click();
		const file = await (await download).path();
		// in Indonesian, the dialect Excel opens there: BOM, semicolons, decimal commas
		const text = readFileSync(file, 'utf8');
		expect(text.startsWith('\ufeffkategori;')).toBe(true);
		const csv = Papa.parse<Record<string, string>>(text.slice(1), {
			header: true,
			delimiter: ';',
			skipEmptyLines: true
		});
		expect(csv.data).toHaveLength(2);
		const [a] = csv.data;
		expect(a).toMatchObject({
			kategori: 'Peningkatan Indeks SPBE',
			kelompok: 'kota',
			tahun: '2024',
			peringkat: '1',
			kode: firstId,
			catatan: 'Kandidat, "cek lapangan"'
		});
		// the rule in Indonesian words, not the rule's codes
		expect(a?.aturan).toContain('Perubahan Indeks SPBE sejak evaluasi resmi sebelumnya');
		expect(a?.aturan).not.toMatch(/index_change|desc|highest|Mapping/);
		expect(a?.sumber).toMatch(/^Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel \d+ No \d+$/);
		expect(a?.nilai).toMatch(/^\d,\d\d$/);
		expect(a?.seri).toMatch(/^(true|false)$/);

		// removing from the ranking row
		await page.goto('/peringkat/peningkatan/kota/2024');
		await first.getByTestId('pick').click();
		await expect(page.getByTestId('shortlist-item')).toHaveCount(1);
	});

	test('an unknown kategori, kelompok or year gives the not-found page with the choices', async ({
		page
	}) => {
		const errors = watchErrors(page);
		for (const [path, bad] of [
			['/peringkat/juara/kota/2024', 'juara'],
			['/peringkat/indeks/desa/2024', 'desa'],
			['/peringkat/indeks/kota/2017', '2017']
		] as const) {
			const res = await page.goto(path);
			expect(res?.status()).toBe(404);
			await expect(page.getByTestId('not-found')).toBeVisible();
			const choices = page.getByTestId('choices');
			await expect(choices).toContainText(`${bad} (tidak dikenal)`);
			for (const k of ['indeks', 'peningkatan', 'layanan', 'tata-kelola', 'kebijakan', 'manajemen'])
				await expect(choices.getByRole('link', { name: k, exact: true })).toBeVisible();
			await expect(choices.getByRole('link', { name: 'kabupaten', exact: true })).toBeVisible();
			await expect(choices.getByRole('link', { name: '2024', exact: true })).toBeVisible();
		}
		await page.getByTestId('choices').getByRole('link', { name: 'kota', exact: true }).click();
		await expect(page.locator('h1')).toHaveText('Pencapaian Indeks SPBE: Kota 2024');
		expect(errors).toEqual([]);
	});

	test("a first view does not load the error page's code; an error in the page loads it", async ({
		page
	}) => {
		const errors = watchErrors(page);
		const asked: string[] = [];
		page.on('request', (r) => asked.push(new URL(r.url()).pathname));
		const errorPage = (p: string) => /\/(ErrorPage|ChangePairsHelp)\.[\w-]+\.css$/.test(p);
		await page.goto('/peringkat/indeks/kota/2024');
		await hydrated(page);
		// SvelteKit's start asks for the root error page's code (a shell) without waiting for it
		await page.waitForLoadState('networkidle');
		expect(asked.filter(errorPage)).toEqual([]);

		// an address with no page, opened inside the site: the error page loads and shows
		await page.evaluate(() => {
			const a = document.createElement('a');
			a.href = '/peringkat/juara/kota/2024';
			a.textContent = 'x';
			document.body.append(a);
			a.click();
		});
		await expect(page.getByTestId('not-found')).toBeVisible();
		await expect(page.getByTestId('choices')).toContainText('juara (tidak dikenal)');
		expect(asked.filter(errorPage).length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	test('?sorot= highlights the instansi in the table and both charts, at 360 and 1280 px', async ({
		page
	}) => {
		// one ranked below the bars' top 20, so the bars must add it
		const ranked = await sql<Ranked & { name: string; nilai: number }>('ranking', [
			2024,
			'kota',
			'indeks'
		]);
		const low = ranked[40];
		if (!low) throw new Error('fewer than 41 kota ranked in 2024');
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/peringkat/indeks/kota/2024?sorot=${low.id}#i-${low.id}`);
		await hydrated(page);
		const own = page.locator(`tr[id="i-${low.id}"]`);
		await expect(own).toHaveClass(/focus/);
		await expect(own).toHaveAttribute('aria-current', 'true');
		await expect(own).toBeInViewport();
		await expect(page.locator('tr.focus')).toHaveCount(1);
		const bars = page.getByTestId('chart-ranking-bars');
		// (a long name is cut to fit: its start)
		const start = low.name.slice(0, 12);
		await expect(page.getByTestId('chart-legend-ranking-bars')).toContainText(
			`${low.name} (disorot)`
		);
		await expect(page.getByTestId('focus-below')).toContainText('di luar 20 teratas');
		await expect(page.getByTestId('chart-legend-distribution')).toContainText(low.name);
		// the redrawn bars name it (in bold), in each drawing the container query may show
		await expect(bars.locator('svg text', { hasText: start }).first()).toBeAttached();
		await page.setViewportSize({ width: 1280, height: 800 });
		const shown = bars.locator('svg:visible text', { hasText: start });
		await expect(shown.first()).toBeVisible();
		expect(await shown.first().getAttribute('style')).toMatch(/bold/);

		// a value naming no row of the page is said to be ignored
		await page.goto('/peringkat/indeks/kota/2024?sorot=99.99');
		await hydrated(page);
		await expect(page.getByTestId('focus-invalid')).toContainText('sorot=99.99');
		await expect(page.locator('tr.focus')).toHaveCount(0);
	});

	test('fits a 360 px phone without horizontal scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		for (const path of ['/peringkat/indeks/semua/2024', '/peringkat', '/kepemimpinan']) {
			await page.goto(path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360
			);
		}
		// the filters fold away on a phone so the table comes first, unless a link sets one
		await page.goto('/peringkat/indeks/kota/2024');
		await hydrated(page);
		await expect(page.getByTestId('f-provinsi')).toBeHidden();
		await page.goto('/peringkat/indeks/kota/2024?provinsi=35');
		await hydrated(page);
		await expect(page.getByTestId('f-provinsi')).toBeVisible();
		await expect(page.getByTestId('f-provinsi')).toHaveValue('35');
	});

	test('the leadership page shows results with sources and says no index values exist', async ({
		page
	}) => {
		await page.goto('/kepemimpinan');
		await expect(page.getByTestId('dlga-no-index')).toContainText('tidak dipublikasikan');
		await expect(page.getByTestId('dlga-results').first()).toBeVisible();
		await expect(page.locator('[data-testid="dlga-results"] tbody tr')).toHaveCount(14);
		await expect(page.getByRole('link', { name: 'wartapembaruan.co.id' }).first()).toBeVisible();
	});

	test('the award rules are on /sumber', async ({ page }) => {
		await page.goto('/sumber');
		const rules = page.getByTestId('award-rules');
		await expect(rules.locator('tbody tr')).toHaveCount(6);
		await expect(rules).toContainText('Peningkatan Indeks SPBE');
	});
});
