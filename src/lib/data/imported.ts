/**
 * Answers about datasets imported in this browser that belong to no published page: the
 * leadership indices (IDL, IDCD) ranked per group. The imported-data SQL loads with the
 * first question, never in a page's first view.
 */
import { db } from '$lib/db/index.svelte';
import type { LeadershipRankRow } from '$lib/import/tables';

export type { LeadershipRankRow };

/** The leadership ranking of one group (`daerah`: every region). */
export async function leadershipRanking(
	kelompok: 'provinsi' | 'kabupaten' | 'kota' | 'daerah'
): Promise<LeadershipRankRow[]> {
	const { leadershipRanking } = await import('$lib/import/tables');
	return leadershipRanking(await db.start(), kelompok);
}
