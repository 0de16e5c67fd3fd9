/**
 * The comparison's answers: each chosen instansi's results and nearest peers, from the same
 * profile SQL the profile pages are prerendered with (profile_results.sql, nearest_peers.sql).
 * The comparison's state (src/lib/compare/compare-data.svelte.ts) asks here.
 * - Published years only (no dataset imported in this browser): the build ran that SQL for
 *   every instansi and wrote one small file each (bandingkan/data/{id}.json); a region added
 *   fetches its file, and DuckDB never starts.
 * - With an imported dataset: DuckDB, where the imported rows live, runs the same SQL over
 *   published and imported rows together.
 */
import { base } from '$app/paths';
import { db, fixedQueries } from '$lib/db/index.svelte';
import type { NearestPeerRow, ProfileResultRow } from '$lib/db/row-types';
import { datasets } from '$lib/import/datasets.svelte';
import { COMPARE_PEERS, type PublishedComparison } from '$lib/compare';

export interface Compared {
	/** Indeks SPBE results (the comparison's axis) */
	results: ProfileResultRow[];
	peers: NearestPeerRow[];
	/** imported Indeks Pemdi results: another index, never on the SPBE axis (absent: none) */
	pemdi?: ProfileResultRow[];
}

/** Whether this browser holds imported datasets: then only the engine has every row. */
export async function holdsImports(): Promise<boolean> {
	return (await datasets.load().catch(() => [])).length > 0;
}

async function publishedFile(id: string): Promise<PublishedComparison> {
	const r = await fetch(`${base}/bandingkan/data/${encodeURIComponent(id)}.json`);
	if (!r.ok) throw new Error(`bandingkan/data/${id}.json: ${r.status}`);
	return (await r.json()) as PublishedComparison;
}

/**
 * Results and the nearest peers of `ids` (`'*'`: every instansi, from the engine only; with
 * published files there is nothing to prefetch, and it answers nothing).
 */
export async function comparedRows(
	ids: readonly string[] | '*',
	imported: boolean
): Promise<Compared> {
	const started = performance.now();
	if (!imported) {
		if (ids === '*') return { results: [], peers: [] };
		const files = await Promise.all(ids.map(publishedFile));
		performance.measure('tolok:compare-query', { start: started });
		return { results: files.flatMap((f) => f.rows), peers: files.flatMap((f) => f.peers) };
	}
	const [engine, queries] = await Promise.all([db.start(), fixedQueries()]);
	const [all, peers, pemdiIds] = await Promise.all([
		queries.profileResults(engine, ids),
		queries.nearestPeers(engine, ids, COMPARE_PEERS),
		import('./imported').then((x) => x.pemdiIds())
	]);
	performance.measure('tolok:compare-query', { start: started });
	const results = all.filter((r) => !pemdiIds.has(r.methodology));
	const pemdi = all.filter((r) => pemdiIds.has(r.methodology));
	return { results, peers, ...(pemdi.length > 0 ? { pemdi } : {}) };
}
