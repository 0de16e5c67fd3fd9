import { changeEntries, loadChange } from '$lib/change/load';
import { renderTiers } from '$lib/charts/ssr';
import { changeBarCount, changeBarsOption } from '$lib/charts';
import { barHeight } from '$lib/charts/ranking';
import { LANGS, translate, type Lang } from '$lib/i18n';

export const entries = changeEntries;

export async function load({ params }) {
	const data = await loadChange(params.kelompok, params.pair);
	const chart = {} as Record<Lang, string>;
	for (const lang of LANGS) {
		chart[lang] = renderTiers(
			(width) => ({
				option: changeBarsOption(data.compared, lang, { width }),
				height: barHeight(changeBarCount(data.compared), width)
			}),
			translate(lang, 'change.title', {
				kelompok: translate(lang, `kelompok.${data.kelompok}`),
				dari: data.dari,
				ke: data.ke
			}),
			// in half the page on a desktop, beside the transitions
			560
		);
	}
	return { ...data, chart };
}
