/**
 * The indicator-level view of a profile: for the latest year with indicator levels (2022,
 * else 2021), the 8 aspects and 47 indicators with the instansi's level beside its peers'
 * median and best, the change since the previous year with levels, and where improvement
 * counts most (weight × (5 − level), exact). Pure: the rows and the methodology in, the view
 * out; aspects come from computeIndex, so they are the exact values the index is made of.
 */
import type { ProfileIndicatorRow } from '$lib/db/row-types';
import {
	compareExact,
	computeIndex,
	gainToTop,
	toHundredths,
	type Exact,
	type StructureItem
} from '$lib/methodology/compute';

/** One indicator level of the instansi against its peers (profile_indicators.sql). */
export type LevelRow = Omit<ProfileIndicatorRow, 'id' | 'methodology'>;

export interface NamedItem extends StructureItem {
	name: string;
}

export interface IndicatorLine {
	no: number;
	aspect: number;
	level: number;
	median: number;
	best: number;
	/** the level in the previous year with levels, if any */
	prev: number | null;
	/** index points gained at level 5, in ten-thousandths (2.75 % × 2 levels = 550) */
	gain: number;
}

export interface AspectLine {
	no: number;
	weightH: number;
	/** the aspect's value in hundredths (half up from the exact value) */
	valueH: number;
	prevH: number | null;
	/** the peers' median aspect value in hundredths, when known */
	medianH: number | null;
}

export interface IndicatorView {
	year: number;
	prevYear: number | null;
	peers: number;
	aspects: AspectLine[];
	indicators: IndicatorLine[];
}

const levelsOf = (rows: readonly LevelRow[]) =>
	new Map(rows.map((r) => [r.no, Math.round(r.level * 100)]));

/**
 * The view for the latest year of `rows` (one instansi's profile_indicators rows), or null
 * without levels. `aspectMedian(no)` gives the peers' median of an aspect that year.
 */
export function indicatorView(
	rows: readonly LevelRow[],
	structure: readonly NamedItem[],
	aspectMedian: (year: number, aspect: number) => Exact | null = () => null
): IndicatorView | null {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const year = years[years.length - 1];
	if (year === undefined) return null;
	const current = rows.filter((r) => r.year === year);
	const prevYear = current.find((r) => r.tahun_sebelumnya !== null)?.tahun_sebelumnya ?? null;
	const previous = rows.filter((r) => r.year === prevYear);
	const aspectOf = new Map(
		structure.filter((s) => s.level === 'indicator').map((s) => [s.no, s.parentNo ?? 0])
	);
	const weightOf = new Map(
		structure.filter((s) => s.level === 'indicator').map((s) => [s.no, s.weightH])
	);

	const now = computeIndex(structure, levelsOf(current));
	const before = previous.length > 0 ? computeIndex(structure, levelsOf(previous)) : null;
	const aspects = structure
		.filter((s) => s.level === 'aspect')
		.sort((a, b) => a.no - b.no)
		.map((a) => {
			const value = now.aspects.get(a.no);
			const prev = before?.aspects.get(a.no);
			const median = aspectMedian(year, a.no);
			return {
				no: a.no,
				weightH: a.weightH,
				valueH: value ? toHundredths(value) : 0,
				prevH: prev ? toHundredths(prev) : null,
				medianH: median ? toHundredths(median) : null
			};
		});
	const indicators = current
		.map((r) => ({
			no: r.no,
			aspect: aspectOf.get(r.no) ?? 0,
			level: r.level,
			median: r.median,
			best: r.terbaik,
			prev: r.sebelumnya,
			gain: gainToTop(weightOf.get(r.no) ?? 0, Math.round(r.level * 100))
		}))
		.sort((a, b) => a.no - b.no);
	return { year, prevYear, peers: current[0]?.dari ?? 0, aspects, indicators };
}

/** Indicators by where improvement counts most: gain first, then the lower level, then number. */
export function byGain(lines: readonly IndicatorLine[]): IndicatorLine[] {
	return [...lines]
		.filter((l) => l.gain > 0)
		.sort((a, b) => b.gain - a.gain || a.level - b.level || a.no - b.no);
}

/**
 * The lower median of exact values (as DuckDB's quantile_disc(x, 0.5) takes it: the value at
 * position ⌊(n − 1) / 2⌋ of the sorted list), so a median is always a value some peer holds.
 */
export function lowerMedian(values: readonly Exact[]): Exact | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort(compareExact);
	return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}
