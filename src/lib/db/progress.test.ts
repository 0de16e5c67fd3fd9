import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	DownloadTally,
	WASM_BYTES,
	fileOnWire,
	wasmOnWire,
	type DownloadProgress
} from './progress';

describe('the .wasm’s bytes on the wire', () => {
	it('are the decompressed count scaled to the compressed Content-Length', () => {
		// 34.2 MB decompressed sent as 4.9 MB: a quarter decompressed is a quarter sent
		expect(wasmOnWire(WASM_BYTES.eh / 4, 4_900_000, WASM_BYTES.eh)).toEqual({
			loaded: 1_225_000,
			total: 4_900_000
		});
		expect(wasmOnWire(WASM_BYTES.eh, 4_900_000, WASM_BYTES.eh).loaded).toBe(4_900_000);
	});
	it('are the count itself when sent uncompressed, and the size when no length is sent', () => {
		expect(wasmOnWire(1000, WASM_BYTES.mvp, WASM_BYTES.mvp)).toEqual({
			loaded: 1000,
			total: WASM_BYTES.mvp
		});
		expect(wasmOnWire(1000, 0, WASM_BYTES.mvp)).toEqual({ loaded: 1000, total: WASM_BYTES.mvp });
	});
	it('match the installed duckdb-wasm builds', () => {
		const require = createRequire(import.meta.url);
		const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node.cjs'));
		expect(statSync(join(dist, 'duckdb-eh.wasm')).size).toBe(WASM_BYTES.eh);
		expect(statSync(join(dist, 'duckdb-mvp.wasm')).size).toBe(WASM_BYTES.mvp);
	});
});

describe('a table file’s bytes on the wire', () => {
	it('count as they stream when sent as is', () => {
		expect(fileOnWire(500, 2000, false, false)).toEqual({ loaded: 500, total: 2000 });
		expect(fileOnWire(500, null, false, false)).toEqual({ loaded: 500, total: null });
		expect(fileOnWire(800, null, false, true)).toEqual({ loaded: 800, total: 800 });
	});
	it('count once complete when compressed (the stream counts decompressed bytes)', () => {
		expect(fileOnWire(5000, 900, true, false)).toEqual({ loaded: 0, total: 900 });
		expect(fileOnWire(5000, 900, true, true)).toEqual({ loaded: 900, total: 900 });
	});
});

describe('the sum of the downloads', () => {
	it('has a total only once every download has said its size', () => {
		const heard: DownloadProgress[] = [];
		const tally = new DownloadTally(['wasm', 'a', 'b'], (p) => heard.push(p));
		tally.set('wasm', { loaded: 100, total: 1000 });
		expect(heard.at(-1)).toEqual({ loaded: 100, total: null });
		tally.set('a', { loaded: 0, total: 50 });
		tally.set('b', { loaded: 10, total: 20 });
		expect(heard.at(-1)).toEqual({ loaded: 110, total: 1070 });
		tally.finish('wasm');
		tally.finish('a');
		tally.finish('b');
		expect(heard.at(-1)).toEqual({ loaded: 1070, total: 1070 });
	});
	it('never says less in all than has arrived', () => {
		const tally = new DownloadTally(['a'], () => {});
		tally.set('a', { loaded: 30, total: 20 });
		expect(tally.sum()).toEqual({ loaded: 30, total: 30 });
	});
});
