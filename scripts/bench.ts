/**
 * npm run bench — measures the built site in Debian's Chromium and prints a JSON report:
 * bytes (compressed) and time until the first ranking row is visible, whether DuckDB was
 * fetched before it, time until DuckDB is ready, p50/p95 of the standard interactions once
 * the page has hydrated (with the engine never started: `engineKbSent` counts what of it the
 * server sent meanwhile), the build time and (when the import page exists) import throughput.
 * Runs once unthrottled and once as slow 4G (1.6 Mbit/s down, 150 ms latency).
 *   npm run bench                 build, then measure
 *   npm run bench -- --no-build   measure the existing build/
 *   npm run bench -- --no-build --only=interactions   just the interactions (while tuning)
 *   … --only=interactions-slow4g   the same interactions on slow 4G (budget 200 ms p95)
 *   … --only=phone   the first view on a phone (360 × 740, CPU slowed 4×, slow 4G)
 *   … --only=shared   shared links (a group, a filtered ranking): when their own rows show
 *   … --only=import | --only=large | --only=console | --only=install   the 50 MB CSV import;
 *   large and odd files (1,000 and 10,000 columns, a 5 MB cell, XLSX of 60,000 and 500,000
 *   rows) and the console's large answers (large runs both); what the service worker stores
 *   on a first visit
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, tmpdir } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serve, type Tls } from './serve';
import { FIRST_ROWS } from '../src/lib/ui/progressive-rows';
import { PHONE_CPU_SLOWDOWN, PHONE_DEVICE, PHONE_VIEWPORT, SLOW_4G } from './phone';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

// BENCH_PORT: several people benching on one machine each take their own
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const BASE = `http://127.0.0.1:${PORT}`;
const ROWS = '[data-testid="ranking"] tbody tr';
const NETWORKS = { unthrottled: null, slow4g: SLOW_4G } as const;

function percentile(values: number[], p: number): number {
	const s = [...values].sort((a, b) => a - b);
	const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
	return Math.round((s[i] ?? NaN) * 10) / 10;
}
const summary = (ms: number[]) => ({
	n: ms.length,
	p50: percentile(ms, 50),
	p95: percentile(ms, 95),
	max: percentile(ms, 100)
});

/** Bytes the server sent for DuckDB (worker, .wasm, Arrow files): worker requests are not seen by CDP. */
let sentByPath: Map<string, number> = new Map();
const duckdbBytes = () =>
	[...sentByPath.entries()]
		.filter(([p]) => /duckdb|\.wasm$|\.arrow$/.test(p))
		.reduce((s, [, b]) => s + b, 0);

/**
 * A TLS handshake's round trips (TLS 1.2; 1.3 needs one): CDP's network emulation delays each
 * request, not the connection, so a handshake over it takes a few ms whatever the latency
 * (measured: 2 ms with 150 ms emulated). The bench adds them to the figures that count one.
 */
const TLS_ROUND_TRIPS = 2;
const handshakeMs = (network: keyof typeof NETWORKS) =>
	TLS_ROUND_TRIPS * (NETWORKS[network]?.latency ?? 0);

/**
 * A first visit's page, driven through CDP: a fresh context without the service worker or the
 * HTTP cache, on one network profile.
 */
async function coldPage(browser: Browser, network: keyof typeof NETWORKS) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Page.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const conditions = NETWORKS[network];
	if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
	return { context, page, cdp };
}

/**
 * First view and DuckDB start on one network profile. The first row is timed inside the page
 * (PHONE_MARKS: the frame after it is in the DOM, from navigation start), as the phone's is:
 * the driver's own polling added 150–250 ms to it until 4 Dec 2026. Bytes before it: every
 * response finished by then, and the whole document.
 */
