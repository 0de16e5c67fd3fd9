/**
 * The five SPBE predicates (PermenPANRB 59/2020, Tabel 13), lowest first.
 * Bounds are in hundredths of an index point so that every comparison is exact.
 * `scripts/pipeline/predicates.test.ts` proves these equal data/spbe/predicates.csv.
 */
export const PREDICATES = ['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan'] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Lower bound (inclusive, hundredths) of each predicate; Kurang has none. */
export const LOWER_BOUND_H: Record<Predicate, number | null> = {
	Kurang: null,
	Cukup: 180,
	Baik: 260,
	'Sangat Baik': 350,
	Memuaskan: 420
};

/** ColorBrewer YlGnBu 5, light to dark for Kurang to Memuaskan (colour-blind safe). */
export const PREDICATE_COLOUR: Record<Predicate, string> = {
	Kurang: '#ffffcc',
	Cukup: '#a1dab4',
	Baik: '#41b6c4',
	'Sangat Baik': '#2c7fb8',
	Memuaskan: '#253494'
};

/** Text colour that keeps WCAG AA contrast on each predicate colour. */
export const PREDICATE_INK: Record<Predicate, string> = {
	Kurang: '#1a1a1a',
	Cukup: '#1a1a1a',
	Baik: '#1a1a1a',
	'Sangat Baik': '#000000',
	Memuaskan: '#ffffff'
};

export function isPredicate(s: string): s is Predicate {
	return (PREDICATES as readonly string[]).includes(s);
}

/**
 * The predicate of an index given in `scale` units per point (100 = hundredths,
 * 100000 = the unrounded recomputation in 1e-5). Integers only: no float noise.
 */
export function predicateOf(value: number, scale = 100): Predicate {
	let found: Predicate = 'Kurang';
	for (const p of PREDICATES) {
		const lower = LOWER_BOUND_H[p];
		if (lower !== null && value * 100 >= lower * scale) found = p;
	}
	return found;
}

/** The next predicate up and the hundredths still needed to reach it (null at the top). */
export function gapToNext(indexH: number): { next: Predicate; gapH: number } | null {
	const current = PREDICATES.indexOf(predicateOf(indexH));
	const next = PREDICATES[current + 1];
	if (!next) return null;
	return { next, gapH: (LOWER_BOUND_H[next] ?? 0) - indexH };
}
