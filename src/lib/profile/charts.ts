/**
 * A profile's two charts (index per year, domains against peers) drawn to SVG. The build
 * draws them in Bahasa Indonesia; another language is drawn in the browser when the reader
 * switches (with `renderSvg` loaded lazily), so each page carries one set of charts.
 */
import type { EChartsCoreOption } from 'echarts/core';
import {
	profileDomainsOption,
	profileYearsOption,
	type DomainBar,
	type YearPoint
} from '$lib/charts/profile';
import { translate, type Lang } from '$lib/i18n';

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
	const kind = translate(lang, `kinds.${inst.kind}` as 'kinds.kota');
	return {
		years:
			results.length > 0
				? render(
						profileYearsOption([...results], lang),
						560,
						240,
						translate(lang, 'profile.yearsChart', { name: inst.name })
					)
				: '',
		domains:
			domains.length > 0
				? render(
						profileDomainsOption([...domains], lang, {
							own: inst.name,
							median: translate(lang, 'profile.median', { kind }),
							top: translate(lang, 'profile.topTenth', { kind })
						}),
						560,
						260,
						translate(lang, 'profile.domainsChart', { name: inst.name })
					)
				: ''
	};
}
