/**
 * A profile's two charts (index per year, domains against peers) drawn to SVG at each width
 * they can be shown at (at most 560 px: the figure is 640 px wide at most). The build draws
 * them in Bahasa Indonesia; another language is drawn in the browser when the reader
 * switches (with `renderTiers` loaded lazily), so each page carries one set of charts.
 */
import { m } from '$lib/paraglide/messages.js';
import { pickKinds } from '$lib/i18n/families/kinds';
import type { EChartsCoreOption } from 'echarts/core';
import {
	DOMAINS_HEIGHT,
	profileDomainsOption,
	profileYearsOption,
	type DomainBar,
	type YearPoint
} from '$lib/charts/profile';
import { type Lang } from '$lib/i18n';

type Render = (
	draw: (width: number) => { option: EChartsCoreOption; height: number },
	label: string,
	max?: number
) => string;

/** The widest a profile chart is drawn (its figure is at most 640 px wide). */
export const PROFILE_CHART_MAX = 560;
/** The years chart of `results`, at each width. */
export function drawYears(render: Render, lang: Lang, name: string, results: readonly YearPoint[]) {
	return render(
		(width) => ({ option: profileYearsOption([...results], lang, { width }), height: 240 }),
		m.profile_yearsChart({ name }, { locale: lang }),
		PROFILE_CHART_MAX
	);
}

export interface ProfileCharts {
	years: string;
	domains: string;
}

export function drawProfileCharts(
	render: Render,
	lang: Lang,
	inst: { name: string; kind: string },
	results: readonly YearPoint[],
	domains: readonly DomainBar[]
): ProfileCharts {
	const kind = pickKinds(inst.kind)({}, { locale: lang });
	return {
		years: results.length > 0 ? drawYears(render, lang, inst.name, results) : '',
		domains:
			domains.length > 0
				? render(
						() => ({
							option: profileDomainsOption([...domains], lang, {
								own: inst.name,
								median: m.profile_median({ kind }, { locale: lang }),
								top: m.profile_topTenth({ kind }, { locale: lang })
							}),
							height: DOMAINS_HEIGHT
						}),
						m.profile_domainsChart({ name: inst.name }, { locale: lang }),
						PROFILE_CHART_MAX
					)
				: ''
	};
}
