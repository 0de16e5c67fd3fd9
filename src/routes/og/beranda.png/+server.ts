import { manifest, published } from '$lib/server/published';
import { queries } from '$lib/db/queries';
import { ogPng, pngResponse } from '$lib/server/og';
import { formatScore, translate } from '$lib/i18n';

export const prerender = true;

export async function GET({ url }) {
	const year = manifest().latestYear;
	const series = await queries.nationalSeries(await published());
	const national = series.find((s) => s.measure === 'index' && s.year === year);
	return pngResponse(
		await ogPng(
			{
				kicker: translate('id', 'home.ranking', { year }),
				title: translate('id', 'site.tagline'),
				value: national ? formatScore(national.value, 'id') : undefined,
				detail: `Indeks SPBE nasional ${year}`,
				source: translate('id', 'source.line', { source: translate('id', 'source.report2024') })
			},
			url
		)
	);
}
