/**
 * A ranking page's two charts as the build draws them (Bahasa Indonesia; another language is
 * drawn in the browser), written as their own file beside the page: the page's first view
 * carries them in its HTML, and a page opened later in the browser shows its rows at once and
 * its charts when this small file arrives, so a choice never waits for chart markup.
 */
import { m } from '$lib/paraglide/messages.js';
import { renderTiers } from '$lib/charts/ssr';
import { barHeight, distributionOption, rankingBarOption } from '$lib/charts/ranking';
import { categoryRanking } from './category.server';
import { CHARTS_LANG, type CategoryCharts } from './category';

export async function categoryCharts(params: {
	kategori: string;
	kelompok: string;
	tahun: string;
}): Promise<CategoryCharts | null> {
	const ranking = await categoryRanking(params);
	if (!ranking) return null;
	const { items, rule } = ranking;
	const signed = rule.measure === 'index_change';
	return {
		[CHARTS_LANG]: {
			bar: renderTiers(
				(width) => ({
					option: rankingBarOption(items, CHARTS_LANG, { signed, width }),
					height: barHeight(items.length, width)
				}),
				rule.name_id,
				560
			),
			dist: renderTiers(
				(width) => ({
					option: distributionOption(
						items.flatMap((i) => i.nilai ?? []),
						CHARTS_LANG,
						{ bands: rule.measure === 'index', signed, width }
					),
					height: 240
				}),
				m.cat_distribution({}, { locale: CHARTS_LANG }),
				560
			)
		}
	};
}
