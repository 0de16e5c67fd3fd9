import { m as msg } from '$lib/paraglide/messages.js';
import { published, manifest } from '$lib/server/published';
import { queries } from '$lib/server/published';
import { renderTiers } from '$lib/charts/ssr';
import { domainSeriesOption, nationalIndexOption } from '$lib/charts';
import {
	shareByYearOption,
	yearPredicatesHeight,
	yearPredicatesOption,
	yearTotals
} from '$lib/charts/years';
import { locale, type Lang } from '$lib/i18n';
import { tableYears } from '$lib/ranking/availability';
import { INDEKS_PEMDI, methodologiesFrom } from '$lib/methodology';

export async function load() {
	const e = await published();
	const m = manifest();
	const year = m.latestYear;
	const [series, groupMeans, summary, distribution, versions, items, bands, pemdiResults] =
		await Promise.all([
			queries.nationalSeries(e),
			queries.groupMeans(e),
			queries.yearSummary(e),
			// the years with indicator levels, for the links to /indikator/{tahun}
			Promise.all(
				tableYears(m.years).map(
					async (y) => [y, (await queries.indicatorDistribution(e, y)).length] as const
				)
			),
			// the three methodologies, the Indeks Pemdi's framework and its first results (if any)
			queries.methodologies(e),
			queries.methodologyItems(e),
			queries.predicateBands(e),
			queries.pemdiResults(e, INDEKS_PEMDI)
		]);
	const totals = yearTotals(summary);
	const charts = {} as Record<
		Lang,
		{ index: string; domains: string; share: string; years: string }
	>;
	// the page's own language only: the other is prerendered at its own address
	for (const lang of [locale.lang]) {
		charts[lang] = {
			// in a grid of columns at least 360 px wide: a third of the page on a desktop
			index: renderTiers(
				(width) => ({ option: nationalIndexOption(series, lang, { width }), height: 260 }),
				msg.national_title({ year }, { locale: lang }),
				560
			),
			domains: renderTiers(
				(width) => ({ option: domainSeriesOption(series, lang, { width }), height: 280 }),
				msg.national_domains({}, { locale: lang }),
				560
			),
			share: renderTiers(
				(width) => ({ option: shareByYearOption(summary, lang, { width }), height: 280 }),
				msg.national_share({}, { locale: lang }),
				560
			),
			years: renderTiers(
				(width) => ({
					option: yearPredicatesOption(totals, lang, { width }),
					height: yearPredicatesHeight(totals, width)
				}),
				msg.national_years({}, { locale: lang }),
				560
			)
		};
	}
	return {
		year,
		series,
		groupMeans,
		summary,
		indicatorYears: distribution.filter(([, n]) => n > 0).map(([y]) => y),
		charts,
		methodologies: methodologiesFrom(versions, items, bands),
		pemdiResults: pemdiResults.map((r) => ({
			...r,
			year: Number(r.year),
			n: Number(r.n),
			band_no: r.band_no === null ? null : Number(r.band_no)
		}))
	};
}