async function firstView(browser: Browser, network: keyof typeof NETWORKS) {
	const { context, page, cdp } = await coldPage(browser, network);
	// compressed bytes received per request, and when each finished (ms since the epoch: CDP's
	// timestamps are monotonic, its requests' wallTime says where that clock stands)
	const received = new Map<string, number>();
	const finishedAt = new Map<string, number>();
	const urls = new Map<string, string>();
	const wasmAt: number[] = [];
	let epochOffsetMs: number | null = null;
	cdp.on('Network.requestWillBeSent', (e) => {
		urls.set(e.requestId, e.request.url);
		epochOffsetMs ??= e.wallTime * 1000 - e.timestamp * 1000;
		if (e.request.url.endsWith('.wasm')) wasmAt.push(e.wallTime * 1000);
	});
	cdp.on('Network.dataReceived', (e) =>
		received.set(e.requestId, (received.get(e.requestId) ?? 0) + e.encodedDataLength)
	);
	cdp.on('Network.loadingFinished', (e) => {
		finishedAt.set(e.requestId, e.timestamp * 1000 + (epochOffsetMs ?? 0));
		received.set(e.requestId, Math.max(received.get(e.requestId) ?? 0, e.encodedDataLength));
	});
	const total = () => [...received.values()].reduce((a, b) => a + b, 0);
	sentByPath = new Map();
	await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PHONE_MARKS });
	const loaded = new Promise<void>((resolve) => cdp.once('Page.loadEventFired', () => resolve()));
	const parsed = new Promise<void>((resolve) =>
		cdp.once('Page.domContentEventFired', () => resolve())
	);
	// through CDP alone, as phoneFirstView: nothing of the driver's runs in the page meanwhile
	await cdp.send('Page.navigate', { url: `${BASE}/` });
	await parsed;
	await cdp.send('Runtime.evaluate', { expression: 'window.__phoneHydrated', awaitPromise: true });
	await loaded;
	const { firstRowMs, timeOrigin } = (
		await cdp.send('Runtime.evaluate', {
			expression:
				'({ firstRowMs: window.__phoneMarks.firstRowMs, timeOrigin: performance.timeOrigin })',
			returnByValue: true
		})
	).result.value as { firstRowMs: number; timeOrigin: number };
	const firstRowAt = timeOrigin + firstRowMs;
	const pageBytes = total();
	const documentId = [...urls.entries()].find(([, u]) => u === `${BASE}/`)?.[0];
	const bytesAtFirstRow = [...received.entries()]
		.filter(([id]) => id === documentId || (finishedAt.get(id) ?? Infinity) <= firstRowAt)
		.reduce((s, [, b]) => s + b, 0);
	const wasmBeforeFirstRow = wasmAt.some((t) => t <= firstRowAt);
	// the first change of group: the build's file for that group, no engine
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 600_000 });
	const t1 = performance.now();
	await page.getByTestId('kelompok').selectOption('kota');
	await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 93, ROWS, {
		timeout: 600_000
	});
	const firstGroupMs = performance.now() - t1;
	const wasmAfterGroup = [...urls.values()].some((u) => u.endsWith('.wasm'));
	// the engine, where only it can answer: the first query in the SQL console
	await page.goto(`${BASE}/sql`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 600_000 });
	const t2 = performance.now();
	await page.getByTestId('sql-text').fill('SELECT 1 AS x');
	await page.getByTestId('sql-run').click();
	await page.getByTestId('sql-result').waitFor({ timeout: 600_000 });
	const duckdbReadyMs = performance.now() - t2;
	await context.close();
	return {
		firstRowMs: Math.round(firstRowMs),
		firstRowWithTlsMs: Math.round(firstRowMs + handshakeMs(network)),
		kbAtFirstRow: Math.round(bytesAtFirstRow / 102.4) / 10,
		kbAtLoad: Math.round(pageBytes / 102.4) / 10,
		duckdbFetchedBeforeFirstRow: wasmBeforeFirstRow,
		firstGroupChangeMs: Math.round(firstGroupMs),
		duckdbFetchedForGroupChange: wasmAfterGroup,
		duckdbFirstConsoleQueryMs: Math.round(duckdbReadyMs),
		duckdbKb: Math.round(duckdbBytes() / 102.4) / 10
	};
}

/**
 * In the page from its first script on: when the first ranking row was shown (the frame after
 * it is in the DOM, or the first contentful paint if that is later), the largest
 * contentful paint, and when the page hydrated (html[data-hydrated]), in ms from navigation
 * start, and a promise settled at hydration (window.__phoneHydrated) that the bench awaits.
 * A string for the reason IN_PAGE is (below).
 */
const PHONE_MARKS = `(() => {
	const marks = { firstRowMs: null, lcpMs: null, hydratedMs: null };
	window.__phoneMarks = marks;
	let hydrated;
	window.__phoneHydrated = new Promise((resolve) => (hydrated = resolve));
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) marks.lcpMs = e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	// a frame is not painted before the first contentful paint (Chromium holds the first
	// paints while the document loads): the row shows at whichever comes later
	let rowInFrame = null;
	let fcp = null;
	const shown = () => {
		if (marks.firstRowMs === null && rowInFrame !== null && fcp !== null)
			marks.firstRowMs = Math.max(rowInFrame, fcp);
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') fcp = e.startTime;
		shown();
	}).observe({ type: 'paint', buffered: true });
	const look = () => {
		if (rowInFrame === null && document.querySelector('${ROWS}')) {
			rowInFrame = performance.now();
			shown();
		}
		if (marks.hydratedMs === null && document.documentElement.hasAttribute('data-hydrated')) {
			marks.hydratedMs = performance.now();
			hydrated();
		}
		if (marks.hydratedMs === null) requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
})()`;

/** The pages a phone reader opens first: the home page, a ranking permalink, a profile. */
const PHONE_PAGES = ['/', '/peringkat/indeks/kota/2024', '/wilayah/35.73'] as const;
/** Visits per page: one visit's figures vary by several hundred ms, so the median is reported. */
const PHONE_RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 5);

/**
 * A first visit on a phone, as Lighthouse's mobile profile has it: 360 × 740, Chromium's CPU
 * slowed 4× (CDP Emulation.setCPUThrottlingRate), slow 4G. Per page: the first ranking row
 * painted (pages with a ranking), the largest contentful paint, hydration, and the bytes
 * received by then. The first row counts from the frame after it is in the DOM.
 *
 * The page is driven through CDP alone (navigate, then await the marks' promise): Playwright's
 * locators and init scripts inject its own scripts into the page while it loads, work a
 * phone never does that cost 100–200 ms of the throttled main thread.
 */
