import { changeEntries, loadChange } from '$lib/change/load';
import { ogPng, pngResponse } from '$lib/server/og';
import { formatDelta, translate } from '$lib/i18n';
import { statusNotes } from '$lib/charts/frame';

export const prerender = true;
export const entries = changeEntries;

export async function GET({ params, url }) {
	const { kelompok, dari, ke, compared } = await loadChange(params.kelompok, params.pair);
	const top = compared[0];
	const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
		translate('id', k, p);
	return pngResponse(
		await ogPng(
			{
				kicker: `${t('nav.change')} ${dari} → ${ke} · ${t(`kelompok.${kelompok}`)}`,
				title: top
					? t('change.chartTitleUp', { name: top.name, delta: formatDelta(top.selisih, 'id') })
					: t('change.none'),
				detail: t('change.compared', { count: compared.length }),
				source: `${t('source.line', { source: t('source.report2024') })}`,
				notes: statusNotes(
					compared.map((c) => c.status),
					'id'
				)
			},
			url
		)
	);
}
