/** Build-time helpers shared by the ranking permalink page and its .csv (server only). */
import { manifest, published } from '$lib/server/published';
import { queries } from '$lib/db/queries';
import { categoryPaths, loadCategoryRanking, type SourceTitles } from './category';

export async function sourceTitles(): Promise<SourceTitles> {
	const sources = await queries.sources(await published());
	return Object.fromEntries(sources.map((s) => [s.id, s.title]));
}

/** The prerender entries: every category × group (as its rule lists) × year it can be ranked in. */
export async function categoryEntries() {
	const rules = await queries.awardCategories(await published());
	return categoryPaths(rules, manifest().years).map((p) => ({
		kategori: p.kategori,
		kelompok: p.kelompok,
		tahun: String(p.tahun)
	}));
}

export async function categoryRanking(params: {
	kategori: string;
	kelompok: string;
	tahun: string;
}) {
	return loadCategoryRanking(await published(), params, manifest().years);
}
