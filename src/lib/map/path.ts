import type { Ring } from './topojson';

export interface Frame {
	minLng: number;
	maxLat: number;
	k: number;
	width: number;
	height: number;
}

/** An equirectangular frame (Indonesia straddles the equator) fitting the rings into `width`. */
export function frame(all: Ring[], width: number): Frame {
	let [minLng, maxLng, minLat, maxLat] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const r of all)
		for (const [x, y] of r) {
			minLng = Math.min(minLng, x);
			maxLng = Math.max(maxLng, x);
			minLat = Math.min(minLat, y);
			maxLat = Math.max(maxLat, y);
		}
	const k = width / (maxLng - minLng);
	return { minLng, maxLat, k, width, height: Math.ceil((maxLat - minLat) * k) };
}

/** SVG path data, coordinates rounded to tenths of a pixel and written as relative moves. */
export function pathData(rings: Ring[], f: Frame): string {
	let d = '';
	for (const r of rings) {
		let px = 0;
		let py = 0;
		r.forEach(([lng, lat], i) => {
			const x = Math.round((lng - f.minLng) * f.k * 10);
			const y = Math.round((f.maxLat - lat) * f.k * 10);
			if (i === 0) d += `M${x / 10} ${y / 10}`;
			else if (x !== px || y !== py) d += `l${(x - px) / 10} ${(y - py) / 10}`;
			px = x;
			py = y;
		});
		d += 'z';
	}
	return d;
}
