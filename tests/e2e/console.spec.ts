/**
 * The SQL console on the built site: every kind of value shown exactly, an answer downloaded as
 * CSV, huge answers bounded, Stop works, and nothing reaches outside: a query at a local
 * listener is refused with the console's message and the listener receives nothing. The server sends the security headers
 * and answers an undecodable address with 400.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './ready';

async function run(page: Page, sql: string) {
	await page.getByTestId('sql-text').fill(sql);
	await page.getByTestId('sql-run').click();
}

test.beforeEach(async ({ page }) => {
	await page.goto('/sql');
	await hydrated(page);
});

test('shows every type exactly', async ({ page }) => {
	await run(
		page,
		"SELECT 9007199254740993::BIGINT AS b, 170141183460469231731687303715884105727::HUGEINT AS h, [3.82]::DECIMAL(3,2)[] AS d, 3.82::DECIMAL(3,2) AS e, DATE '2024-01-01' AS t, TIMESTAMP '2024-01-01 10:20:30' AS ts, range(5) AS r, '\\x41\\x00'::BLOB AS bl, {'a': 1} AS s"
	);
	const cells = page.getByTestId('sql-result').locator('tbody tr').first().locator('td');
	await expect(cells).toHaveText([
		'9007199254740993',
		'170141183460469231731687303715884105727',
		'[3.82]',
		'3,82',
		'2024-01-01',
		'2024-01-01 10:20:30',
		'[0, 1, 2, 3, 4]',
		'4100',
		"{'a': 1}"
	]);
	await expect(page.getByTestId('sql-loaded-only')).toContainText('tidak dapat membuka alamat web');
});

test("downloads the answer as CSV under the columns' names", async ({ page }) => {
	await run(page, "SELECT 'Kota Malang' AS nama, 4.24::DECIMAL(3,2) AS indeks");
	await expect(page.getByTestId('sql-result').locator('tbody tr')).toHaveCount(1);
	const download = page.waitForEvent('download');
	await page.getByTestId('sql-csv').click();
	const d = await download;
	expect(d.suggestedFilename()).toBe('tolok-sql.csv');
	const text = readFileSync((await d.path())!, 'utf8');
	expect(text.split(/\r?\n/).slice(0, 2)).toEqual(['nama,indeks', 'Kota Malang,4.24']);
});

test('bounds huge answers and stops on request', async ({ page }) => {
	// (ten million elements in src/lib/db/read-only.test.ts; a million here keeps a loaded
	// machine inside the 10 s limit)
	await run(page, 'SELECT range(1000000) AS r');
	const cell = page.getByTestId('sql-result').locator('tbody td').first();
	await expect(cell).toContainText('1.000.000 elemen');
	await expect(cell).toContainText('[0, 1, 2,');
	await run(page, "SELECT repeat('x', 50000000) AS t");
	await expect(page.getByTestId('sql-result').locator('tbody td').first()).toHaveText(
		`${'x'.repeat(2000)}…`
	);
	await expect(page.getByTestId('sql-limits')).toContainText('paling banyak 5.000 baris');
	// long rows are drawn in slices, one per task, up to the drawing limit; a sort draws again
	await run(page, "SELECT i, repeat('x', 2000) AS x FROM range(1200) t(i)");
	const table = page.getByTestId('sql-result');
	await expect(page.getByTestId('sql-drawn')).toContainText('1.000 baris pertama dari 1.200');
	await expect(table).toHaveAttribute('aria-busy', 'false');
	await expect(table.locator('tbody tr')).toHaveCount(1000);
	await table.getByRole('button', { name: 'i', exact: true }).click();
	await table.getByRole('button', { name: 'i ▲', exact: true }).click();
	await expect(table.locator('tbody td').first()).toHaveText('1199');
	await expect(table).toHaveAttribute('aria-busy', 'false');
	await expect(table.locator('tbody tr')).toHaveCount(1000);
	await run(page, 'SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3');
	await expect(page.getByTestId('sql-cancel')).toBeEnabled();
	await page.getByTestId('sql-cancel').click();
	await expect(page.getByTestId('sql-message')).toHaveText('Kueri dihentikan.');
});

test('reaches nothing outside: a local listener receives no request', async ({ page }) => {
	const heard: string[] = [];
	const listener: Server = createServer((req, res) => {
		heard.push(`${req.method} ${req.url}`);
		res.end('x');
	});
	await new Promise<void>((ok) => listener.listen(0, '127.0.0.1', ok));
	const address = listener.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	try {
		for (const sql of [
			`SELECT * FROM read_text('http://127.0.0.1:${port}/a')`,
			`SELECT * FROM read_csv('http://127.0.0.1:${port}/b.csv')`,
			`SELECT * FROM read_blob('http://127.0.0.1:${port}/c')`,
			`SELECT * FROM 'http://127.0.0.1:${port}/d.parquet'`,
			`SELECT * FROM read_json('http://127.0.0.1:${port}/e.json')`
		]) {
			await run(page, sql);
			await expect(page.getByTestId('sql-message')).toContainText(
				'konsol tidak dapat membaca alamat web, berkas, atau ekstensi'
			);
		}
		expect(heard).toEqual([]);
	} finally {
		listener.close();
	}
});

test('the server sends the security headers and answers a malformed address with 400', async ({
	request
}) => {
	const home = await request.get('/');
	const page = home.headers()['content-security-policy'] ?? '';
	expect(page).toContain("connect-src 'self'");
	expect(page).not.toContain('script-src'); // scripts: the page's <meta> policy, with its hashes
	expect(home.headers()['x-content-type-options']).toBe('nosniff');
	// a script under /_app/immutable (where every worker lives) gets the full policy too
	const script = /href="(\/_app\/immutable\/[^"]+\.js)"/.exec(await home.text())?.[1];
	expect(script).toBeDefined();
	const csp = (await request.get(script ?? '')).headers()['content-security-policy'] ?? '';
	expect(csp).toContain("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
	const malformed = await request.get('/%E0%A4%A');
	expect(malformed.status()).toBe(400);
	expect((await request.get('/')).status()).toBe(200);
});
