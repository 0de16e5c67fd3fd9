import { published, manifest } from '$lib/server/published';
import { queries } from '$lib/db/queries';
import { slim } from '$lib/ranking/slim';
import { renderSvg } from '$lib/charts/ssr';
import { nationalIndexOption, predicateCountOption } from '$lib/charts';
import { LANGS, translate, type Lang } from '$lib/i18n';

export async function load() {
	const engine = await published();
	const year = manifest().latestYear;
	const [ranking, series, counts] = await Promise.all([
		queries.ranking(engine, year, 'semua', 'indeks'),
		queries.nationalSeries(engine),
		queries.predicateCounts(engine, 'semua')
	]);
	const charts = {} as Record<Lang, { national: string; predicates: string }>;
	for (const lang of LANGS) {
		charts[lang] = {
			national: renderSvg(
				nationalIndexOption(series, lang),
				640,
				280,
				translate(lang, 'home.national', { year })
			),
			predicates: renderSvg(
				predicateCountOption(counts, year, lang),
				640,
				220,
				translate(lang, 'home.predicates', { year })
			)
		};
	}
	return { year, ranking: slim(ranking), series, counts, charts };
}
