/**
 * Which climbers pages the build prerenders: per group, each pair of consecutive years with
 * values, and the first year to the latest table year and to the last year. Every other pair
 * with values on both sides is answered in the browser at the same address (the not-found
 * fallback runs change.sql in DuckDB), so the build stays fast while any pair can be opened.
 */
export interface Pair {
	kelompok: string;
	dari: number;
	ke: number;
}

export const pairKey = (p: Pair) => `${p.kelompok}/${p.dari}-${p.ke}`;

export function prerenderedPairs<P extends Pair>(
	pairs: readonly P[],
	tableYears: readonly number[]
): P[] {
	const out: P[] = [];
	for (const kelompok of new Set(pairs.map((p) => p.kelompok))) {
		const own = pairs.filter((p) => p.kelompok === kelompok);
		const years = [...new Set(own.flatMap((p) => [p.dari, p.ke]))].sort((a, b) => a - b);
		const first = years[0];
		const last = years[years.length - 1];
		const latestTable = [...tableYears].filter((y) => years.includes(y)).pop();
		const wanted = (p: P) =>
			years.indexOf(p.ke) === years.indexOf(p.dari) + 1 ||
			(p.dari === first && (p.ke === last || p.ke === latestTable));
		out.push(...own.filter(wanted).sort((a, b) => a.dari - b.dari || a.ke - b.ke));
	}
	return out;
}
