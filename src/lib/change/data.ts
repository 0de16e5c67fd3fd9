/**
 * The climbers view's data from change.sql's rows: pure, so the prerendered pages (load.ts)
 * and the pairs answered in the browser (ImportedChange.svelte) show the same things.
 */
import type { ChangePairRow, ChangeRow, Kelompok } from '$lib/db/queries';
import type { YearFact } from '$lib/db/types';

/** A pair of years with values on both sides, and whether the build prerenders its page. */
export type ChangePair = ChangePairRow & { prerendered?: boolean };

/** Everything the view shows, from change.sql's rows and the years' facts. */
export function changeData(
	kelompok: Kelompok,
	dari: number,
	ke: number,
	rows: ChangeRow[],
	allPairs: ChangePair[],
	years: readonly YearFact[],
	title: (sourceId: string) => string | undefined
) {
	const fact = (y: number) => years.find((f) => f.year === y);
	const official = (y: number) => fact(y)?.status === 'official';
	const ids = [...new Set(rows.flatMap((r) => [r.source_dari, r.source_ke]))].filter(
		(s): s is string => s !== null
	);
	return {
		kelompok,
		dari,
		ke,
		rows,
		compared: rows.filter((r) => r.selisih !== null),
		/** Entered and left are meaningful only between two complete official tables. */
		bothOfficial: official(dari) && official(ke) && !!fact(dari)?.complete && !!fact(ke)?.complete,
		/** a side whose table is incomplete (the 2022 secondary sheet) */
		incomplete: [fact(dari), fact(ke)].filter((f): f is YearFact => !!f && !f.complete),
		sources: ids.map((id) => title(id) ?? id).filter((t) => !t.startsWith('http')),
		pairs: allPairs.filter((p) => p.kelompok === kelompok),
		allPairs
	};
}

/** What a climbers-and-fallers view shows (ChangeView.svelte). */
export type ChangeData = ReturnType<typeof changeData>;
