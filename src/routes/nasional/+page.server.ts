import { m as msg } from '$lib/paraglide/messages.js';
import { published, manifest } from '$lib/server/published';
import { queries } from '$lib/db/queries';
import { renderSvg } from '$lib/charts/ssr';
import { domainSeriesOption, nationalIndexOption } from '$lib/charts';
import { shareByYearOption, yearPredicatesOption, yearTotals } from '$lib/charts/years';
import { locale, type Lang } from '$lib/i18n';
import { tableYears } from '$lib/ranking/availability';

export async function load() {
	const e = await published();
	const m = manifest();
	const year = m.latestYear;
	const [series, groupMeans, summary, distribution] = await Promise.all([
		queries.nationalSeries(e),
		queries.groupMeans(e),
		queries.yearSummary(e),
		// the years with indicator levels, for the links to /indikator/{tahun}
		Promise.all(
			tableYears(m.years).map(
				async (y) => [y, (await queries.indicatorDistribution(e, y)).length] as const
			)
		)
	]);
	const totals = yearTotals(summary);
	const charts = {} as Record<
		Lang,
		{ index: string; domains: string; share: string; years: string }
	>;
	// the page's own language only: the other is prerendered at its own address
	for (const lang of [locale.lang]) {
		charts[lang] = {
			index: renderSvg(
				nationalIndexOption(series, lang),
				480,
				260,
				msg.national_title({ year }, { locale: lang })
			),
			domains: renderSvg(
				domainSeriesOption(series, lang),
				480,
				280,
				msg.national_domains({}, { locale: lang })
			),
			share: renderSvg(
				shareByYearOption(summary, lang),
				480,
				280,
				msg.national_share({}, { locale: lang })
			),
			years: renderSvg(
				yearPredicatesOption(totals, lang),
				480,
				300,
				msg.national_years({}, { locale: lang })
			)
		};
	}
	return {
		year,
		series,
		groupMeans,
		summary,
		indicatorYears: distribution.filter(([, n]) => n > 0).map(([y]) => y),
		charts
	};
}
