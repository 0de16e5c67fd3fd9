/**
 * A profile's rows from datasets imported in this browser. Prerendered profiles
 * know nothing of them: this reads the stored datasets' metadata and, only if there are any,
 * starts DuckDB (which re-inserts them) and runs the profile's own query, profile_results.sql,
 * whose imported rows carry their rank among that year's imported rows.
 */
import { db, queries } from '$lib/db/index.svelte';
import type { ProfileResultRow } from '$lib/db/queries';
import { datasets } from './datasets.svelte';

/** The instansi's imported rows in `result` (years without official data), oldest first. */
export async function importedProfileRows(id: string): Promise<ProfileResultRow[]> {
	const list = await datasets.load().catch(() => []);
	if (list.length === 0) return [];
	const engine = await db.start();
	return (await queries.profileResults(engine, [id])).filter((r) => r.status === 'imported');
}
