import { published } from '$lib/server/published';
import { queries } from '$lib/server/published';
import { sourceTitles } from '$lib/ranking/category.server';
import type { ShareRule } from '$lib/ranking/shortlist-share';

/** The award categories' rules, to rebuild a shared list from the rankings' CSV files. */
export async function load() {
	const [rules, titles] = await Promise.all([
		queries.awardCategories(await published()),
		sourceTitles()
	]);
	return {
		rules: rules.map((r): ShareRule => ({
			slug: r.slug,
			name_id: r.name_id,
			name_en: r.name_en,
			measure: r.measure,
			direction: r.direction,
			basis: titles[r.source_id] ?? ''
		}))
	};
}
