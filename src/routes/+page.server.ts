import { m } from '$lib/paraglide/messages.js';
import { published, manifest } from '$lib/server/published';
import { queries } from '$lib/db/queries';
import { slim } from '$lib/ranking/slim';
import { renderSvg } from '$lib/charts/ssr';
import { nationalIndexOption, predicateCountOption } from '$lib/charts';
import { locale, type Lang } from '$lib/i18n';
import { yearTotals } from '$lib/charts/years';

export async function load() {
	const engine = await published();
	const { latestYear: year, officialYears } = manifest();
	const previous = officialYears.filter((y) => y < year).at(-1) ?? null;
	const [ranking, series, counts, summary, facts] = await Promise.all([
		queries.ranking(engine, year, 'semua', 'indeks'),
		queries.nationalSeries(engine),
		queries.predicateCounts(engine, 'semua'),
		queries.yearSummary(engine),
		previous === null ? Promise.resolve([]) : queries.keyFacts(engine, year, previous)
	]);
	const charts = {} as Record<Lang, { national: string; predicates: string }>;
	// the page's own language only: the other is prerendered at its own address
	for (const lang of [locale.lang]) {
		charts[lang] = {
			national: renderSvg(
				nationalIndexOption(series, lang),
				640,
				280,
				m.home_national({ year }, { locale: lang })
			),
			predicates: renderSvg(
				predicateCountOption(counts, year, lang),
				640,
				220,
				m.home_predicates({ year }, { locale: lang })
			)
		};
	}
	return {
		year,
		previous,
		ranking: slim(ranking),
		series,
		counts,
		years: yearTotals(summary),
		facts,
		charts
	};
}
