import { DOMAINS, isDomain } from '$lib/scores/domains';

/** Findings stated by the national page's chart titles, computed from the series. */
export interface SeriesPoint {
	year: number;
	measure: string;
	value: number;
}

/** The domain that is highest (and lowest) in every year it is printed, if one is. */
export function domainExtremes(rows: readonly SeriesPoint[]): {
	high: string | null;
	low: string | null;
} {
	const years = [...new Set(rows.map((r) => r.year))];
	const highs = new Set<string>();
	const lows = new Set<string>();
	for (const y of years) {
		const pts = rows.filter((r) => r.year === y && isDomain(r.measure));
		if (pts.length === 0) continue;
		const max = Math.max(...pts.map((p) => p.value));
		const min = Math.min(...pts.map((p) => p.value));
		pts.filter((p) => p.value === max).forEach((p) => highs.add(p.measure));
		// a domain missing in a year cannot be that year's lowest: compare only full years
		if (pts.length === DOMAINS.length)
			pts.filter((p) => p.value === min).forEach((p) => lows.add(p.measure));
	}
	return {
		high: highs.size === 1 ? ([...highs][0] ?? null) : null,
		low: lows.size === 1 ? ([...lows][0] ?? null) : null
	};
}
