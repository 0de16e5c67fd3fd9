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
