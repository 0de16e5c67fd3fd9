/**
 * Indicator levels across the instansi of a group (the national page per indicator): the
 * counts at levels 1–5 of each indicator, their mean (exact, then half up) and median, summed
 * over the kinds a group holds. Pure.
 */
import type { IndicatorDistributionRow, Kelompok } from '$lib/db/queries';

export const KINDS_OF: Record<Kelompok, readonly string[]> = {
	semua: ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'],
	daerah: ['provinsi', 'kabupaten', 'kota'],
	provinsi: ['provinsi'],
	kabupaten: ['kabupaten'],
	kota: ['kota'],
	kementerian: ['kementerian'],
	lembaga: ['lembaga']
};

export interface IndicatorLevels {
	no: number;
	counts: number[];
	n: number;
	/** mean level in hundredths, half up from the exact sum / n */
	meanH: number;
	/** the lower median level (a level some instansi holds) */
	median: number;
	/** instansi at level 3 or more */
	atLeast3: number;
}

export function levelsOf(
	rows: readonly IndicatorDistributionRow[],
	kelompok: Kelompok
): IndicatorLevels[] {
	const kinds = KINDS_OF[kelompok];
	const byNo = new Map<number, number[]>();
	for (const r of rows) {
		if (!kinds.includes(r.kind)) continue;
		const counts = byNo.get(r.no) ?? [0, 0, 0, 0, 0];
		counts[r.level - 1] = (counts[r.level - 1] ?? 0) + Number(r.jumlah);
		byNo.set(r.no, counts);
	}
	return [...byNo]
		.sort((a, b) => a[0] - b[0])
		.map(([no, counts]) => {
			const n = counts.reduce((s, c) => s + c, 0);
			const sum = counts.reduce((s, c, i) => s + c * (i + 1), 0);
			let seen = 0;
			const middle = Math.floor((n - 1) / 2);
			const median = counts.findIndex((c) => (seen += c) > middle) + 1;
			return {
				no,
				counts,
				n,
				meanH: n === 0 ? 0 : Math.floor((sum * 200 + n) / (2 * n)),
				median,
				atLeast3: (counts[2] ?? 0) + (counts[3] ?? 0) + (counts[4] ?? 0)
			};
		});
}

/** The weakest indicator: lowest mean, then lowest number. */
export function weakest(levels: readonly IndicatorLevels[]): IndicatorLevels | undefined {
	return [...levels].sort((a, b) => a.meanH - b.meanH || a.no - b.no)[0];
}
