/**
 * Typing mistakes, counted the way readers make them: a letter missing, extra, wrong, or two
 * neighbours swapped ("bengklu", "bengkuluu", "bengkolu", "bnegkulu") each cost one edit
 * (optimal string alignment distance). Bounded: the search only asks "within one or two
 * edits?", so a row whose best value passes the bound stops early.
 */

/** Edits a word of this many letters may hold and still match: none below 5, 1 from 5, 2 from 9. */
export function allowedEdits(length: number): number {
	return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Three rows of the table, reused: a keystroke compares the query with thousands of words. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Fewest edits turning `a` into `b` (or, with `prefix`, into some beginning of `b`, for a word
 * still being typed), or `max + 1` when more than `max` are needed.
 */
export function boundedEdits(a: string, b: string, max: number, prefix = false): number {
	const over = max + 1;
	if (!prefix && Math.abs(a.length - b.length) > max) return over;
	if (prefix && a.length - max > b.length) return over;
	if (b.length + 1 > (rows[0] as Int32Array).length)
		rows = rows.map(() => new Int32Array(b.length + 1));
	// d[i][j] = edits between a[0..i) and b[0..j); three rows: i - 2, i - 1, i
	let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let best = i;
		const ai = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const bj = b.charCodeAt(j - 1);
			let d = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + (ai === bj ? 0 : 1)
			);
			if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
				d = Math.min(d, (before[j - 2] as number) + 1);
			current[j] = d;
			if (d < best) best = d;
		}
		if (best > max) return over;
		[before, previous, current] = [previous, current, before];
	}
	let last = previous[b.length] as number;
	if (prefix) for (let j = 0; j < b.length; j++) last = Math.min(last, previous[j] as number);
	return Math.min(last, over);
}
