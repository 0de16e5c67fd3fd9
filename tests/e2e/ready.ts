/**
 * Waits until the page has hydrated (the root layout marks html[data-hydrated] once every
 * component has mounted): before that, a click or a typed value can be lost on a loaded
 * machine, where hydration may come well after Playwright's `load`.
 */
import type { Page } from '@playwright/test';

export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
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
