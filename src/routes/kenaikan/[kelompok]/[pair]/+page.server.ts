import { changeEntries, loadChange } from '$lib/change/load';
import { renderSvg } from '$lib/charts/ssr';
import { changeBarsOption } from '$lib/charts';
import { LANGS, translate, type Lang } from '$lib/i18n';

export const entries = changeEntries;

export async function load({ params }) {
	const data = await loadChange(params.kelompok, params.pair);
	const chart = {} as Record<Lang, string>;
	for (const lang of LANGS) {
		chart[lang] = renderSvg(
			changeBarsOption(data.compared, lang),
			720,
			Math.max(160, Math.min(20, data.compared.length) * 22 + 40),
			translate(lang, 'change.title', {
				kelompok: translate(lang, `kelompok.${data.kelompok}`),
				dari: data.dari,
				ke: data.ke
			})
		);
	}
	return { ...data, chart };
}
