import { m } from '$lib/paraglide/messages.js';
import { published, manifest } from '$lib/server/published';
import { queries } from '$lib/server/published';
import { slim } from '$lib/ranking/slim';
import { pack } from '$lib/columns';
import { renderTiers } from '$lib/charts/ssr';
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
			// each in half the page on a desktop
			national: renderTiers(
				(width) => ({ option: nationalIndexOption(series, lang, { width }), height: 260 }),
				m.home_national({ year }, { locale: lang }),
				560
			),
			predicates: renderTiers(
				() => ({ option: predicateCountOption(counts, year, lang), height: 200 }),
				m.home_predicates({ year }, { locale: lang }),
				560
			)
		};
	}
	return {
		year,
		previous,
		// as columns: the hydration script is parsed on a phone before the page answers (+page.ts)
		ranking: pack(slim(ranking)),
		series,
		counts,
		years: yearTotals(summary),
		facts,
		charts
	};
}
