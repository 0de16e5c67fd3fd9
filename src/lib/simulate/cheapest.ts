/**
 * The cheapest path to a target: the fewest level steps (one step raises one indicator by one
 * level; from a value between levels, the first step goes to the next whole level), and among
 * those the one that raises the index most. Exact: a grouped knapsack over the number of steps,
 *
 *   best[c] = the largest Σ weight × gain reachable with exactly c steps,
 *
 * built indicator by indicator (each takes 0…its steps to level 5), then the smallest c with
 * best[c] ≥ the target. Integers only (weights and values in hundredths), so no rounding can
 * decide a step. 47 indicators × at most 188 steps × 5 choices: well under a millisecond.
 */
import type { StructureItem } from '$lib/methodology';
import { bandOf, type Bands, type Exact } from '$lib/methodology';
import type { Predicate } from '$lib/scores/names';
import { indicatorsOf } from './recompute';

export interface PathStep {
	/** the indicator's number */
	no: number;
	/** its value before and after, in hundredths */
	fromH: number;
	toH: number;
	/** the level steps this change takes */
	steps: number;
}

export interface Path {
	steps: number;
	/** the indicators to raise, those that count most first */
	plan: PathStep[];
	/** Σ weight × value after the plan (index in hundredths × 10 000) */
	weighted: number;
}

/** The top level every methodology here scores to (5,00). */
const TOP_H = 500;

/** Level steps from `valueH` to the whole level `level` (1,26 → 2 is one step). */
const stepsTo = (valueH: number, level: number) => level - Math.floor(valueH / 100);

/**
 * The cheapest path from `valuesH` (hundredths, in indicatorsOf order) to Σ weight × value ≥
 * `minWeighted`; steps 0 when already there, null when even every indicator at 5 falls short.
 */
export function cheapestPath(
	items: readonly StructureItem[],
	valuesH: readonly number[],
	minWeighted: number
): Path | null {
	const indicators = indicatorsOf(items);
	let weighted = 0;
	indicators.forEach((ind, i) => (weighted += ind.weightH * (valuesH[i] ?? 0)));
	if (weighted >= minWeighted) return { steps: 0, plan: [], weighted };
	const need = minWeighted - weighted;

	// options per indicator: [steps, gain] for each whole level above its value
	const options = indicators.map((ind, i) => {
		const v = valuesH[i] ?? TOP_H;
		const out: [number, number][] = [];
		for (let level = Math.floor(v / 100) + 1; level * 100 <= TOP_H; level++)
			out.push([stepsTo(v, level), ind.weightH * (level * 100 - v)]);
		return out;
	});
	const maxSteps = options.reduce((s, o) => s + (o[o.length - 1]?.[0] ?? 0), 0);

	let best = new Float64Array(maxSteps + 1).fill(-Infinity);
	best[0] = 0;
	const choice: Uint8Array[] = [];
	let reach = 0;
	for (const opts of options) {
		const next = Float64Array.from(best);
		const chosen = new Uint8Array(maxSteps + 1);
		for (let c = 0; c <= reach; c++) {
			const base = best[c] ?? -Infinity;
			if (base === -Infinity) continue;
			for (const [s, gain] of opts) {
				const total = base + gain;
				if (total > (next[c + s] ?? -Infinity)) {
					next[c + s] = total;
					chosen[c + s] = s;
				}
			}
		}
		reach += opts[opts.length - 1]?.[0] ?? 0;
		choice.push(chosen);
		best = next;
	}

	let k = -1;
	for (let c = 1; c <= maxSteps; c++)
		if ((best[c] ?? -Infinity) >= need) {
			k = c;
			break;
		}
	if (k < 0) return null;

	const plan: PathStep[] = [];
	let c = k;
	for (let i = indicators.length - 1; i >= 0; i--) {
		const s = choice[i]?.[c] ?? 0;
		if (s === 0) continue;
		const ind = indicators[i];
		const v = valuesH[i] ?? 0;
		if (!ind) continue;
		plan.push({ no: ind.no, fromH: v, toH: (Math.floor(v / 100) + s) * 100, steps: s });
		c -= s;
	}
	const weightOf = new Map(indicators.map((i) => [i.no, i.weightH]));
	plan.sort((a, b) => (weightOf.get(b.no) ?? 0) - (weightOf.get(a.no) ?? 0) || a.no - b.no);
	return { steps: k, plan, weighted: weighted + (best[k] ?? 0) };
}

/** Σ weight × value at which the exact index reaches a band's lower bound (hundredths). */
export const bandTarget = (lowerH: number) => lowerH * 10_000;

/** Σ weight × value at which the index, rounded half up, is above a peer's `indexH`. */
export const passTarget = (indexH: number) => indexH * 10_000 + 5_000;

export interface PredicatePath {
	predicate: Predicate;
	lowerH: number;
	path: Path | null;
}

/** The cheapest path to the predicate above the exact `index` (null at the top band). */
export function pathToNextPredicate(
	items: readonly StructureItem[],
	bands: Bands,
	valuesH: readonly number[],
	index: Exact
): PredicatePath | null {
	const i = bands.findIndex((b) => b.predicate === bandOf(bands, index));
	const next = bands[i + 1];
	if (!next || next.lowerH === null) return null;
	return {
		predicate: next.predicate,
		lowerH: next.lowerH,
		path: cheapestPath(items, valuesH, bandTarget(next.lowerH))
	};
}
