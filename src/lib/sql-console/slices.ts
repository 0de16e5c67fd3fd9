/**
 * The console draws a large answer in slices, one per task, so that no task lays out more than
 * a bounded amount of text: 1,000 rows of 2,000-character cells drawn at once took one 1.5 s
 * task. A slice ends at SLICE_ROWS rows or when its cells' text reaches SLICE_CHARS
 * characters, whichever comes first, and always holds at least one row. Pure: tested in node.
 */
import type { ShownCell } from '$lib/db/read-only';
import { afterPaint } from '$lib/ui/after-paint';

/** rows per slice at most (a row costs its layout however short its cells) */
export const SLICE_ROWS = 100;
/** characters of cell text per slice at most */
export const SLICE_CHARS = 40_000;

/** Characters a cell draws (numbers and true/false count as a short word). */
const cellChars = (c: ShownCell) => (typeof c.value === 'string' ? c.value.length : 8);

/**
 * Where the slice that starts at `from` ends (exclusive), drawing no further than `to`:
 * `from < to` gives at least `from + 1`.
 */
export function sliceEnd(
	rows: readonly (readonly ShownCell[])[],
	from: number,
	to: number,
	maxRows = SLICE_ROWS,
	maxChars = SLICE_CHARS
): number {
	const last = Math.min(to, rows.length, from + maxRows);
	let chars = 0;
	let end = from;
	while (end < last) {
		for (const c of rows[end] ?? []) chars += cellChars(c);
		end++;
		if (chars >= maxChars) break;
	}
	return end;
}

/**
 * Draws rows [0, to) in slices: `show(n)` is called with the rows to draw, first at once, then
 * once per task after the browser has painted the previous slice. Returns a stop function (a
 * new answer or a new sort stops the old drawing).
 */
export function drawInSlices(
	rows: readonly (readonly ShownCell[])[],
	to: number,
	show: (count: number) => void
): () => void {
	let end = sliceEnd(rows, 0, to);
	let cancel = () => {};
	const next = () => {
		if (end >= Math.min(to, rows.length)) return;
		cancel = afterPaint(() => {
			end = sliceEnd(rows, end, to);
			show(end);
			next();
		});
	};
	show(end);
	next();
	return () => cancel();
}