async function phoneFirstView(browser: Browser, base: string, path: string) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		ignoreHTTPSErrors: true,
		...PHONE_DEVICE
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Page.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', NETWORKS.slow4g);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
	let bytes = 0;
	const urls: string[] = [];
	cdp.on('Network.requestWillBeSent', (e) => urls.push(e.request.url));
	cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
	const protocols = new Set<string>();
	cdp.on('Network.responseReceived', (e) => protocols.add(e.response.protocol ?? '?'));
	const pageErrors: string[] = [];
	page.on('pageerror', (e) => pageErrors.push(e.message));
	await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PHONE_MARKS });
	const parsed = new Promise<void>((resolve) =>
		cdp.once('Page.domContentEventFired', () => resolve())
	);
	await cdp.send('Page.navigate', { url: `${base}${path}` });
	// a page that never hydrates is reported, not waited on for ever
	const ran = await parsed
		.then(() =>
			cdp.send('Runtime.evaluate', {
				expression: `Promise.race([window.__phoneHydrated.then(() => true),
					new Promise((r) => setTimeout(() => r(false), 180000))])`,
				awaitPromise: true,
				returnByValue: true
			})
		)
		.then((r) => r.result.value === true)
		.catch(() => false);
	if (!ran) {
		await context.close();
		return {
			error: `did not hydrate within 180 s; page errors: ${pageErrors.join(' | ') || 'none'}`
		};
	}
	const marks = (
		await cdp.send('Runtime.evaluate', { expression: 'window.__phoneMarks', returnByValue: true })
	).result.value as Record<string, number | null>;
	const round = (v: number | null | undefined) =>
		v === null || v === undefined ? null : Math.round(v);
	const result = {
		firstRowMs: round(marks.firstRowMs),
		lcpMs: round(marks.lcpMs),
		hydratedMs: round(marks.hydratedMs),
		kbByHydration: Math.round(bytes / 102.4) / 10,
		wasmFetched: urls.some((u) => u.endsWith('.wasm')),
		requests: urls.length,
		protocols: [...protocols].join(' ')
	};
	await context.close();
	return result;
}

/** Several visits to one page: the median and range of each mark, and the last visit's bytes. */
async function phoneVisits(browser: Browser, base: string, path: string) {
	const visits: Awaited<ReturnType<typeof phoneFirstView>>[] = [];
	for (let i = 0; i < PHONE_RUNS; i++) visits.push(await phoneFirstView(browser, base, path));
	const failed = visits.find((v) => 'error' in v);
	if (failed) return failed;
	const ok = visits as Extract<(typeof visits)[number], { hydratedMs: number | null }>[];
	const mark = (key: 'firstRowMs' | 'lcpMs' | 'hydratedMs') => {
		const ms = ok.map((v) => v[key]).filter((v): v is number => v !== null);
		if (ms.length === 0) return null;
		return { median: percentile(ms, 50), min: Math.min(...ms), max: Math.max(...ms) };
	};
	const last = ok[ok.length - 1]!;
	return {
		runs: ok.length,
		firstRowMs: mark('firstRowMs'),
		lcpMs: mark('lcpMs'),
		hydratedMs: mark('hydratedMs'),
		kbByHydration: last.kbByHydration,
		wasmFetched: ok.some((v) => v.wasmFetched),
		requests: last.requests,
		protocols: last.protocols
	};
}

/**
 * A certificate for 127.0.0.1 made with openssl for this run (the phone contexts accept it);
 * null where openssl is missing.
 */
function selfSigned(): Tls | null {
	try {
		const dir = mkdtempSync(join(tmpdir(), 'tolok-bench-'));
		execSync(
			`openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 ` +
				`-addext subjectAltName=IP:127.0.0.1 -keyout ${dir}/key.pem -out ${dir}/cert.pem`,
			{ stdio: 'ignore' }
		);
		return { key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) };
	} catch {
		return null;
	}
}

/**
 * The phone's first views as a static host serves them: HTTP/2 over TLS, the page's files
 * sharing one connection (the handshake itself is not slowed by the emulation: see
 * TLS_ROUND_TRIPS; `withTlsHandshake` adds its round trips to the medians). Then the same over plain
 * HTTP/1.1 (the local server's default), where Chromium opens at most six connections and the
 * files queue behind each other: the gap between the two is what the number of files costs.
 */
async function phoneFirstViews(browser: Browser) {
	type View = Awaited<ReturnType<typeof phoneVisits>>;
	const tls = selfSigned();
	const h2 = tls ? await serve('build', PORT + 1, undefined, tls) : null;
	const overTls: Record<string, View | (View & { withTlsHandshake: object })> = {};
	const http1: Record<string, View> = {};
	try {
		for (const path of PHONE_PAGES) {
			if (h2) {
				const view = await phoneVisits(browser, `https://127.0.0.1:${PORT + 1}`, path);
				const plus = (m: { median: number } | null | undefined) =>
					m ? Math.round(m.median + handshakeMs('slow4g')) : null;
				overTls[path] =
					'error' in view
						? view
						: {
								...view,
								withTlsHandshake: {
									firstRowMs: plus(view.firstRowMs),
									lcpMs: plus(view.lcpMs),
									hydratedMs: plus(view.hydratedMs)
								}
							};
			}
			http1[path] = await phoneVisits(browser, BASE, path);
		}
	} finally {
		h2?.close();
	}
	return {
		http2Tls: h2 ? overTls : 'skipped: openssl is not installed',
		http1
	};
}

