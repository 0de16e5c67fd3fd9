import { m } from '$lib/paraglide/messages.js';
import { manifest, published } from '$lib/server/published';
import { queries } from '$lib/server/published';
import { ogPng, pngResponse } from '$lib/server/og';
import { formatScore } from '$lib/i18n';

export const prerender = true;

export async function GET({ url }) {
	const year = manifest().latestYear;
	const series = await queries.nationalSeries(await published());
	const national = series.find((s) => s.measure === 'index' && s.year === year);
	return pngResponse(
		await ogPng(
			{
				kicker: m.home_ranking({ year }, { locale: 'id' }),
				title: m.site_tagline({}, { locale: 'id' }),
				value: national ? formatScore(national.value, 'id') : undefined,
				detail: `Indeks SPBE nasional ${year}`,
				source: m.source_line(
					{ source: m.source_report2024({}, { locale: 'id' }) },
					{ locale: 'id' }
				)
			},
			url
		)
	);
}
