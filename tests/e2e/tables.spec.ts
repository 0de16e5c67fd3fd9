/**
 * Tables: the ranking sorts by each column exactly as its CSV sorts; on a 360 × 740 phone
 * the key cells of every table kind are on screen without sideways scrolling, and the first
 * ranking row is on the first screen.
 */
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { hydrated } from './ready';

const parseCsv = (text: string) =>
	Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

const BANDS = ['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan'];
const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/** The CSV's rows sorted as a reader expects: numbers as numbers, bands in order, blanks last. */
function sortCsv(rows: Record<string, string>[], column: string, dir: 'asc' | 'desc') {
	const value = (r: Record<string, string>) => {
		const v = r[column] ?? '';
		if (v === '') return null;
		if (column === 'predikat') return BANDS.indexOf(v);
		if (column === 'sumber') return v.replace(/^.*?, (Tabel)/, '$1');
		return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
	};
	const sign = dir === 'asc' ? 1 : -1;
	return rows
		.map((r, i) => ({ r, i, v: value(r) }))
		.sort((a, b) => {
			if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
			const c =
				typeof a.v === 'number' && typeof b.v === 'number'
					? a.v - b.v
					: collator.compare(String(a.v), String(b.v));
			return sign * c || a.i - b.i;
		})
		.map((x) => x.r.kode);
}

const tableIds = (page: Page) =>
	page
		.locator('[data-testid="ranking"] tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));

test('sorting a ranking by each column gives the order of its CSV sorted by that column', async ({
	page
}) => {
	const path = '/peringkat/layanan/kota/2024';
	const csv = parseCsv(await (await page.request.get(`${path}.csv`)).text());
	expect(csv.length).toBeGreaterThan(50);
	await page.goto(path);
	await hydrated(page);
	await expect.poll(() => tableIds(page)).toEqual(csv.map((r) => r.kode));

	// header key → CSV column, and the direction of the first click
	const columns: [string, string, 'asc' | 'desc'][] = [
		['nama', 'nama', 'asc'],
		['nilai', 'nilai', 'desc'],
		['indeks', 'indeks', 'desc'],
		['predikat', 'predikat', 'desc'],
		['sumber', 'sumber', 'asc'],
		['peringkat', 'peringkat', 'asc'] // back to the ranking's own order, then reversed
	];
	for (const [key, column, first] of columns) {
		const header = page.locator(`[data-testid="ranking"] th[data-sort-key="${key}"]`);
		for (const dir of [first, first === 'asc' ? 'desc' : 'asc'] as const) {
			await header.getByRole('button').click();
			await expect(header).toHaveAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
			// the top rows render first and the rest after that frame is painted
			await expect
				.poll(() => tableIds(page), { message: `${key} ${dir}` })
				.toEqual(sortCsv(csv, column, dir));
			await expect(page).toHaveURL(
				key === 'peringkat' && dir === 'asc'
					? new RegExp(`${path}$`)
					: new RegExp(`urut=${dir === 'desc' ? '-' : ''}${key}`)
			);
		}
	}
	// the sort is in the address: a shared link opens in the same order, by keyboard too
	await page.goto(`${path}?urut=-indeks`);
	await hydrated(page);
	await expect(page.locator('[data-testid="ranking"] th[data-sort-key="indeks"]')).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect.poll(() => tableIds(page)).toEqual(sortCsv(csv, 'indeks', 'desc'));
	await page.locator('th[data-sort-key="nama"] button').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/urut=nama/);
	await expect.poll(() => tableIds(page)).toEqual(sortCsv(csv, 'nama', 'asc'));
});

test.describe('on a 360 × 740 phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const path of [
		'/',
		'/peringkat/indeks/kota/2024',
		'/peringkat/peningkatan/kabupaten/2024',
		'/peringkat/layanan/semua/2024',
		'/peringkat/indeks/kementerian/2024'
	]) {
		test(`the first ranking row is on the first screen, name, value, predicate and ☆ in view: ${path}`, async ({
			page
		}) => {
			await page.goto(path);
			const first = page.locator('[data-testid="ranking"] tbody tr').first();
			const box = (await first.boundingBox())!;
			expect(box.y + box.height, 'first row ends below the first screen').toBeLessThanOrEqual(740);
			for (const row of await page
				.locator('[data-testid="ranking"] tbody tr')
				.all()
				.then((r) => r.slice(0, 5))) {
				const cells = [
					row.locator('th.name'),
					row.locator('td.value'),
					row.locator('td.value .predicate-badge')
				];
				if (path !== '/') cells.push(row.getByTestId('pick'));
				for (const cell of cells) {
					const b = (await cell.boundingBox())!;
					expect(b.x).toBeGreaterThanOrEqual(0);
					expect(b.x + b.width).toBeLessThanOrEqual(360);
				}
			}
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}

	// every other table kind: its key columns (1-based, among the cells shown on a phone) on
	// screen in the first rows
	const TABLES: Record<string, [string, number[]][]> = {
		'/wilayah/35.73': [
			['profile-years', [1, 2, 3]],
			['profile-domains', [1, 2, 3]]
		],
		'/instansi/kementerian-keuangan': [['profile-years', [1, 2, 3]]],
		'/kenaikan/kota/2023-2024': [['change-table', [1, 2, 3, 4, 5]]],
		'/bandingkan?kode=35.73,32.73': [['compare-heat', [1, 2]]],
		'/nasional': [['group-means', [1, 2]]],
		'/sumber': [
			['report-counts', [1, 2, 3]],
			['reconciliation', [1, 2, 3, 4]]
		],
		'/peta': [['map-table', [1, 2, 3]]]
	};
	for (const [path, tables] of Object.entries(TABLES)) {
		test(`the key cells of ${tables.map(([id]) => id).join(', ')} are on screen: ${path}`, async ({
			page
		}) => {
			await page.goto(path);
			for (const [id, keys] of tables) {
				const rows = page.getByTestId(id).locator('tbody tr');
				await expect(rows.first()).toBeVisible();
				for (const row of (await rows.all()).slice(0, 3))
					for (const k of keys) {
						const cell = row.locator(':scope > th:visible, :scope > td:visible').nth(k - 1);
						const b = (await cell.boundingBox())!;
						expect(b, `${id} column ${k}`).not.toBeNull();
						expect(b.x, `${id} column ${k}`).toBeGreaterThanOrEqual(0);
						expect(b.x + b.width, `${id} column ${k}`).toBeLessThanOrEqual(360);
					}
			}
		});
	}
});
