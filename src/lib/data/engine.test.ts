import { describe, expect, it } from 'vitest';
import { connectionAllows, pageNeedsEngine } from './engine';

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
