/**
 * Predicate bands as data: each methodology (PermenPANRB 5/2018, 59/2020, 8/2026) has its
 * own table of five bands, read from its CSV by the pipeline into the `predicate_band`
 * table. Pure and exact: bounds are integer hundredths, comparisons are integer
 * cross-multiplications, so 3.4986 is never rounded into Sangat Baik.
 */
import { PREDICATES, isPredicate, type Predicate } from '../scores/names';
import { parseHundredths } from '../scores/score';

export interface Band {
	predicate: Predicate;
	/** inclusive lower bound in hundredths; null: open below (SPBE's Kurang) */
	lowerH: number | null;
	/** exclusive upper bound in hundredths (inclusive for the top band); null: open above */
	upperH: number | null;
}

/** Bands lowest first. */
export type Bands = readonly Band[];

/** A value as an exact fraction of index points: num / den (den > 0). */
export interface Exact {
	num: number;
	den: number;
}

/** `value` in `scale` units per point (100: hundredths) as an exact fraction. */
const exactOf = (value: number | Exact, scale: number): Exact =>
	typeof value === 'number' ? { num: value, den: scale } : value;

/** value ≥ boundH / 100, exactly. */
const atLeast = (v: Exact, boundH: number): boolean => v.num * 100 >= boundH * v.den;

/**
 * The predicate of a value: hundredths by default (382), any other integer scale
 * (1_000_000 for millionths), or an exact fraction from the index computation.
 */
export function bandOf(bands: Bands, value: number | Exact, scale = 100): Predicate {
	const v = exactOf(value, scale);
	let found: Predicate = bands[0]?.predicate ?? 'Kurang';
	for (const b of bands) if (b.lowerH === null || atLeast(v, b.lowerH)) found = b.predicate;
	return found;
}

/** The next predicate up, its lower bound and the hundredths still needed (null at the top). */
export function nextBand(
	bands: Bands,
	valueH: number
): { next: Predicate; lowerH: number; gapH: number } | null {
	const i = bands.findIndex((b) => b.predicate === bandOf(bands, valueH));
	const next = bands[i + 1];
	if (!next || next.lowerH === null) return null;
	return { next: next.predicate, lowerH: next.lowerH, gapH: next.lowerH - valueH };
}

/** Lower bound of each predicate in hundredths (null where the band is open below). */
export function lowerBounds(bands: Bands): Record<Predicate, number | null> {
	const out = {} as Record<Predicate, number | null>;
	for (const p of PREDICATES) out[p] = bands.find((b) => b.predicate === p)?.lowerH ?? null;
	return out;
}

/** The band edges as numbers (1.8, 2.6, …), for band lines on charts. */
export function bandEdges(bands: Bands): { predicate: Predicate; lower: number }[] {
	return bands.flatMap((b) =>
		b.lowerH === null ? [] : [{ predicate: b.predicate, lower: b.lowerH / 100 }]
	);
}

/** One row of a bands CSV: the columns both band files share, whatever they are called. */
export interface BandRow {
	predicate: string;
	lower: string;
	upper: string;
	lower_inclusive?: string;
	upper_inclusive?: string;
}

/**
 * Bands from the rows of a band file (data/spbe/predicates.csv names its bounds
 * lower_bound/upper_bound; the Pemdi file lower/upper), checked: the five predicates once
 * each, bounds with at most two decimals, contiguous (each band starts where the one below
 * ends), lower bounds inclusive, upper bounds exclusive except the top band's. Returns the
 * bands lowest first, or the problems found.
 */
export function bandsFromRows(rows: readonly BandRow[]): { bands: Band[]; problems: string[] } {
	const problems: string[] = [];
	const bands: Band[] = [];
	for (const [i, r] of rows.entries()) {
		const where = `row ${i + 1} (${r.predicate})`;
		if (!isPredicate(r.predicate)) {
			problems.push(`${where}: unknown predicate (expected one of ${PREDICATES.join(', ')})`);
			continue;
		}
		const bound = (text: string, field: string): number | null => {
			if (text.trim() === '') return null;
			const h = parseHundredths(text);
			if (h === null || h < 0 || h > 500)
				problems.push(`${where}: ${field} "${text}" is not a score 0–5`);
			return h;
		};
		if (r.lower_inclusive !== undefined && r.lower.trim() !== '' && r.lower_inclusive !== 'yes')
			problems.push(`${where}: a lower bound must be inclusive`);
		bands.push({
			predicate: r.predicate,
			lowerH: bound(r.lower, 'lower'),
			upperH: bound(r.upper, 'upper')
		});
	}
	bands.sort((a, b) => PREDICATES.indexOf(a.predicate) - PREDICATES.indexOf(b.predicate));
	const names = bands.map((b) => b.predicate);
	if (names.join('|') !== PREDICATES.join('|'))
		problems.push(
			`the bands must name each of ${PREDICATES.join(', ')} once (found ${names.join(', ')})`
		);
	bands.forEach((b, i) => {
		const next = bands[i + 1];
		if (next && b.upperH !== next.lowerH)
			problems.push(
				`${b.predicate} ends at ${b.upperH} but ${next.predicate} starts at ${next.lowerH}`
			);
		if (i > 0 && b.lowerH === null)
			problems.push(`${b.predicate}: only the lowest band may be open below`);
	});
	const top = rows.find((r) => r.predicate === PREDICATES[PREDICATES.length - 1]);
	if (top?.upper_inclusive !== undefined && top.upper_inclusive !== 'yes')
		problems.push('the top band must include its upper bound');
	return { bands, problems };
}

/**
 * The bands of data/spbe/predicates.csv's text (`file` names it in the error). Only the five
 * columns bandsFromRows reads (predicate, bounds, inclusiveness) matter: plain fields with no
 * quotes or commas, split without a CSV library. Throws on a file that breaks a band rule.
 */
export function bandsFromCsv(csv: string, file: string): Bands {
	const [header = '', ...lines] = csv.trim().split(/\r?\n/);
	const columns = header.split(',');
	const col = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
	const { bands, problems } = bandsFromRows(
		lines.map((line) => {
			const cells = line.split(',');
			return {
				predicate: col(cells, 'predicate'),
				lower: col(cells, 'lower_bound'),
				upper: col(cells, 'upper_bound'),
				lower_inclusive: col(cells, 'lower_inclusive'),
				upper_inclusive: col(cells, 'upper_inclusive')
			};
		})
	);
	if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
	return bands;
}
