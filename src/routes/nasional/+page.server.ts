import { published, manifest } from '$lib/server/published';
import { queries } from '$lib/db/queries';
import { renderSvg } from '$lib/charts/ssr';
import { domainSeriesOption, nationalIndexOption, shareBaikOption } from '$lib/charts';
import { LANGS, translate, type Lang } from '$lib/i18n';

export async function load() {
	const e = await published();
	const year = manifest().latestYear;
	const [series, groupMeans, share] = await Promise.all([
		queries.nationalSeries(e),
		queries.groupMeans(e),
		queries.shareBaik(e)
	]);
	const charts = {} as Record<Lang, { index: string; domains: string; share: string }>;
	for (const lang of LANGS) {
		charts[lang] = {
			index: renderSvg(
				nationalIndexOption(series, lang),
				480,
				260,
				translate(lang, 'national.title', { year })
			),
			domains: renderSvg(
				domainSeriesOption(series, lang),
				480,
				280,
				translate(lang, 'national.domains')
			),
			share: renderSvg(shareBaikOption(share, lang), 480, 260, translate(lang, 'national.share'))
		};
	}
	return { year, series, groupMeans, share, charts };
}
