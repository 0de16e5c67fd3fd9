/**
 * What a profile adds in the browser: the values of datasets imported in this browser.
 * Prerendered profiles know nothing of them. Each function reads the stored datasets'
 * metadata first and starts the engine (which re-inserts them) only if there are any.
 */
import { db, fixedQueries } from '$lib/db/index.svelte';
import type { ProfileResultRow } from '$lib/db/row-types';
import { datasets } from '$lib/import/datasets.svelte';
import type { ImportedResultRow } from '$lib/import/tables';
import { INDEKS_PEMDI } from '$lib/methodology/family';
import { pemdiIds } from './imported';

/**
 * The instansi's imported Indeks SPBE rows in `result` (years without official data), oldest
 * first, from the profile's own query (profile_results.sql): each carries its rank among that
 * year's imported rows. They join the profile's SPBE table and chart; Indeks Pemdi rows never
 * do (importedSeparateRows gives them).
 */
export async function importedProfileRows(id: string): Promise<ProfileResultRow[]> {
	const list = await datasets.load().catch(() => []);
	if (list.length === 0) return [];
	const [engine, queries] = await Promise.all([db.start(), fixedQueries()]);
	const pemdi = await pemdiIds();
	return (await queries.profileResults(engine, [id])).filter(
		(r) => r.status === 'imported' && !pemdi.has(r.methodology)
	);
}

/**
 * The instansi's imported values shown apart from its SPBE series: years that have official
 * data too, and every Indeks Pemdi year (another index, never on the SPBE axis).
 */
export async function importedSeparateRows(id: string): Promise<ImportedResultRow[]> {
	const list = await datasets.load().catch(() => []);
	if (list.length === 0) return [];
	// the imported-data SQL loads only when there are datasets (not in the first view)
	const { importedResults } = await import('$lib/import/tables');
	return (await importedResults(await db.start(), id)).filter(
		(r) => r.terpisah || r.indeks === INDEKS_PEMDI
	);
}
