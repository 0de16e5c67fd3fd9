/**
 * The engine's life in the browser (index.svelte.ts) with a stand-in for browser.ts: the
 * download's progress, a failed start and the reader's Retry, a quiet idle-time failure, and
 * recovery after a statement that keeps its worker busy past Stop.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserEngine, DownloadProgress } from './browser';

interface Launch {
	progress: (p: DownloadProgress) => void;
	resolve: (e: BrowserEngine) => void;
	reject: (e: Error) => void;
}
const launches: Launch[] = [];

vi.mock('./browser', () => ({
	createBrowserEngine: (_base: string, _platform: unknown, progress: Launch['progress']) =>
		new Promise<BrowserEngine>((resolve, reject) => launches.push({ progress, resolve, reject }))
}));

/** A stand-in engine: answers pings or not, remembers whether it was terminated. */
function fakeEngine(responds = true) {
	const engine = {
		terminated: false,
		query: async () => [],
		loadArrow: async () => {},
		runReadOnly: async () => {
			throw new Error('not used');
		},
		responds: async () => responds,
		terminate: async () => {
			engine.terminated = true;
		}
	};
	return engine;
}

/** A fresh module (the singleton starts idle in each test). */
async function fresh() {
	vi.resetModules();
	launches.length = 0;
	return (await import('./index.svelte')).db;
}
const tick = () => new Promise((ok) => setTimeout(ok, 0));
async function launched(n: number): Promise<Launch> {
	while (launches.length < n) await tick();
	return launches[n - 1]!;
}

describe('starting the engine', () => {
	beforeEach(() => {
		launches.length = 0;
	});

	it('reports the bytes of its download while a reader waits, then is ready', async () => {
		const db = await fresh();
		expect(db.status).toBe('idle');
		const started = db.start();
		expect(db.status).toBe('loading');
		expect(db.waiting).toBe(true);
		const l = await launched(1);
		l.progress({ loaded: 1_200_000, total: 4_900_000 });
		expect(db.progress).toEqual({ loaded: 1_200_000, total: 4_900_000 });
		const engine = fakeEngine();
		l.resolve(engine as unknown as BrowserEngine);
		expect(await started).toBe(engine);
		expect(db.status).toBe('ready');
		expect(db.waiting).toBe(false);
		// one engine for every caller
		expect(await db.start()).toBe(engine);
		expect(launches).toHaveLength(1);
	});

	it('says a failed start, and the reader’s Retry starts it again', async () => {
		const db = await fresh();
		const first = db.start();
		(await launched(1)).reject(new Error('duckdb-wasm stopped loading'));
		await expect(first).rejects.toThrow('stopped loading');
		expect(db.status).toBe('unavailable');
		expect(db.error).toBe('duckdb-wasm stopped loading');

		const again = db.start();
		expect(db.status).toBe('loading');
		expect(db.error).toBeNull();
		const engine = fakeEngine();
		(await launched(2)).resolve(engine as unknown as BrowserEngine);
		expect(await again).toBe(engine);
		expect(db.status).toBe('ready');
	});

	it('keeps an idle-time failure quiet, and the next question tries again', async () => {
		const db = await fresh();
		const idle = db.start({ background: true });
		expect(db.waiting).toBe(false);
		(await launched(1)).reject(new Error('offline'));
		await expect(idle).rejects.toThrow('offline');
		expect(db.status).toBe('idle');
		const asked = db.start();
		expect(db.waiting).toBe(true);
		(await launched(2)).resolve(fakeEngine() as unknown as BrowserEngine);
		await asked;
		expect(db.status).toBe('ready');
	});

	it('shows a reader who joins an idle-time start that it is waiting', async () => {
		const db = await fresh();
		void db.start({ background: true }).catch(() => {});
		expect(db.waiting).toBe(false);
		void db.start().catch(() => {});
		expect(db.waiting).toBe(true);
		(await launched(1)).reject(new Error('HTTP 503'));
		await tick();
		expect(db.status).toBe('unavailable');
	});
});

describe('recovering after a stopped statement', () => {
	it('keeps an engine that still answers', async () => {
		const db = await fresh();
		const started = db.start();
		const engine = fakeEngine(true);
		(await launched(1)).resolve(engine as unknown as BrowserEngine);
		await started;
		expect(await db.recover(engine as unknown as BrowserEngine, 10)).toBe(false);
		expect(engine.terminated).toBe(false);
		expect(await db.start()).toBe(engine);
		expect(db.restarted).toBe(false);
	});

	it('terminates a worker that stays busy and starts a fresh engine the next query gets', async () => {
		const db = await fresh();
		const started = db.start();
		const stuck = fakeEngine(false);
		(await launched(1)).resolve(stuck as unknown as BrowserEngine);
		await started;

		const recovering = db.recover(stuck as unknown as BrowserEngine, 10);
		// a query asked meanwhile waits for the outcome, never for the stuck worker
		const next = db.start();
		const l = await launched(2);
		expect(stuck.terminated).toBe(true);
		expect(db.status).toBe('loading');
		expect(db.restarted).toBe(true);
		// the reader is shown the new engine's download
		expect(db.waiting).toBe(true);
		const fresh2 = fakeEngine(true);
		l.resolve(fresh2 as unknown as BrowserEngine);
		expect(await recovering).toBe(true);
		expect(await next).toBe(fresh2);
		expect(await db.start()).toBe(fresh2);
		expect(db.status).toBe('ready');
	});
});
