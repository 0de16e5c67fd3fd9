/**
 * Climbers and fallers with a year from datasets imported in this browser. Such
 * pairs (e.g. /kenaikan/kota/2024-2025) are not in the static build: the not-found fallback
 * renders them in place (ImportedChange.svelte), and the valid-pair lists add them. DuckDB
 * starts only if some dataset is stored.
 */
import { db, queries } from '$lib/db/index.svelte';
import type { ChangePairRow } from '$lib/db/queries';
import { datasets } from './datasets.svelte';

/** The pairs of years with an imported side (change_pairs.sql's `impor`), or none. */
export async function importedPairs(): Promise<ChangePairRow[]> {
	const list = await datasets.load().catch(() => []);
	if (list.length === 0) return [];
	const engine = await db.start();
	return (await queries.changePairs(engine)).filter((p) => p.impor > 0);
}
