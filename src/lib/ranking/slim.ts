import type { RankingRow } from '$lib/db/row-types';

/** What a ranking table shows: kept small because it is inlined in the prerendered page. */
export interface RankingItem {
	peringkat: number | null;
	seri: boolean;
	id: string;
	kind: string;
	name: string;
	provinsi: string | null;
	nilai: number | null;
	index: number;
	predicate: string;
	source: string | null;
}

export function slim(rows: RankingRow[]): RankingItem[] {
	return rows.map((r) => ({
		peringkat: r.peringkat,
		seri: r.seri,
		id: r.id,
		kind: r.kind,
		name: r.name,
		provinsi: r.provinsi_nama,
		nilai: r.nilai,
		index: r.index,
		predicate: r.predicate,
		source: r.source_table ? `${r.source_table}${r.source_row ? ` No ${r.source_row}` : ''}` : null
	}));
}

/**
 * The earlier value of a ranked change: the row's own where it carries one (exact), else
 * the index less the change.
 */
export function previousIndex(r: RankingItem): number {
	const own = (r as RankingItem & { prev_index?: unknown }).prev_index;
	return typeof own === 'number' ? own : r.index - (r.nilai ?? 0);
}

/** The year a ranked change runs from, where the row carries it. */
export function previousYear(r: RankingItem): number | null {
	const own = (r as RankingItem & { prev_year?: unknown }).prev_year;
	return typeof own === 'number' ? own : null;
}
