import { base } from '$app/paths';
import { unpack } from '$lib/columns';
import { locale } from '$lib/i18n';
import { CHARTS_LANG, chartsPath, type CategoryCharts } from '$lib/ranking/category';
import { firstRender } from '$lib/ui/hydration';
import type { PageLoad } from './$types';

/**
 * The ranked rows, sent as columns (a third of the bytes a category's first pick waits for),
 * and the charts, which are not in the page's data: the first view reads them from its own
 * HTML (while prerendering, this fetch's response is inlined in the page and hydration reads
 * it there), and a page opened later shows its rows at once and fetches its charts after that
 * paint (RankingCharts). In a language the build does not draw them in, the page draws them.
 */
export const load: PageLoad = async ({ data, fetch }) => {
	const chartsUrl = `${base}${chartsPath(data)}`;
	let charts: CategoryCharts | null = null;
	if (firstRender()) {
		const r = locale.lang === CHARTS_LANG ? await fetch(chartsUrl) : null;
		// without them (another language, or no file) the charts are drawn in the browser
		charts = r?.ok ? ((await r.json()) as CategoryCharts) : {};
	}
	return { ...data, items: unpack(data.items), charts, chartsUrl };
};
