/**
 * The comparison's answers from the engine: each chosen instansi's results and nearest peers,
 * from the same profile SQL the profile pages are prerendered with (profile_results.sql,
 * nearest_peers.sql). The comparison's state (src/lib/compare/compare-data.svelte.ts) asks here.
 */
import { db, queries } from '$lib/db/index.svelte';
import type { NearestPeerRow, ProfileResultRow } from '$lib/db/queries';

export interface Compared {
	results: ProfileResultRow[];
	peers: NearestPeerRow[];
}

/** Results and the three nearest peers of `ids` (`'*'`: every instansi). */
export async function comparedRows(ids: readonly string[] | '*'): Promise<Compared> {
	const engine = await db.start();
	const started = performance.now();
	const [results, peers] = await Promise.all([
		queries.profileResults(engine, ids),
		queries.nearestPeers(engine, ids, 3)
	]);
	performance.measure('tolok:compare-query', { start: started });
	return { results, peers };
}
