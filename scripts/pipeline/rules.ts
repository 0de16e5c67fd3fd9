/**
 * The cross-checks that stop the build. Each is a pure function over integer
 * hundredths so that no floating-point noise can invent or hide a problem.
 */
import { PREDICATES, isPredicate } from '../../src/lib/scores/names';
import { bandOf, lowerBounds, type Bands, type Exact } from '../../src/lib/methodology/bands';
import { hundredthsToText } from '../../src/lib/scores/score';

import { DOMAINS, type Domain } from '../../src/lib/scores/domains';

export { DOMAINS, type Domain };
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
		`index ${hundredthsToText(indexH)} does not follow from its domains: ` +
		`${DOMAINS.map((d) => `${hundredthsToText(domains[d])}×${w[d] / 100}%`).join(' + ')} = ${fourDecimals(exact)} ` +
		`(off by ${fourDecimals(diff)}, more than ${hundredthsToText(INDEX_TOLERANCE_H)})`
	);
}

/**
 * A predicate must be the band (of its year's methodology) of its printed index. The one
 * exception the reports make: they assign predicates on the unrounded index, so an index
 * printed exactly on a band's lower edge may carry the band below when the unrounded index
 * (recomputed from the domains or the indicators) is under that edge.
 */
export function checkPredicate(
	bands: Bands,
	predicate: string,
	indexH: number,
	unrounded: Exact | null
): { error: string | null; boundary: boolean } {
	if (!isPredicate(predicate)) {
		return {
			error: `unknown predicate "${predicate}" (expected one of ${PREDICATES.join(', ')})`,
			boundary: false
		};
	}
	const band = bandOf(bands, indexH);
	if (band === predicate) return { error: null, boundary: false };
	const onEdge = lowerBounds(bands)[band] === indexH;
	if (onEdge && unrounded !== null && bandOf(bands, unrounded) === predicate) {
		return { error: null, boundary: true };
	}
	return {
		error:
			`predicate "${predicate}" disagrees with index ${hundredthsToText(indexH)}, which is in band "${band}"` +
			(unrounded === null ? '' : ` (unrounded ${exactFourDecimals(unrounded)})`),
		boundary: false
	};
}

/** An exact value as a four-decimal text, rounded half up. */
export function exactFourDecimals(v: Exact): string {
	return fourDecimals(Math.round((v.num * 1_000_000) / v.den));
}

/** Millionths as a four-decimal text, rounding half up in integers (no float half-down). */
export function fourDecimals(millionths: number): string {
	const tenThousandths = Math.round(millionths / 100);
	return (tenThousandths / 1e4).toFixed(4);
}