/**
 * Times, inside the page, from the reader's action (a select's change event, or a click) to
 * the first frame painted after the DOM shows its result: interaction to next paint, what a
 * reader waits for, without the test driver's round trips (which added 30–90 ms to every
 * figure before). `until`:
 *   rows         `rows` matches exactly `count` elements
 *   textChanges  the text of `target` differs from what it was before the action
 *   navigated    location.pathname contains `target` and the h1 contains `text`
 * With `all` (a count of `rows`), it also times the paint once every row is there: long
 * tables show their first rows at once and the rest in the next task
 * (src/lib/ui/progressive.svelte.ts).
 * (A string, not a function: the TypeScript runner would wrap a function's source in helpers
 * the page does not have; no eval inside the page, whose CSP forbids it.)
 */
const IN_PAGE = `(a) => {
	const before = a.until === 'textChanges' ? document.querySelector(a.target)?.textContent : null;
	const done = () => {
		if (a.until === 'rows') return document.querySelectorAll(a.rows).length === a.count;
		if (a.until === 'textChanges') return document.querySelector(a.target)?.textContent !== before;
		if (a.until === 'nextPaint') return true;
		return location.pathname.includes(a.target) && (document.querySelector('h1')?.textContent ?? '').includes(a.text);
	};
	const complete = () => a.all === undefined || document.querySelectorAll(a.rows).length === a.all;
	return new Promise((resolve) => {
		const t = performance.now();
		const out = { first: null, all: null };
		// the frame painted after the DOM changed: from inside a frame callback, paint follows
		// those callbacks; from a DOM change, it follows the next frame's callbacks. A task
		// posted from a frame callback runs once that frame is painted; at user-blocking
		// priority it runs before the work a page queues for after its paint (the rest of a
		// long table, charts redrawn), which a MessageChannel message could follow and count.
		const painted = (inFrame, key) => {
			const after = () => {
				const record = () => {
					out[key] = performance.now() - t;
					if (out.first !== null && (a.all === undefined || out.all !== null)) resolve(out);
				};
				if (globalThis.scheduler?.postTask) {
					scheduler.postTask(record, { priority: 'user-blocking' });
					return;
				}
				const c = new MessageChannel();
				c.port1.onmessage = record;
				c.port2.postMessage(0);
			};
			if (inFrame) after();
			else requestAnimationFrame(after);
		};
		// checked on every DOM change and every frame (SvelteKit updates the address after it
		// renders a navigation, with no DOM change left to wake the observer)
		let firstSeen = false;
		let allSeen = false;
		const check = (inFrame) => {
			if (!firstSeen && done()) { firstSeen = true; painted(inFrame, 'first'); }
			if (firstSeen && !allSeen && a.all !== undefined && complete()) { allSeen = true; painted(inFrame, 'all'); }
			if (firstSeen && (allSeen || a.all === undefined)) observer.disconnect();
		};
		const observer = new MutationObserver(() => check(false));
		const poll = () => { check(true); if (!firstSeen || (a.all !== undefined && !allSeen)) requestAnimationFrame(poll); };
		requestAnimationFrame(poll);
		observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
		if (a.click) document.querySelector(a.click).click();
		else {
			const el = document.querySelector(a.select);
			el.value = a.value;
			el.dispatchEvent(new Event(a.input ? 'input' : 'change', { bubbles: true }));
		}
	});
}`;

interface InPageArgs {
	select?: string;
	value?: string;
	click?: string;
	/** with click: the pointer rests on it 300 ms first, as a reader's does on a link */
	hover?: boolean;
	/** a typed box: the value arrives with an input event, not a change */
	input?: boolean;
	/** nextPaint: the frame painted after the event (interaction to next paint), whatever it shows */
	until: 'rows' | 'textChanges' | 'navigated' | 'nextPaint';
	rows?: string;
	target?: string;
	count?: number;
	text?: string;
	all?: number;
}

async function inPage(page: Page, args: InPageArgs): Promise<number> {
	return (await inPageBoth(page, args)).first;
}

/**
 * A reader focuses a choice before picking from it (a click or a tab), and the pick takes
 * longer than 300 ms: what the page does on focus (the ranking selectors preload the pages
 * they can open) happens before the timed change, as it would for a reader. A link marked
 * `hover` is pointed at for 300 ms before it is pressed (SvelteKit preloads a link's page on
 * hover or touch).
 */
async function inPageBoth(
	page: Page,
	args: InPageArgs
): Promise<{ first: number; all: number | null }> {
	if (args.select) {
		await page.focus(args.select);
		await page.waitForTimeout(300);
	}
	// a link is pointed at (hovered, or touched on a phone) before it is pressed
	if (args.click && args.hover) {
		await page.hover(args.click);
		await page.waitForTimeout(300);
	}
	return page.evaluate(`(${IN_PAGE})(${JSON.stringify(args)})`) as Promise<{
		first: number;
		all: number | null;
	}>;
}

