/**
 * Axe for one page. Legacy mode runs the whole audit inside the page: the default ends each
 * run in a blank page it opens for `axe.finishRun` (a new renderer every time, 3–14 s of a
 * busy 2-core machine per check, longer than most audits). That mode exists for cross-origin
 * frames, which no checked page has.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);
