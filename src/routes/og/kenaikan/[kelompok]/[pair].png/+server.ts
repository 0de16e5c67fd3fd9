import { pickKelompok } from '$lib/i18n/families/kelompok';
import { m } from '$lib/paraglide/messages.js';
import { changeEntries, loadChange } from '$lib/change/load';
import { ogPng, pngResponse } from '$lib/server/og';
import { formatDelta } from '$lib/i18n';
import { statusNotes } from '$lib/charts/frame';

export const prerender = true;
export const entries = changeEntries;

export async function GET({ params, url }) {
	const { kelompok, dari, ke, compared } = await loadChange(params.kelompok, params.pair);
	const top = compared[0];
	return pngResponse(
		await ogPng(
			{
				kicker: `${m.nav_change({}, { locale: 'id' })} ${dari} → ${ke} · ${pickKelompok(kelompok)({}, { locale: 'id' })}`,
				title: top
					? m.change_chartTitleUp(
							{ name: top.name, delta: formatDelta(top.selisih, 'id') },
							{ locale: 'id' }
						)
					: m.change_none({}, { locale: 'id' }),
				detail: m.change_compared({ count: compared.length }, { locale: 'id' }),
				source: `${m.source_line({ source: m.source_report2024({}, { locale: 'id' }) }, { locale: 'id' })}`,
				notes: statusNotes(
					compared.map((c) => c.status),
					'id'
				)
			},
			url
		)
	);
}
