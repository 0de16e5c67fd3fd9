/**
 * A profile's two charts (index per year, domains against peers) drawn to SVG. The build
 * draws them in Bahasa Indonesia; another language is drawn in the browser when the reader
 * switches (with `renderSvg` loaded lazily), so each page carries one set of charts.
 */
import { m } from '$lib/paraglide/messages.js';
import { pickKinds } from '$lib/i18n/families';
import type { EChartsCoreOption } from 'echarts/core';
import {
	profileDomainsOption,
	profileYearsOption,
	type DomainBar,
	type YearPoint
} from '$lib/charts/profile';
import { type Lang } from '$lib/i18n';

type Render = (option: EChartsCoreOption, width: number, height: number, label: string) => string;

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
		years:
			results.length > 0
				? render(
						profileYearsOption([...results], lang),
						560,
						240,
						m.profile_yearsChart({ name: inst.name }, { locale: lang })
					)
				: '',
		domains:
			domains.length > 0
				? render(
						profileDomainsOption([...domains], lang, {
							own: inst.name,
							median: m.profile_median({ kind }, { locale: lang }),
							top: m.profile_topTenth({ kind }, { locale: lang })
						}),
						560,
						260,
						m.profile_domainsChart({ name: inst.name }, { locale: lang })
					)
				: ''
	};
}