/** Durations of the page's own user-timing measures (performance.measure) of that name. */
function measures(page: Page, name: string): Promise<number[]> {
	return page.evaluate(
		`performance.getEntriesByName(${JSON.stringify(name)}).map((e) => e.duration)`
	) as Promise<number[]>;
}

async function warm(page: Page, path: string) {
	await page.goto(`${BASE}${path}`);
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

/** Links a reader shares: the home page on one group, a ranking filtered by province and predicate. */
const SHARED_LINKS = [
	'/?kelompok=kota',
	'/peringkat/indeks/kota/2024?provinsi=35&predikat=Sangat%20Baik'
] as const;
/** Visits per shared link; the median is reported. */
const SHARED_RUNS = 3;

/**
 * In the page from its first script on: every frame at which the first ten rows of the ranking
 * changed (their ids; a stand-in row has none) or the page hydrated, and the first contentful
 * paint. A string for the reason PHONE_MARKS is.
 */
const SHARED_MARKS = `(() => {
	const frames = [];
	window.__sharedFrames = frames;
	window.__sharedFcp = null;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'first-contentful-paint') window.__sharedFcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	const look = () => {
		const hydrated = document.documentElement.hasAttribute('data-hydrated');
		const ids = [...document.querySelectorAll('${ROWS}')].slice(0, 10).map((tr) => tr.getAttribute('data-id') ?? '?');
		const key = ids.join(' ');
		const last = frames[frames.length - 1];
		if (!last || last.key !== key || last.hydrated !== hydrated)
			frames.push({ t: performance.now(), key, rows: ids.length, hydrated });
		if (!window.__sharedStop) requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
})()`;

/**
 * One visit to a shared link: when its first row was painted (the prerendered rows, whichever
 * they are), when the link's own rows were (the first frame after hydration showing the rows
 * the page settles on), and how many frames after hydration showed other rows (0: the view's
 * rows are the first painted after hydration). Driven through CDP alone, as phoneFirstView.
 */
async function sharedLinkVisit(browser: Browser, network: keyof typeof NETWORKS, path: string) {
	const { context, cdp } = await coldPage(browser, network);
	await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: SHARED_MARKS });
	const read = async <T>(expression: string) =>
		(await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value as T;
	type Frame = { t: number; key: string; rows: number; hydrated: boolean };
	await cdp.send('Page.navigate', { url: `${BASE}${path}` });
	// settled: hydrated, every row shown a live one, and the same rows for 2 s (at most 60 s)
	const started = Date.now();
	let frames: Frame[];
	for (;;) {
		await new Promise((r) => setTimeout(r, 250));
		frames =
			(await read<Frame[] | undefined>('window.__sharedFrames').catch(() => undefined)) ?? [];
		const last = frames[frames.length - 1];
		const settled =
			last !== undefined &&
			last.hydrated &&
			last.rows > 0 &&
			!last.key.includes('?') &&
			(await read<number>('performance.now()')) - last.t > 2000;
		if (settled || Date.now() - started > 60_000) break;
	}
	await read('window.__sharedStop = true');
	const fcp = await read<number | null>('window.__sharedFcp');
	await context.close();
	const last = frames[frames.length - 1];
	const shown = frames.find((f) => f.rows > 0);
	if (!last?.hydrated || last.key.includes('?') || !shown || fcp === null)
		return { error: `${path} did not settle on live rows within 60 s` };
	const firstRowMs = Math.max(shown.t, fcp);
	const hydratedAt = frames.find((f) => f.hydrated)!.t;
	const view = frames.find((f) => f.hydrated && f.key === last.key)!;
	return {
		firstRowMs: Math.round(firstRowMs),
		viewRowsMs: Math.round(Math.max(view.t, hydratedAt)),
		otherRowsFramesAfterHydration: frames.filter(
			(f) => f.hydrated && f.rows > 0 && f.key !== last.key && f.t < view.t
		).length,
		// which rows those are: the first three ids, to read against the link
		viewFirstIds: last.key.split(' ').slice(0, 3).join(' ')
	};
}

/**
 * Each shared link on one network profile: the medians of its visits' first row and own rows,
 * the gap between them (the issue's budget: 1.0 s on slow 4G), and the most frames any visit
 * showed other rows after hydration (0 is the aim).
 */
async function sharedLinks(browser: Browser, network: keyof typeof NETWORKS) {
	const out: Record<string, object> = {};
	for (const path of SHARED_LINKS) {
		const visits = [];
		for (let i = 0; i < SHARED_RUNS; i++)
			visits.push(await sharedLinkVisit(browser, network, path));
		const failed = visits.find((v) => 'error' in v);
		if (failed) {
			out[path] = failed;
			continue;
		}
		const ok = visits as Extract<(typeof visits)[number], { firstRowMs: number }>[];
		out[path] = {
			runs: ok.length,
			firstRowMs: percentile(
				ok.map((v) => v.firstRowMs),
				50
			),
			viewRowsMs: percentile(
				ok.map((v) => v.viewRowsMs),
				50
			),
			viewAfterFirstRowMs: percentile(
				ok.map((v) => v.viewRowsMs - v.firstRowMs),
				50
			),
			otherRowsFramesAfterHydration: Math.max(...ok.map((v) => v.otherRowsFramesAfterHydration)),
			viewFirstIds: ok[ok.length - 1]!.viewFirstIds
		};
	}
	return out;
}

