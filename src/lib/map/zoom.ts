/**
 * Zoom and pan of the map as pure arithmetic on a view {x, y, k}: the shapes are drawn at
 * `translate(x y) scale(k)` inside a viewport of `box` (map units). Every change is clamped
 * so the map never leaves the viewport and never zooms out past the whole country.
 */
export interface View {
	x: number;
	y: number;
	k: number;
}
export interface Box {
	/** the map's own size (map units) */
	width: number;
	height: number;
	/** the visible area, which may be taller than the map on a phone (top may be < 0) */
	top: number;
	viewHeight: number;
}

export const MIN_K = 1;
export const MAX_K = 40;

function clampAxis(pos: number, size: number, start: number, view: number): number {
	if (size <= view) return start + (view - size) / 2;
	return Math.min(start, Math.max(start + view - size, pos));
}

export function clamp(v: View, box: Box): View {
	const k = Math.min(MAX_K, Math.max(MIN_K, v.k));
	return {
		k,
		x: clampAxis(v.x, box.width * k, 0, box.width),
		y: clampAxis(v.y, box.height * k, box.top, box.viewHeight)
	};
}

export function initial(box: Box): View {
	return clamp({ x: 0, y: 0, k: 1 }, box);
}

/** Zooms by `factor` keeping the map point under (px, py) (viewport units) in place. */
export function zoomAt(v: View, factor: number, px: number, py: number, box: Box): View {
	const k = Math.min(MAX_K, Math.max(MIN_K, v.k * factor));
	const f = k / v.k;
	return clamp({ k, x: px - (px - v.x) * f, y: py - (py - v.y) * f }, box);
}

export function pan(v: View, dx: number, dy: number, box: Box): View {
	return clamp({ ...v, x: v.x + dx, y: v.y + dy }, box);
}

/** The view that shows a shape's bounding box (map units) centred, at most 80 % of the view. */
export function fit(
	bbox: { x: number; y: number; width: number; height: number },
	box: Box,
	maxK = 12
): View {
	const k = Math.min(
		maxK,
		(0.8 * box.width) / Math.max(bbox.width, 1e-6),
		(0.8 * box.viewHeight) / Math.max(bbox.height, 1e-6)
	);
	const cx = bbox.x + bbox.width / 2;
	const cy = bbox.y + bbox.height / 2;
	return clamp({ k, x: box.width / 2 - cx * k, y: box.top + box.viewHeight / 2 - cy * k }, box);
}
