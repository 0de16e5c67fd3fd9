import { describe, expect, it } from 'vitest';
import { decodeArcs, ring, rings, type Topology } from './topojson';

// Two unit squares sharing the edge x = 1, quantized with scale 0.5 and translate (10, -5).
const topo: Topology = {
	type: 'Topology',
	transform: { scale: [0.5, 0.5], translate: [10, -5] },
	arcs: [
		[
			[2, 0],
			[0, 2]
		], // shared edge (1,0) → (1,1) in grid units of 2
		[
			[2, 2],
			[-2, 0],
			[0, -2],
			[2, 0]
		], // left square's other three sides
		[
			[2, 0],
			[2, 0],
			[0, 2],
			[-2, 0]
		] // right square's other three sides
	],
	objects: {
		squares: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', arcs: [[0, 1]] },
				{ type: 'MultiPolygon', arcs: [[[2, -1]]] }
			]
		}
	}
};

describe('topojson', () => {
	it('delta-decodes quantized arcs with the transform', () => {
		const arcs = decodeArcs(topo);
		expect(arcs[0]).toEqual([
			[11, -5],
			[11, -4]
		]);
		expect(arcs[1]).toEqual([
			[11, -4],
			[10, -4],
			[10, -5],
			[11, -5]
		]);
	});
	it('stitches arcs into closed rings, reversing ~i', () => {
		const arcs = decodeArcs(topo);
		expect(ring([0, 1], arcs)).toEqual([
			[11, -5],
			[11, -4],
			[10, -4],
			[10, -5],
			[11, -5]
		]);
		const [right] = rings(topo.objects.squares!.geometries[1]!, arcs);
		expect(right?.[0]).toEqual(right?.[right.length - 1]);
		expect(right).toContainEqual([12, -4]);
		expect(right).toHaveLength(5);
	});
});
