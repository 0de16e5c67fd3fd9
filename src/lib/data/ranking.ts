/**
 * Rankings the browser computes: the home page's ranking of another group (the prerendered
 * one is in the page), and a ranking of a year only imported datasets hold. A ranking page's
 * filters never come here: they apply to the prerendered rows (`$lib/ranking/filters`).
 */
import { db, queries } from '$lib/db/index.svelte';
import type { Kategori, Kelompok } from '$lib/kelompok';
import type { AwardCategoryRow, RankingRow } from '$lib/db/queries';

/** The index ranking of `kelompok` in `year` (starts the engine). */
export async function rankGroup(year: number, kelompok: Kelompok): Promise<RankingRow[]> {
	return queries.ranking(await db.start(), year, kelompok, 'indeks');
}

/**
 * Once the engine is up, asks for every other group's ranking in idle time (the answers are
 * remembered), so the reader's next change of group needs no round trip to the worker.
 */
let warmed = false;
export function warmGroups(year: number, groups: readonly Kelompok[]): void {
	if (warmed) return;
	warmed = true;
	const rest = [...groups];
	const idle = (f: () => void) =>
		'requestIdleCallback' in window ? requestIdleCallback(f) : setTimeout(f, 50);
	const next = () => {
		const k = rest.shift();
		if (k) idle(() => rankGroup(year, k).then(next, () => {}));
	};
	next();
}

export interface ImportedRankingAnswer {
	/** the category's rule (measure, names), if the data knows it */
	rule: AwardCategoryRow | undefined;
	rows: RankingRow[];
}

/** A category's ranking in a year imported datasets hold (their rows are in `result`). */
export async function importedRanking(
	tahun: number,
	kelompok: Kelompok,
	kategori: Kategori
): Promise<ImportedRankingAnswer> {
	const engine = await db.start();
	const rule = (await queries.awardCategories(engine)).find((r) => r.slug === kategori);
	return { rule, rows: await queries.ranking(engine, tahun, kelompok, kategori) };
}