/** p50/p95 of the standard interactions once the page has hydrated, unthrottled or on a slow link. */
async function interactions(browser: Browser, network: keyof typeof NETWORKS = 'unthrottled') {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	// the interactions answer without the engine: what of it the server sent meanwhile (0)
	const engineSentBefore = duckdbBytes();
	// on a slow link every request an interaction still makes costs a round trip of 150 ms
	const conditions = NETWORKS[network];
	if (conditions)
		await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', conditions);
	const out: Record<string, ReturnType<typeof summary>> = {};

	await warm(page, '/');
	await page.getByTestId('kelompok').selectOption('kota');
	await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 93, ROWS);
	const groups = [
		['provinsi', 38],
		['kota', 93],
		['kementerian', 34],
		['kabupaten', 392]
	] as const;
	const group: number[] = [];
	const groupAll: number[] = [];
	for (let i = 0; i < 20; i++) {
		const [k, n] = groups[i % groups.length] ?? groups[0];
		const r = await inPageBoth(page, {
			select: '[data-testid="kelompok"]',
			value: k,
			until: 'rows',
			rows: ROWS,
			count: Math.min(n, FIRST_ROWS),
			all: n
		});
		group.push(r.first);
		groupAll.push(r.all ?? NaN);
	}
	if (process.env.BENCH_VERBOSE) console.error('group', group.map(Math.round));
	out['change group (home, prerendered file)'] = summary(group);
	out['change group: every row painted'] = summary(groupAll);

	await warm(page, '/peringkat/indeks/kabupaten/2024');
	const provinces = ['35', '51', '11', '51']; // consecutive picks differ in row count
	const filter: number[] = [];
	for (let i = 0; i < 16; i++) {
		const p = provinces[i % provinces.length] ?? '35';
		filter.push(
			await inPage(page, {
				select: '[data-testid="f-provinsi"]',
				value: p,
				until: 'textChanges',
				target: '[data-testid="row-count"]'
			})
		);
	}
	if (process.env.BENCH_VERBOSE) console.error('filter', filter.map(Math.round));
	// from the page's own rows (applyFilters): the first pick is as fast as the others
	out['filter a ranking by province (prerendered rows, no DuckDB)'] = summary(filter);
	out['filter: of which applying the filter'] = summary(await measures(page, 'tolok:filter-query'));
	await inPage(page, { select: '[data-testid="f-provinsi"]', value: '', until: 'nextPaint' });
	await page.waitForTimeout(500);

	// the other filters and the sort, on the same page, and later the map's choices: eight
	// picks of a choice, each differing from the one before
	const count = '[data-testid="row-count"]';
	const picks = async (args: Omit<InPageArgs, 'value'>, values: string[], n = 8) => {
		const ms: number[] = [];
		for (let i = 0; i < n; i++) {
			ms.push(await inPage(page, { ...args, value: values[i % values.length] ?? '' }));
			// a typed filter applies 300 ms after the last keystroke: let it before the next
			if (args.input) await page.waitForTimeout(400);
		}
		if (process.env.BENCH_VERBOSE) console.error(args.select ?? args.click, ms.map(Math.round));
		return summary(ms);
	};
	const byCount = { until: 'textChanges' as const, target: count };
	out['filter by predicate'] = await picks({ select: '[data-testid="f-predikat"]', ...byCount }, [
		'Baik',
		'Sangat Baik',
		'Memuaskan',
		''
	]);
	for (const [id, label, values] of [
		['f-min', 'minimum value', ['3,5', '4', '2,5', '']],
		['f-naik', 'minimum improvement', ['0,5', '1', '0,2', '']],
		['f-q', 'name', ['kab', 'kabupaten b', 'kota', '']]
	] as const) {
		const select = `[data-testid="${id}"]`;
		out[`filter by ${label}: next paint`] = await picks(
			{ select, input: true, until: 'nextPaint' },
			[...values]
		);
		out[`filter by ${label}: rows shown (300 ms after typing)`] = await picks(
			{ select, input: true, ...byCount },
			[...values]
		);
	}
	const both: number[] = [];
	for (let i = 0; i < 8; i++)
		both.push(await inPage(page, { click: '[data-testid="f-dua"]', ...byCount }));
	out['filter: evaluated in both years'] = summary(both);
	const sorted: number[] = [];
	const firstName = '[data-testid="ranking"] tbody tr th';
	for (let i = 0; i < 8; i++)
		sorted.push(
			await inPage(page, {
				click: `[data-testid="ranking"] thead th:nth-child(${i % 2 ? 1 : 2}) button`,
				until: 'textChanges',
				target: firstName
			})
		);
	out['sort the ranking'] = summary(sorted);

	const cats: [string, string][] = [
		['layanan', 'Layanan'],
		['indeks', 'Pencapaian'],
		['kebijakan', 'Kebijakan'],
		['manajemen', 'Manajemen']
	];
	const category: number[] = [];
	for (let i = 0; i < 20; i++) {
		const [c, word] = cats[i % cats.length] ?? ['indeks', 'Pencapaian'];
		category.push(
			await inPage(page, {
				select: '[data-testid="pick-kategori"]',
				value: c,
				until: 'navigated',
				target: `/peringkat/${c}/`,
				text: word
			})
		);
	}
	if (process.env.BENCH_VERBOSE) console.error('category', category.map(Math.round));
	out['change category (prerendered page)'] = summary(category);
	const yr: number[] = [];
	for (let i = 0; i < 20; i++) {
		const y = i % 2 ? '2024' : '2023';
		yr.push(
			await inPage(page, {
				select: '[data-testid="pick-tahun"]',
				value: y,
				until: 'navigated',
				target: `/${y}`,
				text: y
			})
		);
	}
	if (process.env.BENCH_VERBOSE) console.error('year', yr.map(Math.round));
	out['change year (prerendered page)'] = summary(yr);

	await warm(page, '/bandingkan?kode=35.73');
	await page
		.locator('[data-testid="compare-heat"] tbody tr[data-ready="true"]')
		.waitFor({ timeout: 60_000 });
	await page.getByTestId('compare-suggestions').getByRole('button').first().waitFor();
	// settled: the first choice's published file has been read (one measure)
	// (polled from here: waitForFunction would eval in the page, which its CSP forbids)
	for (let i = 0; i < 600 && (await measures(page, 'tolok:compare-query')).length < 1; i++)
		await page.waitForTimeout(100);
	const add: number[] = [];
	for (let i = 0; i < 7; i++) {
		const before = await page.getByTestId('compare-chosen').getByRole('link').count();
		if (before >= 8) break;
		add.push(
			await inPage(page, {
				click: '[data-testid="compare-suggestions"] button',
				until: 'rows',
				rows: '[data-testid="compare-heat"] tbody tr[data-ready="true"]',
				count: before + 1
			})
		);
	}
	if (process.env.BENCH_VERBOSE) console.error('add', add.map(Math.round));
	out['add a region to a comparison'] = summary(add);
	const remove: number[] = [];
	for (let i = 0; i < 5; i++) {
		const before = await page.locator('[data-testid="compare-heat"] tbody tr').count();
		if (before <= 2) break;
		remove.push(
			await inPage(page, {
				click: '[data-testid="compare-chosen"] .chip:nth-last-child(1 of .chip) button',
				until: 'rows',
				rows: '[data-testid="compare-heat"] tbody tr',
				count: before - 1
			})
		);
	}
	out['remove a region from a comparison'] = summary(remove);

	await warm(page, '/peta');
	const legend = { until: 'textChanges' as const, target: '[data-testid="map-legend"]' };
	out['map: level'] = await picks({ select: '[data-testid="map-level"]', ...legend }, [
		'provinsi',
		'kabkota'
	]);
	out['map: measure'] = await picks({ select: '[data-testid="map-measure"]', ...legend }, [
		'layanan',
		'index'
	]);
	out['map: year'] = await picks({ select: '[data-testid="map-year"]', ...legend }, [
		'2023',
		'2024'
	]);

	await warm(page, '/kenaikan/kota/2023-2024');
	const pair: number[] = [];
	for (let i = 0; i < 8; i++) {
		const p = i % 2 ? '2023-2024' : '2018-2024';
		pair.push(
			await inPage(page, {
				click: `nav[aria-label="Tahun"] a[href$="/${p}"]`,
				hover: true,
				until: 'navigated',
				target: `/${p}`,
				text: `${p.slice(0, 4)} →`
			})
		);
	}
	if (process.env.BENCH_VERBOSE) console.error('pair', pair.map(Math.round));
	out['climbers: another pair of years'] = summary(pair);
	await context.close();
	return { ...out, engineKbSent: Math.round((duckdbBytes() - engineSentBefore) / 102.4) / 10 };
}

