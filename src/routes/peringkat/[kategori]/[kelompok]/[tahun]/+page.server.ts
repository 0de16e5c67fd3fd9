import { error } from '@sveltejs/kit';
import { manifest, published } from '$lib/server/published';
import type { Kelompok } from '$lib/kelompok';
import { queries } from '$lib/server/published';
import { pack } from '$lib/columns';
import { categoryEntries, categoryRanking, sourceTitles } from '$lib/ranking/category.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = categoryEntries;

export const load: PageServerLoad = async ({ params }) => {
	const ranking = await categoryRanking(params);
	if (!ranking) error(404, 'no such ranking');
	const rules = await queries.awardCategories(await published());
	const { items, rule } = ranking;
	return {
		...ranking,
		// as columns, a third of the bytes; +page.ts gives the page its rows back
		items: pack(items),
		kategori: rule.slug,
		kelompok: params.kelompok as Kelompok,
		tahun: Number(params.tahun),
		rules: rules.map((r) => ({
			slug: r.slug,
			name_id: r.name_id,
			name_en: r.name_en,
			kelompok: r.kelompok,
			measure: r.measure
		})),
		years: manifest().years,
		titles: usedTitles(
			await sourceTitles(),
			ranking.items.map((i) => i.source_id),
			[`lap${params.tahun}`, `lap${ranking.prevYear}`, rule.source_id]
		)
	};
};

/** Only the titles this page names (the report of each row and of the year compared with). */
function usedTitles(all: Record<string, string>, ...ids: string[][]): Record<string, string> {
	const wanted = new Set(ids.flat());
	return Object.fromEntries(Object.entries(all).filter(([id]) => wanted.has(id)));
}
