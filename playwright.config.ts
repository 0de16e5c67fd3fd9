import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Tests are independent (each has its own browser context), so a long file such as the
	// accessibility checks spreads over both workers instead of running in one.
	fullyParallel: true,
	workers: 2,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	// Sized for a cold start of DuckDB's wasm on a 2-core machine running another build beside
	// the suite (it has taken over 40 s there). A passing test never waits for these limits;
	// tests wait on signals (attributes, rows, events), never on sleeps.
	timeout: 180_000,
	expect: { timeout: 60_000 },
	use: {
		// One browser context per worker, reset between tests (cookies, cache, localStorage,
		// IndexedDB, service workers, routes, init scripts and extra pages cleared; viewport and
		// options re-applied): the suite is CPU-bound on 2 cores, and a fresh context per test
		// spent a quarter of it starting renderer processes and compiling the same code again
		// (72 tests: 3.3 → 2.5 min). A test that needs other options (no JavaScript, touch,
		// service workers) gets a context of its own. Not reset, so tests must undo them:
		// granted permissions and setOffline.
		reuseContext: true,
		baseURL: `http://127.0.0.1:${PORT}`,
		// No trace unless asked (`npx playwright test --trace retain-on-failure`): recording one
		// costs every action a DOM snapshot and the screencast, a third of the suite's time (49
		// tests: 1.8 min without, 2.6 min with). A failure keeps its screenshot and the page's
		// accessibility snapshot (error-context.md) in test-results/.
		trace: 'off',
		screenshot: 'only-on-failure',
		timezoneId: 'Asia/Jakarta',
		// Each test is a first visit in a fresh profile, where the service worker would install (storing
		// the app and the main pages) and copy DuckDB's 34 MB .wasm into its cache: work no assertion
		// reads, on a machine whose two cores the tests share. The specs about offline reading and
		// storage (offline.spec.ts, import-tabs.spec.ts) allow it again.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: [
				...CHROMIUM_ARGS,
				// Tests need DuckDB's wasm working, not fast: without tier-up V8 does not compile the
				// 34 MB module a second time in the background, a core the other worker needs.
				'--js-flags=--no-wasm-tier-up'
			]
		}
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		command: `npx tsx scripts/serve.ts --port ${PORT} --dir build`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
