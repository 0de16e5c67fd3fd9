import { pickKelompok } from '$lib/i18n/families';
import { m } from '$lib/paraglide/messages.js';
import { changeEntries, loadChange } from '$lib/change/load';
import { renderSvg } from '$lib/charts/ssr';
import { changeBarsOption } from '$lib/charts';
import { locale, type Lang } from '$lib/i18n';

export const entries = changeEntries;

export async function load({ params }) {
	const data = await loadChange(params.kelompok, params.pair);
	const chart = {} as Record<Lang, string>;
	// the page's own language only: the other is prerendered at its own address
	for (const lang of [locale.lang]) {
		chart[lang] = renderSvg(
			changeBarsOption(data.compared, lang),
			720,
			Math.max(160, Math.min(20, data.compared.length) * 22 + 40),
			m.change_title(
				{
					kelompok: pickKelompok(data.kelompok)({}, { locale: lang }),
					dari: data.dari,
					ke: data.ke
				},
				{ locale: lang }
			)
		);
	}
	return { ...data, chart };
}
