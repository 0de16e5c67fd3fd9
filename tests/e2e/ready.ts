/**
 * Waits until the page has hydrated (the root layout marks html[data-hydrated] once every
 * component has mounted): before that, a click or a typed value can be lost on a loaded
 * machine, where hydration may come well after Playwright's `load`.
 */
import type { Page, Request } from '@playwright/test';

export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/**
 * Waits until a ranking table has every row: a prerendered page holds one screen of live rows
 * and adds the rest in batches once it runs ("Memuat … baris lagi").
 */
export async function allRows(page: Page): Promise<void> {
	await hydrated(page);
	await page.getByTestId('rows-pending').waitFor({ state: 'detached' });
}

/**
 * Waits until the page has read the datasets stored in this browser and found `count` of them
 * (the import module marks html[data-datasets] with the count of each read): a check that an
 * imported value is absent means something only once the page has looked.
 */
export async function datasetsRead(page: Page, count = 0): Promise<void> {
	await page.locator(`html[data-datasets="${count}"]`).waitFor({ state: 'attached' });
}

/**
 * Every request for DuckDB's wasm from now on: a view that answers from prerendered data must
 * leave it empty.
 */
export function watchEngine(page: Page): string[] {
	const loads: string[] = [];
	page.on('request', (r) => {
		if (/duckdb.*\.wasm/.test(r.url())) loads.push(r.url());
	});
	return loads;
}

/**
 * Follows a link to `path` inside the site, as a reader clicking one would: SvelteKit swaps the
 * page without loading a new document, so DuckDB and the datasets restored into it stay live.
 * A `goto` starts the engine again from nothing, the costliest step of the import tests; keep it
 * for what a new document must show (a reload, a shared link, the 404 fallback). Clears the
 * html[data-datasets] mark first, so `datasetsRead` waits for the new page's own read. Fails if
 * the browser loaded a document instead.
 */
export async function follow(page: Page, path: string): Promise<void> {
	await hydrated(page);
	const documents: string[] = [];
	const onRequest = (r: Request) => {
		if (r.resourceType() === 'document' && r.frame() === page.mainFrame()) documents.push(r.url());
	};
	page.on('request', onRequest);
	await page.evaluate((href) => {
		delete document.documentElement.dataset.datasets;
		const a = document.createElement('a');
		a.href = href;
		document.body.append(a);
		a.click();
		a.remove();
	}, path);
	const target = new URL(path, page.url());
	await page.waitForURL((u) => u.pathname === target.pathname && u.search === target.search);
	page.off('request', onRequest);
	if (documents.length > 0) throw new Error(`follow(${path}) loaded a new document: ${documents}`);
}

/**
 * Holds the chart renderer (ECharts, the one script holding `renderToSVGString`), as a slow link
 * still downloading it after hydration would, until the returned function is called.
 */
export async function holdChartRenderer(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((ok) => (release = ok));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		try {
			const response = await route.fetch();
			if ((await response.text()).includes('renderToSVGString')) await held;
			await route.fulfill({ response });
		} catch (e) {
			// the test ended while a script was on its way (the engine's, fetched when the page
			// is idle): its page is gone, so there is nothing left to answer
			if (!page.isClosed() && !/disposed|has been closed/.test(String(e))) throw e;
		}
	});
	return release;
}

/**
 * Holds the page's start script back, as a slow phone still downloading it would, until the
 * returned function is called: the prerendered page is shown meanwhile, without its script.
 */
export async function holdPageScript(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((ok) => (release = ok));
	await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
