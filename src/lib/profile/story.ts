/**
 * The plain-language summary of one instansi's years: first and latest value, the largest
 * rise, the best rank and the change in rank since the previous table. Pure and exact: values
 * are compared in integer hundredths, and an Indeks SPBE is never set against an Indeks Pemdi.
 */

export interface StoryRow {
	year: number;
	index: number;
	status: string;
	methodology?: string;
	peringkat_nasional: number | null;
	dari_nasional: number | null;
	seri_nasional: boolean | null;
}

export interface StoryPoint {
	year: number;
	/** hundredths */
	h: number;
	status: string;
}

export interface Story {
	first: StoryPoint;
	latest: StoryPoint;
	/** the largest rise between two consecutive known values; null if it never rose */
	rise: { from: StoryPoint; to: StoryPoint; deltaH: number; crossesMethod: boolean } | null;
	best: { rank: number; total: number; tie: boolean; year: number } | null;
	/** the latest ranked table against the ranked table before it */
	move: {
		prevYear: number;
		year: number;
		from: number;
		to: number;
		fromTie: boolean;
		toTie: boolean;
	} | null;
}

/** Strongest first: the value a year is told with when it has several. */
const STRENGTH = ['official', 'secondary', 'imported', 'compiled', 'reported'];
const strength = (s: string) => {
	const i = STRENGTH.indexOf(s);
	return i < 0 ? STRENGTH.length : i;
};

/** Pemdi and SPBE values are two indices: a rise is only taken within one of them. */
const indexOf = (m: string | undefined) => (m?.startsWith('pemdi') ? 'pemdi' : 'spbe');

export function profileStory(rows: readonly StoryRow[]): Story | null {
	const byYear = new Map<number, StoryRow>();
	for (const r of rows) {
		const have = byYear.get(r.year);
		if (!have || strength(r.status) < strength(have.status)) byYear.set(r.year, r);
	}
	const series = [...byYear.values()].sort((a, b) => a.year - b.year);
	const [head] = series;
	const tail = series[series.length - 1];
	if (!head || !tail) return null;
	const point = (r: StoryRow): StoryPoint => ({
		year: r.year,
		h: Math.round(r.index * 100),
		status: r.status
	});

	let rise: Story['rise'] = null;
	for (let i = 1; i < series.length; i++) {
		const a = series[i - 1];
		const b = series[i];
		if (!a || !b || indexOf(a.methodology) !== indexOf(b.methodology)) continue;
		const deltaH = point(b).h - point(a).h;
		if (deltaH > 0 && (rise === null || deltaH > rise.deltaH))
			rise = {
				from: point(a),
				to: point(b),
				deltaH,
				crossesMethod: (a.methodology ?? '') !== (b.methodology ?? '')
			};
	}

	const ranked = series.filter(
		(r) => r.peringkat_nasional !== null && r.dari_nasional !== null
	) as (StoryRow & { peringkat_nasional: number; dari_nasional: number })[];
	let best: Story['best'] = null;
	for (const r of ranked)
		if (best === null || r.peringkat_nasional <= best.rank)
			best = {
				rank: r.peringkat_nasional,
				total: r.dari_nasional,
				tie: r.seri_nasional ?? false,
				year: r.year
			};

	const last = ranked[ranked.length - 1];
	const before = ranked[ranked.length - 2];
	const move =
		last && before
			? {
					prevYear: before.year,
					year: last.year,
					from: before.peringkat_nasional,
					to: last.peringkat_nasional,
					fromTie: before.seri_nasional ?? false,
					toTie: last.seri_nasional ?? false
				}
			: null;
	return { first: point(head), latest: point(tail), rise, best, move };
}
