/**
 * One scenario's figures: the aspects, domains and index of a set of indicator values under a
 * methodology, and the predicate from that methodology's own bands. Exact (computeIndex's
 * fractions); the index is also given in hundredths rounded half up, as the tables print it.
 */
import {
	bandOf,
	computeIndex,
	toHundredths,
	type Bands,
	type Exact,
	type StructureItem
} from '$lib/methodology';
import type { Predicate } from '$lib/scores/names';

export interface SimItem extends StructureItem {
	code: string | null;
	name: string;
}

/** A methodology as the simulator uses it: its structure with names, its bands. */
export interface SimMethod {
	/** 'spbe' (the methodology of the years with indicator levels) or 'pemdi' (the newest) */
	key: MethodKey;
	id: string;
	regulation: string;
	indexName: string;
	items: SimItem[];
	bands: Bands;
	/** each band as the regulation prints it, lowest first */
	printed: string[];
}

export type MethodKey = 'spbe' | 'pemdi';

export interface SimResult {
	index: Exact;
	/** the index rounded half up to hundredths (what a table would print) */
	indexH: number;
	predicate: Predicate;
	aspects: Map<number, Exact>;
	domains: Map<number, Exact>;
	/** Σ indicator weight × value (hundredths × hundredths): index in hundredths × 10 000 */
	weighted: number;
}

/** The indicators of a structure, by number: the order scenario values are kept in. */
export function indicatorsOf<T extends StructureItem>(items: readonly T[]): T[] {
	return items.filter((i) => i.level === 'indicator').sort((a, b) => a.no - b.no);
}

/** The figures of `valuesH` (hundredths, in indicatorsOf order) under a methodology. */
export function recompute(
	items: readonly StructureItem[],
	bands: Bands,
	valuesH: readonly number[]
): SimResult {
	const indicators = indicatorsOf(items);
	if (valuesH.length !== indicators.length)
		throw new Error(`${valuesH.length} values for ${indicators.length} indicators`);
	const values = new Map<number, number>();
	let weighted = 0;
	indicators.forEach((ind, i) => {
		const v = valuesH[i] ?? 0;
		values.set(ind.no, v);
		weighted += ind.weightH * v;
	});
	const c = computeIndex(items, values);
	return {
		index: c.index,
		indexH: toHundredths(c.index),
		predicate: bandOf(bands, c.index),
		aspects: c.aspects,
		domains: c.domains,
		weighted
	};
}

/** A value as a level reads: "3" for a whole level, "1,26" between levels (`score` formats). */
export const levelText = (valueH: number, score: (v: number) => string) =>
	valueH % 100 === 0 ? String(valueH / 100) : score(valueH / 100);
