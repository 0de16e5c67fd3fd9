/**
 * Direct labels without overlap, decided before drawing so the build's SVG and the browser's
 * agree: each label tries its places in turn (above its point, below, right, left, then at its
 * upper or lower left corner) and takes the
 * first that touches no label already placed, no band line and no edge of the plot; a label
 * with no such place is left out (the chart's table carries every value). Labels are placed
 * in order of importance, so the last and first values keep theirs.
 */

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface PointLabel {
	/** the point, in px from the chart's top left */
	x: number;
	y: number;
	/** the label's size in px */
	w: number;
	h: number;
	/** higher goes first */
	priority: number;
}

const PLACES = ['top', 'bottom', 'right', 'left', 'topLeft', 'bottomLeft'] as const;
export type Place = (typeof PLACES)[number] | null;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The box of a label at `place`, as ECharts draws it: `distance` px beyond the point's
 * marker of radius `r`.
 */
export function labelBox(l: PointLabel, place: Exclude<Place, null>, r = 5, distance = 5): Box {
	const d = r + distance;
	const mid = { x0: l.x - l.w / 2, x1: l.x + l.w / 2, y0: l.y - l.h / 2, y1: l.y + l.h / 2 };
	switch (place) {
		case 'top':
			return { ...mid, y0: l.y - d - l.h, y1: l.y - d };
		case 'bottom':
			return { ...mid, y0: l.y + d, y1: l.y + d + l.h };
		case 'right':
			return { ...mid, x0: l.x + d, x1: l.x + d + l.w };
		case 'left':
			return { ...mid, x0: l.x - d - l.w, x1: l.x - d };
		case 'topLeft':
			return { x0: l.x - r - l.w, x1: l.x - r, y0: l.y - r - l.h, y1: l.y - r };
		case 'bottomLeft':
			return { x0: l.x - r - l.w, x1: l.x - r, y0: l.y + r, y1: l.y + r + l.h };
	}
}

/** ECharts label settings that draw a label at `place` (labelBox gives its box). */
export function labelAt(place: Place): Record<string, unknown> {
	if (place === null) return { show: false };
	if (place === 'topLeft')
		return { show: true, position: [0, 0], align: 'right', verticalAlign: 'bottom' };
	if (place === 'bottomLeft')
		return { show: true, position: [0, 10], align: 'right', verticalAlign: 'top' };
	return { show: true, position: place };
}

/**
 * A place for each label (same order as given): `lines` are horizontal lines at those y (px)
 * that no label may cross, `blocked` boxes none may touch (other text), `plot` the area
 * labels stay inside.
 */
export function placeLabels(
	labels: readonly PointLabel[],
	{
		lines = [],
		blocked = [],
		plot,
		path = []
	}: {
		lines?: readonly number[];
		blocked?: readonly Box[];
		plot: Box;
		/** the points of the line drawn through the values, which no label may cover */
		path?: readonly { x: number; y: number }[];
	}
): Place[] {
	const taken: Box[] = [...blocked];
	const places: Place[] = labels.map(() => null);
	const order = labels.map((_, i) => i).sort((a, b) => labels[b]!.priority - labels[a]!.priority);
	for (const i of order) {
		const l = labels[i]!;
		for (const place of PLACES) {
			const b = labelBox(l, place);
			const inside = b.x0 >= plot.x0 && b.x1 <= plot.x1 && b.y0 >= plot.y0 && b.y1 <= plot.y1;
			const pad = { x0: b.x0 - 2, x1: b.x1 + 2, y0: b.y0 - 1, y1: b.y1 + 1 };
			if (
				inside &&
				!lines.some((y) => y >= pad.y0 && y <= pad.y1) &&
				!crosses(path, pad) &&
				!taken.some((t) => overlaps(pad, t))
			) {
				places[i] = place;
				taken.push(b);
				break;
			}
		}
	}
	return places;
}

/** Whether the polyline through `path` passes through box `b` (sampled every 2 px). */
function crosses(path: readonly { x: number; y: number }[], b: Box): boolean {
	for (let k = 1; k < path.length; k++) {
		const p = path[k - 1]!;
		const q = path[k]!;
		const n = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 2);
		for (let j = 0; j <= n; j++) {
			const x = p.x + ((q.x - p.x) * j) / n;
			const y = p.y + ((q.y - p.y) * j) / n;
			if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
		}
	}
	return false;
}

/** Importance of the n points of a series: the last, then the first, then the rest. */
export const endsFirst = (i: number, n: number) => (i === n - 1 ? 3 : i === 0 ? 2 : 1);

/**
 * End labels of lines moved apart: the centres `ys` (px) spread so no two are closer than
 * `h`, kept within [lo, hi], each moved as little as the others allow (same order as given).
 */
export function spreadY(ys: readonly number[], h: number, lo: number, hi: number): number[] {
	const order = ys.map((_, i) => i).sort((a, b) => ys[a]! - ys[b]!);
	const out = [...ys];
	let prev = lo + h / 2 - h;
	for (const i of order) prev = out[i] = Math.max(out[i]!, prev + h);
	let next = hi - h / 2 + h;
	for (const i of [...order].reverse()) next = out[i] = Math.min(out[i]!, next - h);
	return out;
}

/** The last value of a series that has one, with its index. */
export function lastValue(values: readonly (number | null)[]): { i: number; v: number } | null {
	for (let i = values.length - 1; i >= 0; i--) {
		const v = values[i];
		if (v !== null && v !== undefined) return { i, v };
	}
	return null;
}

/**
 * Each line's end label (on its last value) moved apart from the others: the index of the
 * labelled value and the vertical shift (px) that keeps `h` px between labels, for ECharts'
 * labelLayout { dy } with a leader line drawn where a label moved.
 */
export function endLabelShifts(
	series: readonly (readonly (number | null)[])[],
	yOf: (v: number) => number,
	h: number,
	lo: number,
	hi: number
): ({ i: number; dy: number } | null)[] {
	const ends = series.map(lastValue);
	const ys = ends.map((e) => (e ? yOf(e.v) : 0));
	const spread = spreadY(ys, h, lo, hi);
	return ends.map((e, k) => (e ? { i: e.i, dy: (spread[k] ?? 0) - (ys[k] ?? 0) } : null));
}
