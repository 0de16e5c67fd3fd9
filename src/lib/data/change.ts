/**
 * Climbers and fallers computed in the browser: pairs with a year only datasets imported in
 * this browser hold (e.g. /kenaikan/kota/2024-2025), or pairs the build does not prerender.
 * Such pages are not in the static build: the not-found fallback renders them in place
 * (ImportedChange.svelte), and the valid-pair lists add them.
 */
import { db, fixedQueries } from '$lib/db/index.svelte';
import type { ChangePairRow, ChangeRow, SourceRow } from '$lib/db/row-types';
import type { Kelompok } from '$lib/kelompok';
import { datasets } from '$lib/import/datasets.svelte';

/** The pairs of years with an imported side (change_pairs.sql's `impor`); none without datasets. */
export async function importedPairs(): Promise<ChangePairRow[]> {
	const list = await datasets.load().catch(() => []);
	if (list.length === 0) return [];
	const [engine, queries] = await Promise.all([db.start(), fixedQueries()]);
	return (await queries.changePairs(engine)).filter((p) => p.impor > 0);
}

export interface ComputedChange {
	/** every pair the engine can compute, imported ones included */
	pairs: ChangePairRow[];
	/** the pair's rows; null when the engine has no such pair */
	rows: ChangeRow[] | null;
	sources: SourceRow[];
}

/** The change of `kelompok` from `dari` to `ke` (change.sql), with every pair and source. */
export async function computedChange(
	kelompok: Kelompok,
	dari: number,
	ke: number
): Promise<ComputedChange> {
	const [engine, queries] = await Promise.all([db.start(), fixedQueries()]);
	const pairs = await queries.changePairs(engine);
	if (!pairs.some((p) => p.kelompok === kelompok && p.dari === dari && p.ke === ke))
		return { pairs, rows: null, sources: [] };
	const rows = await queries.change(engine, kelompok, dari, ke);
	return { pairs, rows, sources: await queries.sources(engine) };
}
