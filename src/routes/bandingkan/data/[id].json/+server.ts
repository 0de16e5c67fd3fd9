import { error, json } from '@sveltejs/kit';
import { profileSet } from '$lib/server/profiles';
import { COMPARE_PEERS, type PublishedComparison } from '$lib/compare';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	(await profileSet()).directory.map((d) => ({ id: d.id }));

/**
 * One instansi's published results and nearest peers, cut from the build's run of the profile
 * SQL (the same rows the profile pages show): /bandingkan fetches one such file per region it
 * adds, so a comparison of published years never waits for DuckDB.
 */
export const GET: RequestHandler = async ({ params }) => {
	const set = await profileSet();
	if (!set.byId.has(params.id)) error(404, `unknown instansi ${params.id}`);
	const body: PublishedComparison = {
		rows: set.results.get(params.id) ?? [],
		peers: (set.peers.get(params.id) ?? []).slice(0, COMPARE_PEERS)
	};
	return json(body);
};
