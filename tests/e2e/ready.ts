/**
 * Waits until the page has hydrated (the root layout marks html[data-hydrated] once every
 * component has mounted): before that, a click or a typed value can be lost on a loaded
 * machine, where hydration may come well after Playwright's `load`.
 */
import type { Page } from '@playwright/test';

export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
