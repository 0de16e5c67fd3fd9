/**
 * A year's table summed per predicate (the home page's and the national page's tables and
 * charts), apart from the chart options so a page's table does not load them.
 */
import type { YearSummaryRow } from '$lib/db/row-types';

const PREDICATE_FIELD = ['kurang', 'cukup', 'baik', 'sangat_baik', 'memuaskan'] as const;

export interface YearTotals {
	year: number;
	status: string;
	jumlah: number;
	/** per predicate, Kurang first */
	counts: number[];
	/** sum of the indices in hundredths (for the plain mean) */
	sumH: number;
}

/** The year's table summed over the kinds given (all by default). */
export function yearTotals(
	rows: readonly YearSummaryRow[],
	kinds?: readonly string[]
): YearTotals[] {
	const out = new Map<number, YearTotals>();
	for (const r of rows) {
		if (kinds && !kinds.includes(r.kind)) continue;
		const t = out.get(r.year) ?? {
			year: r.year,
			status: r.status,
			jumlah: 0,
			counts: [0, 0, 0, 0, 0],
			sumH: 0
		};
		t.jumlah += Number(r.jumlah);
		PREDICATE_FIELD.forEach((f, i) => (t.counts[i] = (t.counts[i] ?? 0) + Number(r[f])));
		t.sumH += Number(r.jumlah_indeks_h);
		out.set(r.year, t);
	}
	return [...out.values()].sort((a, b) => a.year - b.year);
}

/** The plain mean of a table in hundredths, half up from the exact sum / count. */
export const meanH = (t: Pick<YearTotals, 'jumlah' | 'sumH'>) =>
	t.jumlah === 0 ? null : Math.floor((t.sumH * 2 + t.jumlah) / (2 * t.jumlah));

/** Baik, Sangat Baik and Memuaskan together. */
export const baikPlus = (t: YearTotals) =>
	(t.counts[2] ?? 0) + (t.counts[3] ?? 0) + (t.counts[4] ?? 0);
