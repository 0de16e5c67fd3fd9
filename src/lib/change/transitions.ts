import { PREDICATES, type Predicate } from '$lib/scores';

export interface TransitionInput {
	predikat_dari: string | null;
	predikat_ke: string | null;
}

/** Counts of instansi moving from each predicate (rows) to each predicate (columns). */
export function transitionMatrix(
	rows: readonly TransitionInput[]
): Record<Predicate, Record<Predicate, number>> {
	const m = Object.fromEntries(
		PREDICATES.map((a) => [a, Object.fromEntries(PREDICATES.map((b) => [b, 0]))])
	) as Record<Predicate, Record<Predicate, number>>;
	for (const r of rows) {
		const a = r.predikat_dari as Predicate | null;
		const b = r.predikat_ke as Predicate | null;
		if (a && b && a in m && b in m[a]) m[a][b] += 1;
	}
	return m;
}

/** Up, same or down a band: compares predicate order, not values. */
export function direction(
	from: string | null,
	to: string | null
): 'naik' | 'tetap' | 'turun' | null {
	const a = PREDICATES.indexOf(from as Predicate);
	const b = PREDICATES.indexOf(to as Predicate);
	if (a < 0 || b < 0) return null;
	return b > a ? 'naik' : b < a ? 'turun' : 'tetap';
}

/** "2023-2024" → [2023, 2024] when dari < ke, else null. */
export function parsePair(text: string): [number, number] | null {
	const m = /^(\d{4})-(\d{4})$/.exec(text);
	if (!m) return null;
	const dari = Number(m[1]);
	const ke = Number(m[2]);
	return dari < ke ? [dari, ke] : null;
}
