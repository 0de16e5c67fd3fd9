/**
 * The engine's life as a reader meets it: downloaded in the background when idle where it is
 * likely needed (never on the home page, never on a 3g link), a progress bar with the bytes
 * while a reader waits, a failed download said with a Retry that works, and a statement DuckDB
 * cannot cancel ended by replacing its worker.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchEngine } from './ready';

/** Waits until the idle-time start has decided (`<html data-engine-idle>`). */
const idleDecided = (page: Page, decision: string) =>
	page.locator(`html[data-engine-idle="${decision}"]`).waitFor({ state: 'attached' });

/** The connection the Network Information API reports (navigator.connection). */
const connectionIs = (page: Page, connection: { effectiveType?: string; saveData?: boolean }) =>
	page.addInitScript((c) => {
		Object.defineProperty(navigator, 'connection', { value: c, configurable: true });
	}, connection);

/** Records every text the progress panel shows (window.__engineSaid). */
const recordPanel = (page: Page) =>
	page.addInitScript(() => {
		const said: string[] = [];
		Object.assign(window, { __engineSaid: said });
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid="engine-progress"]')?.textContent;
			if (text && said.at(-1) !== text) said.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
const panelSaid = (page: Page) =>
	page.evaluate(() => (window as unknown as { __engineSaid: string[] }).__engineSaid);

const run = async (page: Page, sql: string) => {
	await page.getByTestId('sql-text').fill(sql);
	await page.getByTestId('sql-run').click();
};

test('the engine starts when idle on the console, silently, and never on the home page', async ({
	page
}) => {
	await recordPanel(page);
	const engine = watchEngine(page);
	await page.goto('/');
	await hydrated(page);
	await idleDecided(page, 'not-needed');
	expect(engine, 'the home page answers without the engine').toEqual([]);

	await page.getByRole('link', { name: 'SQL', exact: true }).first().click();
	await idleDecided(page, 'started');
	await expect(page.getByTestId('db-status')).toHaveAttribute('data-status', 'ready');
	expect(engine.length).toBeGreaterThan(0);
	expect(await panelSaid(page), 'nobody waited: no progress bar').toEqual([]);
	await run(page, 'SELECT 42 AS x');
	await expect(page.getByTestId('sql-result')).toContainText('42');
});

test('on a 3g link the engine waits for a question; a failed download says why and Retry shows the bytes and starts it', async ({
	page
}) => {
	await connectionIs(page, { effectiveType: '3g' });
	const engine = watchEngine(page);
	// the .wasm itself (a hashed file in the build), not the module that names it
	const wasm = /duckdb-(eh|mvp)[^/?]*\.wasm$/;
	await page.context().route(wasm, (route) => route.abort());
	await page.goto('/sql');
	await hydrated(page);
	await idleDecided(page, 'connection');
	expect(engine).toEqual([]);

	await run(page, 'SELECT 42 AS x');
	const panel = page.getByTestId('engine-progress');
	await expect(panel).toHaveAttribute('data-state', 'failed');
	await expect(panel).toContainText('Mesin data gagal dimuat');
	await expect(page.getByTestId('sql-text'), 'nothing typed is lost').toHaveValue('SELECT 42 AS x');

	// Retry, with one table held back: the bar shows the bytes that have come
	await page.context().unroute(wasm);
	let release = () => {};
	const held = new Promise<void>((ok) => (release = ok));
	await page.context().route('**/data/result.arrow', async (route) => {
		await held;
		await route.continue();
	});
	await panel.getByTestId('engine-retry').click();
	await expect(panel).toHaveAttribute('data-state', 'loading');
	await expect(panel).toContainText(/Memuat mesin data untuk konsol SQL: \d+,\d (dari \d+,\d )?MB/);
	expect(Number(await panel.locator('progress').getAttribute('data-loaded'))).toBeGreaterThan(0);
	release();
	await expect(page.getByTestId('db-status')).toHaveAttribute('data-status', 'ready');
	await expect(panel).toHaveCount(0);
	await run(page, 'SELECT 43 AS x');
	await expect(page.getByTestId('sql-result')).toContainText('43');
});

test('Stop ends a statement DuckDB cannot cancel: the worker is replaced, the page says so, the next query answers', async ({
	page
}) => {
	await recordPanel(page);
	await page.goto('/sql');
	await hydrated(page);
	await expect(page.getByTestId('db-status')).toHaveAttribute('data-status', 'ready');
	// folding these constants while planning keeps DuckDB's worker busy, whatever cancel says:
	// about 5 s in duckdb-wasm on a quiet machine, well past the 2 s the console waits for an
	// answer before replacing the worker (one such sum took under 2 s and was not replaced)
	await run(
		page,
		'SELECT list_sum(range(60000000)) + list_sum(range(60000001)) + list_sum(range(60000002)) AS s'
	);
	await page.getByTestId('sql-cancel').click();
	await expect(page.getByTestId('sql-message')).toHaveText('Kueri dihentikan.');
	await expect(page.getByTestId('db-status')).toContainText('Mesin data dimulai ulang');
	expect((await panelSaid(page)).join(' ')).toContain('mesin data dimulai ulang');
	await run(page, 'SELECT 43 AS x');
	await expect(page.getByTestId('sql-result')).toContainText('43');
});
