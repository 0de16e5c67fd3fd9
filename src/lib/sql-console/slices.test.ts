import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShownCell } from '$lib/db/read-only';
import { SLICE_CHARS, SLICE_ROWS, drawInSlices, sliceEnd } from './slices';

const row = (chars: number): ShownCell[] => [{ value: 1 }, { value: 'x'.repeat(chars) }];

describe('sliceEnd', () => {
	it('ends at the row limit for short cells, at the character limit for long ones', () => {
		const short = Array.from({ length: 1000 }, () => row(10));
		expect(sliceEnd(short, 0, 1000)).toBe(SLICE_ROWS);
		expect(sliceEnd(short, 950, 1000)).toBe(1000);
		// 1,000 rows of 2,000-character cells: 20 rows (40,000 characters) a slice
		const long = Array.from({ length: 1000 }, () => row(2000));
		expect(sliceEnd(long, 0, 1000)).toBe(Math.ceil(SLICE_CHARS / 2008));
		expect(sliceEnd(long, 980, 990)).toBe(990);
	});

	it('always draws at least one row, never past the rows or the limit', () => {
		const huge = [row(1_000_000), row(1_000_000)];
		expect(sliceEnd(huge, 0, 2)).toBe(1);
		expect(sliceEnd(huge, 2, 2)).toBe(2);
		expect(sliceEnd([row(1)], 0, 10)).toBe(1);
		expect(sliceEnd([], 0, 10)).toBe(0);
	});
});

describe('drawInSlices', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('shows the first slice at once and the rest one slice per task, until the limit', async () => {
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f) as unknown as number);
		vi.stubGlobal('cancelAnimationFrame', (t: number) => clearTimeout(t));
		const rows = Array.from({ length: 1000 }, () => row(2000));
		const shown: number[] = [];
		let resolve = () => {};
		const done = new Promise<void>((ok) => (resolve = ok));
		drawInSlices(rows, 100, (n) => {
			shown.push(n);
			if (n === 100) resolve();
		});
		expect(shown).toEqual([20]);
		await done;
		expect(shown).toEqual([20, 40, 60, 80, 100]);
	});

	it('stops when asked', async () => {
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f) as unknown as number);
		vi.stubGlobal('cancelAnimationFrame', (t: number) => clearTimeout(t));
		const shown: number[] = [];
		const stop = drawInSlices(
			Array.from({ length: 1000 }, () => row(10)),
			1000,
			(n) => shown.push(n)
		);
		stop();
		await new Promise((ok) => setTimeout(ok, 20));
		expect(shown).toEqual([SLICE_ROWS]);
	});
});
