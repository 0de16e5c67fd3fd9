/**
 * The numbers a ranking's charts show, apart from the chart options so a ranking page's
 * table does not load them: how many bars, and the counts per bin of the distribution.
 */

export const BAR_LIMIT = 20;

export interface Bin {
	/** lower edge, hundredths (inclusive) */
	from: number;
	/** upper edge, hundredths (exclusive) */
	to: number;
	count: number;
}

/**
 * Counts per bin of `width` hundredths, on integer hundredths so a value on an edge
 * (3.50) always falls in the bin that starts there.
 */
export function histogram(values: number[], width: number): Bin[] {
	const hs = values.map((v) => Math.round(v * 100));
	if (hs.length === 0) return [];
	const lo = Math.floor(Math.min(...hs) / width) * width;
	const hi = Math.floor(Math.max(...hs) / width) * width;
	const bins: Bin[] = [];
	for (let from = lo; from <= hi; from += width) bins.push({ from, to: from + width, count: 0 });
	for (const h of hs) {
		const bin = bins[Math.floor((h - lo) / width)];
		if (bin) bin.count++;
	}
	return bins;
}
