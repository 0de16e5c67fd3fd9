/**
 * How `npm run bench` and the end-to-end tests start Debian's Chromium: one list, so the
 * figures the bench prints and the pages the tests drive come from the same browser.
 *
 * Each bench visit and each test opens a fresh browser context, which desktop Chromium shows as
 * a new window. Every new window of Chromium 156 starts its omnibox's drop-down (two WebUI
 * renderers, `chrome://omnibox-popup.top-chrome`, ~400 script modules) while the page loads:
 * in the bench's phone visits that took a second core for most of the first two seconds and
 * put ~0.5 s on the page's first paint and on its hydration (README, "The browser's own
 * windows"). A phone's browser has no such drop-down, and Lighthouse measures in one tab, so
 * both features are off. The page's own work is still slowed 4× (scripts/phone.ts).
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	// unknown feature names are ignored, so an older or newer Chromium starts as before
	'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
];

/** Where the browser is: Debian's package, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
