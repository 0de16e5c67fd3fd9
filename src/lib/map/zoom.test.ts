import { describe, expect, it } from 'vitest';
import { MAX_K, clamp, fit, initial, pan, zoomAt, type Box } from './zoom';

const box: Box = { width: 1000, height: 400, top: 0, viewHeight: 400 };
const tall: Box = { width: 1000, height: 400, top: -300, viewHeight: 1000 };

describe('map zoom', () => {
	it('starts with the whole country, centred in a viewport taller than the map', () => {
		expect(initial(box)).toEqual({ x: 0, y: 0, k: 1 });
		expect(initial(tall)).toEqual({ x: 0, y: 0, k: 1 }); // -300 + (1000 - 400) / 2
	});

	it('keeps the point under the fingers in place when zooming', () => {
		const v = zoomAt(initial(box), 2, 250, 100, box);
		expect(v.k).toBe(2);
		// map point (250, 100) is still drawn at (250, 100)
		expect(v.x + 250 * v.k).toBe(250);
		expect(v.y + 100 * v.k).toBe(100);
	});

	it('never zooms out past the whole country nor in past the limit', () => {
		expect(zoomAt(initial(box), 0.25, 500, 200, box).k).toBe(1);
		expect(zoomAt(initial(box), 1000, 500, 200, box).k).toBe(MAX_K);
	});

	it('never pans the map out of the viewport', () => {
		const v = zoomAt(initial(box), 2, 500, 200, box);
		expect(pan(v, 5000, 5000, box)).toMatchObject({ x: 0, y: 0 });
		expect(pan(v, -5000, -5000, box)).toMatchObject({ x: -1000, y: -400 });
		expect(clamp({ x: 999, y: 999, k: 1 }, box)).toEqual({ x: 0, y: 0, k: 1 });
	});

	it('fits a region, centred', () => {
		const v = fit({ x: 600, y: 100, width: 20, height: 10 }, box);
		expect(v.k).toBe(12);
		expect(v.x + 610 * v.k).toBeCloseTo(500);
		expect(v.y + 105 * v.k).toBeCloseTo(200);
	});
});
