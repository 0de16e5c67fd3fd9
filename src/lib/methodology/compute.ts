/**
 * The index from indicator levels, exactly. Every methodology here is a tree of weighted
 * items: SPBE (PermenPANRB 59/2020) 47 indicators → 8 aspects → 4 domains → index; the
 * Indeks Pemdi (PermenPANRB 8/2026) 20 indicators → 7 aspects → index. A node's value is the
 * weighted mean of the indicators under it:
 *
 *   node = Σ (indicator weight × indicator value) / Σ indicator weight   (its indicators)
 *   index = Σ (indicator weight × indicator value) / 100 %               (every indicator)
 *
 * which is the regulations' "aspect = Σ(w·v)/aspect weight; domain = aspects weighted by
 * their weights; index = domains (or aspects) weighted by theirs" whenever each node's weight
 * is the sum of its indicators' (the pipeline checks that). Weights are integer hundredths of
 * a percent (1.30 % → 130), values integer hundredths (level 3 → 300, a Pemdi 1,26 → 126), and
 * results exact fractions: no float noise decides a rounding or a band. Pure and browser-safe:
 * the pipeline's cross-check and the what-if simulator use the same function.
 */
import type { Exact } from './bands';

export type { Exact };

export type Level = 'domain' | 'aspect' | 'indicator';

/** One item of a methodology's structure. */
export interface StructureItem {
	level: Level;
	no: number;
	/** the parent's number (an indicator's aspect, an aspect's domain); null at the top */
	parentNo: number | null;
	/** hundredths of a percent of the whole index */
	weightH: number;
}

export interface Computed {
	/** by aspect number */
	aspects: Map<number, Exact>;
	/** by domain number (empty for a methodology without domains) */
	domains: Map<number, Exact>;
	index: Exact;
}

function gcd(a: number, b: number): number {
	a = Math.abs(a);
	b = Math.abs(b);
	while (b) [a, b] = [b, a % b];
	return a || 1;
}

/** num/den in lowest terms (den > 0). */
export function exact(num: number, den: number): Exact {
	if (den === 0) throw new Error('exact: zero denominator');
	const g = gcd(num, den) * Math.sign(den);
	return { num: num / g, den: den / g };
}

/** Half-up rounding to hundredths (3.2250 → 323), the way the published indices are rounded. */
export function toHundredths(v: Exact): number {
	// floor((num × 100 × 2 + den) / (2 × den)) for num ≥ 0; symmetric for negatives
	const sign = v.num < 0 ? -1 : 1;
	const n = Math.abs(v.num) * 200 + v.den;
	return sign * Math.floor(n / (2 * v.den));
}

/** a − b, exactly. */
export function minus(a: Exact, b: Exact): Exact {
	return exact(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** Compares two exact values: −1, 0 or 1. */
export function compareExact(a: Exact, b: Exact): number {
	return Math.sign(a.num * b.den - b.num * a.den);
}

/**
 * Whether a published value (hundredths, as printed) lies more than `toleranceH` hundredths
 * from an exact computed one: how the import and the build decide that an index or aspect does
 * not follow from its indicators (published values are rounded, so 0,01 apart is allowed).
 */
export function offBy(givenH: number, x: Exact, toleranceH = 1): boolean {
	const d = minus(exact(givenH, 100), x);
	return compareExact({ num: Math.abs(d.num), den: d.den }, exact(toleranceH, 100)) > 0;
}

/** The value as a number, for display only. */
export function toNumber(v: Exact): number {
	return v.num / v.den;
}

/**
 * Aspects, domains and the index of one set of indicator values (hundredths, by indicator
 * number). Throws when an indicator of the structure has no value: a partial set has no index.
 */
export function computeIndex(
	structure: readonly StructureItem[],
	valuesH: ReadonlyMap<number, number>
): Computed {
	const indicators = structure.filter((s) => s.level === 'indicator');
	const aspectOf = new Map(structure.filter((s) => s.level === 'aspect').map((a) => [a.no, a]));
	const sums = (key: (i: StructureItem) => number | null) => {
		const out = new Map<number, { wv: number; w: number }>();
		for (const i of indicators) {
			const k = key(i);
			if (k === null) continue;
			const v = valuesH.get(i.no);
			if (v === undefined) throw new Error(`indicator ${i.no} has no value`);
			const s = out.get(k) ?? { wv: 0, w: 0 };
			s.wv += i.weightH * v;
			s.w += i.weightH;
			out.set(k, s);
		}
		return out;
	};
	const toExact = (m: Map<number, { wv: number; w: number }>) =>
		new Map([...m].map(([k, s]) => [k, exact(s.wv, s.w * 100)]));
	const aspects = toExact(sums((i) => i.parentNo));
	const domains = toExact(sums((i) => aspectOf.get(i.parentNo ?? -1)?.parentNo ?? null));
	const all = sums(() => 0).get(0) ?? { wv: 0, w: 0 };
	const totalW = indicators.reduce((s, i) => s + i.weightH, 0);
	if (totalW !== 10_000)
		throw new Error(`indicator weights add up to ${totalW / 100} %, not 100 %`);
	return { aspects, domains, index: exact(all.wv, totalW * 100) };
}

/**
 * Index points gained if one indicator rose from `levelH` to 5: weight × (5 − level), in
 * ten-thousandths of a point (weight 2.75 % × 2 levels = 550 → 0.0550).
 */
export function gainToTop(weightH: number, levelH: number): number {
	return (weightH * (500 - levelH)) / 100;
}
