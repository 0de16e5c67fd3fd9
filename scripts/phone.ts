/**
 * The phone the first-view budgets are measured on, as Lighthouse's mobile profile has it: slow
 * 4G (CDP's network conditions: 150 ms, 1.6 Mbit/s down, 750 kbit/s up), a 360 × 740 touch
 * screen at twice the pixel density, and Chromium's CPU slowed 4×. `npm run bench` and the end-to-end tests that open a page as a phone
 * both read it here.
 */
export const SLOW_4G = {
	offline: false,
	latency: 150,
	downloadThroughput: 1.6e6 / 8,
	uploadThroughput: 0.75e6 / 8
} as const;
export const PHONE_VIEWPORT = { width: 360, height: 740 } as const;
/** The browser context's options for that phone (a Playwright `newContext` or `test.use`). */
export const PHONE_DEVICE = {
	viewport: PHONE_VIEWPORT,
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true
} as const;
export const PHONE_CPU_SLOWDOWN = 4;
