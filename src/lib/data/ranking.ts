/**
 * Rankings the page does not hold: the home page's ranking of another group, from the file the
 * build wrote for it (no engine), and a ranking of a year only imported datasets hold (the
 * engine). A ranking page's filters never come here: they apply to the prerendered rows
 * (`$lib/ranking/filters`).
 */
import { db, fixedQueries } from '$lib/db/index.svelte';
import type { Kategori, Kelompok } from '$lib/kelompok';
import type { AwardCategoryRow, RankingRow } from '$lib/db/row-types';
import { base } from '$app/paths';
import type { RankingItem } from '$lib/ranking/slim';
import { unpack, type Packed } from '$lib/columns';
import { fetchedOnce } from './published';

/**
 * A ranking as the build wrote it (peringkat/{kategori}/{kelompok}/{tahun}.json: the same SQL
 * and rows as its page), fetched once per visit.
 */
export function publishedRanking(
	kategori: Kategori,
	kelompok: Kelompok,
	year: number
): Promise<RankingItem[]> {
	return fetchedOnce(`${base}/peringkat/${kategori}/${kelompok}/${year}.json`, (json) =>
		unpack(json as Packed<RankingItem>)
	);
}

/** The index ranking of `kelompok` in `year`, a published year, as its permalink shows it. */
export function rankGroup(year: number, kelompok: Kelompok): Promise<RankingItem[]> {
	return publishedRanking('indeks', kelompok, year);
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
	const [engine, queries] = await Promise.all([db.start(), fixedQueries()]);
	const rule = (await queries.awardCategories(engine)).find((r) => r.slug === kategori);
	return { rule, rows: await queries.ranking(engine, tahun, kelompok, kategori) };
}
