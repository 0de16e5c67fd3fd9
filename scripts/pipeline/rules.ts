/**
 * The cross-checks that stop the build. Each is a pure function over integer
 * hundredths so that no floating-point noise can invent or hide a problem.
 */
import { LOWER_BOUND_H, PREDICATES, isPredicate, predicateOf } from '../../src/lib/scores';
import type { Predicate } from '../../src/lib/scores';

export const DOMAINS = ['kebijakan', 'tata_kelola', 'manajemen', 'layanan'] as const;
export type Domain = (typeof DOMAINS)[number];
export type DomainWeights = Record<Domain, number>; // hundredths of a percent, summing to 10000

/** Tolerance between a printed index and the weighted sum of its printed domains. */
export const INDEX_TOLERANCE_H = 1; // 0.01: two roundings of at most 0.005 each

/** The unrounded index in millionths (Σ domain_h × weight_hundredths_of_percent). */
export function recomputeIndex(domains: Record<Domain, number>, w: DomainWeights): number {
	return DOMAINS.reduce((sum, d) => sum + domains[d] * w[d], 0);
}

export function checkIndexFromDomains(
	domains: Record<Domain, number>,
	indexH: number,
	w: DomainWeights
): string | null {
	const exact = recomputeIndex(domains, w); // millionths
	const diff = Math.abs(exact - indexH * 10_000);
	if (diff <= INDEX_TOLERANCE_H * 10_000) return null;
	return (
		`index ${fmt(indexH)} does not follow from its domains: ` +
		`${DOMAINS.map((d) => `${fmt(domains[d])}×${w[d] / 100}%`).join(' + ')} = ${fourDecimals(exact)} ` +
		`(off by ${fourDecimals(diff)}, more than ${fmt(INDEX_TOLERANCE_H)})`
	);
}

/**
 * A predicate must be the band of its printed index. The one exception the reports
 * make: they assign predicates on the unrounded index, so an index printed exactly
 * on a band's lower edge may carry the band below when the unrounded index
 * (recomputed from the domains) is under that edge.
 */
export function checkPredicate(
	predicate: string,
	indexH: number,
	unroundedMillionths: number | null
): { error: string | null; boundary: boolean } {
	if (!isPredicate(predicate)) {
		return {
			error: `unknown predicate "${predicate}" (expected one of ${PREDICATES.join(', ')})`,
			boundary: false
		};
	}
	const band = predicateOf(indexH);
	if (band === predicate) return { error: null, boundary: false };
	const onEdge = LOWER_BOUND_H[band] === indexH;
	if (
		onEdge &&
		unroundedMillionths !== null &&
		predicateOf(unroundedMillionths, 1_000_000) === predicate
	) {
		return { error: null, boundary: true };
	}
	return {
		error:
			`predicate "${predicate}" disagrees with index ${fmt(indexH)}, which is in band "${band}"` +
			(unroundedMillionths === null ? '' : ` (unrounded ${fourDecimals(unroundedMillionths)})`),
		boundary: false
	};
}

export function bandOf(indexH: number): Predicate {
	return predicateOf(indexH);
}

/** Millionths as a four-decimal text, rounding half up in integers (no float half-down). */
export function fourDecimals(millionths: number): string {
	const tenThousandths = Math.round(millionths / 100);
	return (tenThousandths / 1e4).toFixed(4);
}

function fmt(h: number): string {
	return (h / 100).toFixed(2);
}
