import type { NearestPeerRow, ProfileResultRow } from '$lib/data/rows';

/** The comparison's state as it lives in the address: `?kode=35.73,32.73` (at most 8). */
export const MAX_COMPARE = 8;
/** How many nearest peers of each chosen instansi are suggested. */
export const COMPARE_PEERS = 3;

/** One instansi's published rows for the comparison, as the build writes them (bandingkan/data). */
export interface PublishedComparison {
	rows: ProfileResultRow[];
	peers: NearestPeerRow[];
}

export interface CompareSelection {
	ids: string[];
	unknown: string[];
	duplicate: string[];
	tooMany: string[];
}

/** Splits `kode`, keeps known ids once and in order, and names what was dropped and why. */
export function parseKode(param: string | null, known: (id: string) => boolean): CompareSelection {
	const out: CompareSelection = { ids: [], unknown: [], duplicate: [], tooMany: [] };
	for (const raw of (param ?? '').split(',')) {
		const id = raw.trim();
		if (!id) continue;
		if (!known(id)) out.unknown.push(id);
		else if (out.ids.includes(id)) out.duplicate.push(id);
		else if (out.ids.length >= MAX_COMPARE) out.tooMany.push(id);
		else out.ids.push(id);
	}
	return out;
}
