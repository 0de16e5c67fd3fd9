import { m } from '$lib/paraglide/messages.js';
import { error } from '@sveltejs/kit';
import { manifest, published } from '$lib/server/published';
import type { Kelompok } from '$lib/kelompok';
import { queries } from '$lib/server/published';
import { type Lang } from '$lib/i18n';
import { renderTiers } from '$lib/charts/ssr';
import { barHeight, distributionOption, rankingBarOption } from '$lib/charts/ranking';
import { categoryEntries, categoryRanking, sourceTitles } from '$lib/ranking/category.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = categoryEntries;

export const load: PageServerLoad = async ({ params }) => {
	const ranking = await categoryRanking(params);
	if (!ranking) error(404, 'no such ranking');
	const rules = await queries.awardCategories(await published());
	const { items, rule } = ranking;
	const signed = rule.measure === 'index_change';
	// drawn in Bahasa Indonesia; another language is drawn in the browser (RankingCharts)
	const charts: Partial<Record<Lang, { bar: string; dist: string }>> = {
		id: {
			bar: renderTiers(
				(width) => ({
					option: rankingBarOption(items, 'id', { signed, width }),
					height: barHeight(items.length, width)
				}),
				rule.name_id,
				560
			),
			dist: renderTiers(
				(width) => ({
					option: distributionOption(
						items.flatMap((i) => i.nilai ?? []),
						'id',
						{ bands: rule.measure === 'index', signed, width }
					),
					height: 240
				}),
				m.cat_distribution({}, { locale: 'id' }),
				560
			)
		}
	};
	return {
		...ranking,
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
		),
		charts
	};
};

/** Only the titles this page names (the report of each row and of the year compared with). */
function usedTitles(all: Record<string, string>, ...ids: string[][]): Record<string, string> {
	const wanted = new Set(ids.flat());
	return Object.fromEntries(Object.entries(all).filter(([id]) => wanted.has(id)));
}