/** Large and odd files through /impor (scripts/bench-import.ts), with the longest main-thread task. */
async function largeFiles(browser: Browser) {
	const { benchLargeFiles } = await import('./bench-import');
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		return await benchLargeFiles(context, BASE);
	} finally {
		// a browser that went away must not hide the figures (or the error) measured before it did
		await context.close().catch(() => {});
	}
}

/** The SQL console on large answers (scripts/bench-import.ts), with the longest main-thread task. */
async function consoleAnswers(browser: Browser) {
	const { benchConsole } = await import('./bench-import');
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		return await benchConsole(await context.newPage(), BASE);
	} catch (err) {
		return { error: (err instanceof Error ? err.message : String(err)).split('\n')[0] };
	} finally {
		await context.close().catch(() => {});
	}
}

/**
 * What the service worker stores on a first visit that never touches the console or an
 * import: the bytes of every cached response body (uncompressed, as the Cache API keeps
 * them) and the bytes sent over the network while installing (compressed).
 */
async function serviceWorkerInstall(browser: Browser) {
	const context = await browser.newContext();
	const page = await context.newPage();
	sentByPath = new Map();
	await page.goto(`${BASE}/`);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const cached = (await page.evaluate(async () => {
		let bytes = 0;
		let entries = 0;
		const big: [string, number][] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				const size = response ? (await response.blob()).size : 0;
				bytes += size;
				entries++;
				big.push([new URL(request.url).pathname, size]);
			}
		}
		big.sort((a, b) => b[1] - a[1]);
		return { bytes, entries, largest: big.slice(0, 5) };
	})) as { bytes: number; entries: number; largest: [string, number][] };
	const sent = [...sentByPath.values()].reduce((a, b) => a + b, 0);
	await context.close();
	return {
		cachedKb: Math.round(cached.bytes / 102.4) / 10,
		cachedEntries: cached.entries,
		largestCached: cached.largest.map(([p, b]) => `${p} ${Math.round(b / 1024)} KB`),
		sentOnFirstVisitKb: Math.round(sent / 102.4) / 10
	};
}

