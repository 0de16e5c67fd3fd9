/**
 * Just enough TopoJSON (no package): decode the quantized, delta-encoded arcs with the
 * transform, and stitch each Polygon / MultiPolygon's arc references into rings of [lng, lat].
 */
export interface Topology {
	type: 'Topology';
	transform?: { scale: [number, number]; translate: [number, number] };
	arcs: [number, number][][];
	objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}

export interface TopoGeometry {
	type: 'Polygon' | 'MultiPolygon' | null;
	arcs?: number[][] | number[][][];
	properties?: Record<string, unknown>;
}

export type Ring = [number, number][];

/** Absolute coordinates of every arc: running sums of the deltas, then scale and translate. */
export function decodeArcs(topology: Topology): Ring[] {
	const t = topology.transform;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]): [number, number] => {
			if (!t) return [dx, dy];
			x += dx;
			y += dy;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
}

/** A ring from arc indices; a negative index ~i is arc i reversed. Shared end points once. */
export function ring(indices: number[], arcs: Ring[]): Ring {
	const out: Ring = [];
	for (const i of indices) {
		const arc = i < 0 ? [...(arcs[~i] ?? [])].reverse() : (arcs[i] ?? []);
		out.push(...(out.length > 0 ? arc.slice(1) : arc));
	}
	return out;
}

/** Every ring (outer and holes) of a geometry's polygons. */
export function rings(geometry: TopoGeometry, arcs: Ring[]): Ring[] {
	if (geometry.type === 'Polygon') return (geometry.arcs as number[][]).map((r) => ring(r, arcs));
	if (geometry.type === 'MultiPolygon')
		return (geometry.arcs as number[][][]).flatMap((p) => p.map((r) => ring(r, arcs)));
	return [];
}
