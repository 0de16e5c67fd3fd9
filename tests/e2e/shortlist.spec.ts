/**
 * The nominee shortlists as a ministry reader uses them: notes that survive an immediate reload,
 * several named lists, a link that reproduces a list in another browser, CSV and XLSX exports,
 * and what happens when the stored lists are damaged or the browser's storage is full.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { hydrated } from './ready';

// this file stores shortlists or datasets in the browser: a fresh context for each test,
// never the worker's reused one (playwright.config.ts), so nothing it keeps reaches another file
test.use({ reuseContext: false });

const RANKING = '/peringkat/peningkatan/kota/2024';
const rows = '[data-testid="ranking"] tbody tr';

// several pages and two browsers per test, on a machine that may be building beside it

/** The shortlist editor loads after the page has hydrated: wait for it, not for a fixed time. */
async function editorReady(page: Page) {
	await hydrated(page);
	await expect(page.getByTestId('shortlist-name')).toBeVisible();
}

async function openRanking(page: Page, path = RANKING) {
	await page.goto(path);
	await editorReady(page);
}

/** Picks the n-th row of the ranking on screen; returns its name and rank as shown. */
async function pick(page: Page, n: number) {
	const row = page.locator(rows).nth(n);
	await row.getByTestId('pick').click();
	await expect(row.getByTestId('pick')).toHaveAttribute('aria-pressed', 'true');
	return {
		id: (await row.getAttribute('data-id')) ?? '',
		rank: ((await row.locator('td, th').first().textContent()) ?? '').trim()
	};
}

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

test('a note typed and followed at once by a reload survives', async ({ page }) => {
	await openRanking(page);
	await pick(page, 0);
	const note = page.getByTestId('shortlist-note').first();
	await note.pressSequentially('Kandidat kuat, cek lapangan');
	await page.reload(); // no blur, no wait: the page is hidden while the note is unwritten
	await editorReady(page);
	await expect(page.getByTestId('shortlist-note').first()).toHaveValue(
		'Kandidat kuat, cek lapangan'
	);
	// written while typing too, without leaving the box (the 250 ms debounce is timed in the unit tests)
	await page.getByTestId('shortlist-note').first().fill('Kandidat kuat, cek lapangan lagi');
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('tolok.shortlists.v2') ?? ''))
		.toContain('Kandidat kuat, cek lapangan lagi');
	await expect(page.getByTestId('shortlist-note').first()).toBeFocused();
});

