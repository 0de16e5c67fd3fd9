import { pickKelompok } from '$lib/i18n/families/kelompok';
import { m } from '$lib/paraglide/messages.js';
import { changeEntries, loadChange } from '$lib/change/load';
import { renderTiers } from '$lib/charts/ssr';
import { changeBarCount, changeBarsOption } from '$lib/charts';
import { barHeight } from '$lib/charts/ranking';
import { locale, type Lang } from '$lib/i18n';

export const entries = changeEntries;

export async function load({ params }) {
	const data = await loadChange(params.kelompok, params.pair);
	const chart = {} as Record<Lang, string>;
	// the page's own language only: the other is prerendered at its own address
	for (const lang of [locale.lang]) {
		chart[lang] = renderTiers(
			(width) => ({
				option: changeBarsOption(data.compared, lang, { width }),
				height: barHeight(changeBarCount(data.compared), width)
			}),
			m.change_title(
				{
					kelompok: pickKelompok(data.kelompok)({}, { locale: lang }),
					dari: data.dari,
					ke: data.ke
				},
				{ locale: lang }
			),
			// in half the page on a desktop, beside the transitions
			560
		);
	}
	return { ...data, chart };
}