async function importThroughput(browser: Browser) {
	if (!existsSync('scripts/bench-import.ts'))
		return { skipped: 'no import page (/impor) in this build' };
	const path = './bench-import.ts'; // written by the import feature; absent before it
	const mod = (await import(path)) as {
		benchImport: (page: Page, base: string) => Promise<Record<string, number>>;
	};
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		return await mod.benchImport(await context.newPage(), BASE);
	} finally {
		await context.close();
	}
}

/**
 * The what-if simulator: each level change (a click on + or −, every indicator in turn, twice)
 * from the click to the frame after the repaint, with the index's text changed, p95 against the
 * 50 ms budget; unthrottled and with the CPU slowed 4× (a mid-range phone).
 */
async function simulator(browser: Browser) {
	const out: Record<string, ReturnType<typeof summary> & { indexRepainted: number }> = {};
	for (const cpu of [1, PHONE_CPU_SLOWDOWN]) {
		const context = await browser.newContext({
			serviceWorkers: 'block',
			viewport: PHONE_VIEWPORT
		});
		const page = await context.newPage();
		await warm(page, '/simulasi?metode=spbe&instansi=35.73');
		await page.waitForSelector('[data-testid="sim-index"]');
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		// a string, not a function: tsx would add helpers the page does not have (as IN_PAGE)
		const { times, changed } = (await page.evaluate(`(async () => {
			const times = [];
			let changed = 0;
			const index = document.querySelector('[data-testid="sim-index"]');
			for (let round = 0; round < 2; round++)
				for (let no = 1; no <= 47; no++) {
					const up = document.querySelector('[data-testid="sim-up-' + no + '"]');
					const down = document.querySelector('[data-testid="sim-down-' + no + '"]');
					const button = up && !up.disabled ? up : down;
					const before = index.textContent;
					const t = performance.now();
					button.click();
					await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
					times.push(performance.now() - t);
					if (index.textContent !== before) changed++;
				}
			return { times, changed };
		})()`)) as { times: number[]; changed: number };
		out[cpu === 1 ? 'unthrottled' : 'cpu4x'] = { ...summary(times), indexRepainted: changed };
		await context.close();
	}
	return { budgetP95Ms: 50, changeToRepaint: out };
}

const buildFirst = !process.argv.includes('--no-build');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? null;
let buildSeconds: number | null = null;
if (buildFirst) {
	const t = performance.now();
	execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
	buildSeconds = Math.round((performance.now() - t) / 100) / 10;
}
const server = await serve('build', PORT, (path, bytes) =>
	sentByPath.set(path, (sentByPath.get(path) ?? 0) + bytes)
);
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS
});
try {
	const report = {
		when: new Date().toISOString(),
		machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
		buildSeconds,
		// what each figure below is held to (medians for the phone)
		budgets: {
			firstView: { kbAtFirstRow: 150, slow4gKbAtFirstRow: 60, slow4gFirstRowWithTlsMs: 1000 },
			phone: { firstRowMs: 1500, lcpMs: 1500, hydratedMs: 2500 },
			sharedLinkSlow4gViewAfterFirstRowMs: 1000,
			interactionP95Ms: { unthrottled: 100, slow4g: 200 },
			buildSeconds: 180
		},
		firstView:
			only && only !== 'firstView'
				? 'skipped'
				: {
						unthrottled: await firstView(browser, 'unthrottled'),
						slow4g: await firstView(browser, 'slow4g')
					},
		phone: only && only !== 'phone' ? 'skipped' : await phoneFirstViews(browser),
		sharedLinks:
			only && only !== 'shared'
				? 'skipped'
				: {
						unthrottled: await sharedLinks(browser, 'unthrottled'),
						slow4g: await sharedLinks(browser, 'slow4g')
					},
		interactionsWarm: only && only !== 'interactions' ? 'skipped' : await interactions(browser),
		interactionsSlow4g:
			only && only !== 'interactions-slow4g'
				? 'skipped'
				: { budgetP95Ms: 200, ...(await interactions(browser, 'slow4g')) },
		import: only && only !== 'import' ? 'skipped' : await importThroughput(browser),
		largeFiles: only && only !== 'large' ? 'skipped' : await largeFiles(browser),
		consoleLarge:
			only && only !== 'large' && only !== 'console' ? 'skipped' : await consoleAnswers(browser),
		simulator: only && only !== 'simulator' ? 'skipped' : await simulator(browser),
		serviceWorkerInstall:
			only && only !== 'install' ? 'skipped' : await serviceWorkerInstall(browser)
	};
	mkdirSync('bench-results', { recursive: true });
	if (!only) writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2) + '\n');
	console.log(JSON.stringify(report, null, 2));
} finally {
	await browser.close();
	server.close();
}
