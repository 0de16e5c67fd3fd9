/**
 * The SPBE predicate of an index (PermenPANRB 59/2020), for code without the published
 * tables at hand (the import check, the map). The bands come from data/spbe/predicates.csv
 * ($lib/methodology/spbe); other methodologies' bands are data too ($lib/methodology).
 */
import { SPBE_BANDS } from '../methodology/spbe';
import { bandOf, lowerBounds, nextBand } from '../methodology/bands';
import type { Predicate } from './names';

export * from './names';

/** Lower bound (inclusive, hundredths) of each SPBE predicate; Kurang has none. */
export const LOWER_BOUND_H: Record<Predicate, number | null> = lowerBounds(SPBE_BANDS);

/**
 * The SPBE predicate of an index given in `scale` units per point (100 = hundredths,
 * 1_000_000 = millionths). Integers only: no float noise.
 */
export function predicateOf(value: number, scale = 100): Predicate {
	return bandOf(SPBE_BANDS, value, scale);
}

/** The next SPBE predicate up and the hundredths still needed to reach it (null at the top). */
export function gapToNext(indexH: number): { next: Predicate; gapH: number } | null {
	const n = nextBand(SPBE_BANDS, indexH);
	return n && { next: n.next, gapH: n.gapH };
}
