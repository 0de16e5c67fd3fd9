import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectionAllows, pageNeedsEngine, startWhenIdle } from './engine';

describe('whether the connection allows an idle-time download', () => {
	it.each([
		[undefined, true],
		[{}, true],
		[{ effectiveType: '4g' }, true],
		[{ effectiveType: '4g', saveData: true }, false],
		[{ effectiveType: '3g' }, false],
		[{ effectiveType: '2g' }, false],
		[{ effectiveType: 'slow-2g' }, false]
	])('%j → %s', (connection, allowed) => {
		expect(connectionAllows(connection)).toBe(allowed);
	});
});

describe('which pages start the engine when idle', () => {
	it('the console and the import page, always', () => {
		expect(pageNeedsEngine('/sql', false)).toBe(true);
		expect(pageNeedsEngine('/impor', false)).toBe(true);
	});
	it('pages that show imported data, only when this browser holds datasets', () => {
		for (const path of ['/peringkat/indeks/kota/2024', '/wilayah/35.73', '/peta', '/kenaikan']) {
			expect(pageNeedsEngine(path, false)).toBe(false);
			expect(pageNeedsEngine(path, true)).toBe(true);
		}
	});
	it('never the home page or the sources', () => {
		for (const path of ['/', '/sumber', '/cari']) expect(pageNeedsEngine(path, true)).toBe(false);
	});
});

describe('the idle-time start', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('reads nothing before the page is idle, then decides', async () => {
		const idle: (() => void)[] = [];
		let connectionReads = 0;
		const dataset: Record<string, string> = {};
		vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
		vi.stubGlobal('cancelIdleCallback', () => {});
		vi.stubGlobal('document', { documentElement: { dataset } });
		vi.stubGlobal('navigator', {
			get connection() {
				connectionReads++;
				return { effectiveType: '4g' };
			}
		});
		startWhenIdle('/');
		// the first view's hydration and paint come first: no decision, no read
		expect(connectionReads).toBe(0);
		expect(dataset.engineIdle).toBeUndefined();
		expect(idle).toHaveLength(1);
		idle[0]!();
		// 'not-needed' on the home page; 'ready' where another test file of this worker has
		// already started the engine (test files share their worker's modules)
		await vi.waitFor(() => expect(['not-needed', 'ready']).toContain(dataset.engineIdle));
	});

	it('does nothing once cancelled before the page was idle', async () => {
		const idle: (() => void)[] = [];
		const dataset: Record<string, string> = {};
		vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
		vi.stubGlobal('cancelIdleCallback', () => {});
		vi.stubGlobal('document', { documentElement: { dataset } });
		vi.stubGlobal('navigator', {});
		startWhenIdle('/sql')();
		idle[0]!();
		await Promise.resolve();
		expect(dataset.engineIdle).toBeUndefined();
	});
});