test('lists can be named, and there can be several', async ({ page }) => {
	await openRanking(page);
	await pick(page, 0);
	await page.getByTestId('shortlist-name').fill('Kota terbaik 2024');
	await page.getByTestId('shortlist-new').click();
	await expect(page.getByTestId('shortlist-item')).toHaveCount(0);
	await page.getByTestId('shortlist-name').fill('Cadangan');
	await pick(page, 1);
	await pick(page, 2);
	await page.reload();
	await editorReady(page);
	const select = page.getByTestId('shortlist-select');
	await expect(select.locator('option')).toHaveText(['Kota terbaik 2024 (1)', 'Cadangan (2)']);
	await expect(page.getByTestId('shortlist-item')).toHaveCount(2);
	await select.selectOption({ label: 'Kota terbaik 2024 (1)' });
	await expect(page.getByTestId('shortlist-item')).toHaveCount(1);
	await expect(page.getByTestId('shortlist-name')).toHaveValue('Kota terbaik 2024');
	// the ☆ of the rows follow the active list
	await expect(page.locator(rows).nth(1).getByTestId('pick')).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('a shared link reproduces the list in another browser, which can keep it', async ({
	page,
	browser
}) => {
	await openRanking(page);
	const a = await pick(page, 0);
	const b = await pick(page, 3);
	await page.getByTestId('shortlist-name').fill('Calon 2024');
	const notes = page.getByTestId('shortlist-note');
	await notes.nth(0).fill('kuat: cek & "lapangan"');
	await notes.nth(1).fill('cadangan');
	const href = await page.getByTestId('shortlist-link').getAttribute('href');
	expect(href).toMatch(/^\/daftar-pendek\?nama=Calon\+2024&c=peningkatan%2Fkota%2F2024%2F/);

	const other = await browser.newContext();
	const them = await other.newPage();
	const errors = watchErrors(them);
	await them.goto(href!);
	await editorReady(them);
	const shared = them.getByTestId('shared-list');
	await expect(shared.getByRole('heading')).toHaveText('Daftar bersama: Calon 2024');
	const items = them.getByTestId('shared-items').getByTestId('shortlist-item');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toHaveAttribute('data-key', `peningkatan/kota/2024/${a.id}`);
	await expect(items.nth(0)).toContainText(`${a.rank} dari 93`);
	await expect(items.nth(0)).toContainText('kuat: cek & "lapangan"');
	await expect(items.nth(1)).toContainText(`${b.rank} dari 93`);
	await expect(items.nth(1)).toContainText('cadangan');

	await them.getByTestId('shared-adopt').click();
	await expect(them.getByTestId('shared-adopted')).toContainText('Calon 2024');
	await them.goto('/daftar-pendek');
	await editorReady(them);
	const mine = them.getByTestId('shortlist');
	await expect(them.getByTestId('shortlist-name')).toHaveValue('Calon 2024');
	await expect(mine.getByTestId('shortlist-item')).toHaveCount(2);
	await expect(mine.getByTestId('shortlist-note').nth(0)).toHaveValue('kuat: cek & "lapangan"');
	expect(errors).toEqual([]);

	// a link naming what no ranking holds says so and keeps the rest
	await them.goto(`${href}&c=indeks/kota/2024/99.99&c=juara/kota/2024/35.73`);
	await editorReady(them);
	await expect(them.getByTestId('shared-items').getByTestId('shortlist-item')).toHaveCount(2);
	await expect(them.getByTestId('shared-missing')).toContainText('indeks/kota/2024/99.99');
	await expect(them.getByTestId('shared-invalid')).toContainText('juara/kota/2024/35.73');
	await other.close();
});

test('exports XLSX with the candidates and a sheet of sources and rules', async ({ page }) => {
	await openRanking(page);
	const a = await pick(page, 0);
	await pick(page, 1);
	await page.getByTestId('shortlist-name').fill('Kota 2024');
	await page.getByTestId('shortlist-note').first().fill('catatan pertama');
	const download = page.waitForEvent('download');
	await page.getByTestId('shortlist-xlsx').click();
	const file = await (await download).path();
	const sheets = await readXlsxFile(readFileSync(file));
	expect(sheets.map((s) => s.sheet)).toEqual(['Daftar pendek', 'Sumber dan aturan']);
	const [list, sources] = sheets;
	const head = list!.data[0] as string[];
	expect(head).toEqual([
		'kategori',
		'kelompok',
		'tahun',
		'peringkat',
		'seri',
		'dari',
		'kode',
		'nama',
		'provinsi',
		'nilai',
		'indeks',
		'perubahan_indeks',
		'predikat',
		'aturan',
		'sumber',
		'catatan'
	]);
	expect(list!.data).toHaveLength(3);
	const first = Object.fromEntries(head.map((h, i) => [h, list!.data[1]?.[i]]));
	expect(first).toMatchObject({
		kategori: 'Peningkatan Indeks SPBE',
		kelompok: 'kota',
		tahun: 2024,
		peringkat: Number(a.rank.replace('=', '')),
		seri: a.rank.startsWith('='),
		dari: 93,
		kode: a.id,
		catatan: 'catatan pertama'
	});
	expect(typeof first.nilai).toBe('number');
	expect(first.aturan).toContain('Perubahan Indeks SPBE sejak evaluasi resmi sebelumnya');
	expect(first.sumber).toMatch(/^Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel \d+ No \d+$/);
	const text = sources!.data.map((r) => r.join(' | ')).join('\n');
	expect(text).toContain('Daftar pendek nominasi (Tolok) | Kota 2024');
	expect(text).toContain('Jumlah kandidat | 2');
	expect(text).toMatch(
		/Tautan yang memuat ulang daftar ini \| http:\/\/[^ ]+\/daftar-pendek\?nama=Kota/
	);
	expect(text).toContain('Peningkatan Indeks SPBE · Kota | Peningkatan Indeks SPBE: Perubahan');
	expect(text).toContain('Peraturan Menteri PANRB Nomor 59 Tahun 2020');
	expect(text).toContain('Laporan Pelaksanaan Evaluasi SPBE Tahun 2024 | Kementerian PANRB');
});

test('in English, the exports are in English and the CSV is comma-separated', async ({ page }) => {
	await openRanking(page, `/en${RANKING}`);
	await pick(page, 0);
	let download = page.waitForEvent('download');
	await page.getByTestId('shortlist-csv').click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv.startsWith('category,group,year,rank,tie,of,code,')).toBe(true);
	expect(csv).toContain('SPBE Index improvement: Change in the SPBE Index');
	expect(csv).not.toMatch(/Perubahan|tertinggi|kelompok|tafsiran/);
	download = page.waitForEvent('download');
	await page.getByTestId('shortlist-xlsx').click();
	const sheets = await readXlsxFile(readFileSync(await (await download).path()));
	expect(sheets.map((s) => s.sheet)).toEqual(['Shortlist', 'Sources and rules']);
});

test('a malformed stored entry is dropped with a notice; every ranking page still hydrates', async ({
	page
}) => {
	await page.addInitScript(() => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		localStorage.clear();
		localStorage.setItem(
			'tolok.shortlist.v1',
			JSON.stringify([{ key: 'k', id: 'i', name: 'n' }, null, 'x'])
		);
	});
	const errors = watchErrors(page);
	await openRanking(page);
	await expect(page.getByTestId('shortlist-dropped')).toContainText('3 entri');
	await pick(page, 0);
	await expect(page.getByTestId('shortlist-item')).toHaveCount(1);
	// what could not be read is kept aside, not lost
	expect(await page.evaluate(() => localStorage.getItem('tolok.shortlists.damaged'))).toContain(
		'"key":"k"'
	);
	await openRanking(page, '/peringkat/indeks/semua/2023');
	await expect(page.getByTestId('shortlist-dropped')).toHaveCount(0);
	await expect(page.getByTestId('shortlist-item')).toHaveCount(1);
	expect(errors).toEqual([]);
});

test('says when the browser storage is full, keeps the list in the tab, and recovers', async ({
	page
}) => {
	await openRanking(page);
	// fill this origin's localStorage to the last character
	await page.evaluate(() => {
		let size = 1 << 20;
		let n = 0;
		while (size >= 1) {
			try {
				localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
			} catch {
				size = Math.floor(size / 2);
			}
		}
	});
	await pick(page, 0);
	await expect(page.getByTestId('shortlist-problem')).toContainText(
		'penyimpanan peramban ini penuh'
	);
	await expect(page.getByTestId('shortlist-item')).toHaveCount(1);
	await page.evaluate(() => {
		for (const k of Object.keys(localStorage))
			if (k.startsWith('filler-')) localStorage.removeItem(k);
	});
	await pick(page, 1);
	await expect(page.getByTestId('shortlist-problem')).toHaveCount(0);
	await page.reload();
	await editorReady(page);
	await expect(page.getByTestId('shortlist-item')).toHaveCount(2);
});
