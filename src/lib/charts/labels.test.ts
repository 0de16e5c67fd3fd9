import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, spreadY, type PointLabel } from './labels';

const plot = { x0: 0, x1: 300, y0: 0, y1: 200 };
const at = (x: number, y: number, priority = 1): PointLabel => ({ x, y, w: 30, h: 14, priority });

describe('placeLabels', () => {
	it('puts a label above its point when nothing is in the way', () => {
		expect(placeLabels([at(100, 100)], { plot })).toEqual(['top']);
	});

	it('moves a label that would cross a band line, and never lets it cross one', () => {
		// a band line 16 px above the point runs through the label above it
		const [place] = placeLabels([at(100, 100)], { plot, lines: [84] });
		expect(place).toBe('bottom');
		const box = labelBox(at(100, 100), 'bottom');
		expect(84 < box.y0 || 84 > box.y1).toBe(true);
	});

	it('keeps the more important label and moves or drops the other', () => {
		const places = placeLabels([at(100, 100, 1), at(110, 100, 3)], { plot });
		expect(places[1]).toBe('top');
		expect(places[0]).not.toBe('top');
	});

	it('drops a label with no free place (the table carries the value)', () => {
		const blocked = [{ x0: 0, x1: 300, y0: 0, y1: 200 }];
		expect(placeLabels([at(100, 100)], { plot, blocked })).toEqual([null]);
	});

	it('keeps labels off the line drawn through the points', () => {
		const path = [
			{ x: 100, y: 100 },
			{ x: 100, y: 40 }
		];
		expect(placeLabels([at(100, 100)], { plot, path })).toEqual(['bottom']);
	});
});

describe('spreadY', () => {
	it('moves close end labels apart, each as little as it can, within the bounds', () => {
		const ys = spreadY([100, 102, 104, 30], 14, 0, 200);
		const sorted = [...ys].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(14);
		expect(ys[3]).toBe(30);
		expect(spreadY([195, 196], 14, 0, 200).every((y) => y <= 193)).toBe(true);
	});
});
