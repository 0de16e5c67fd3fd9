/**
 * The one chart renderer: an option drawn to an accessible, scalable SVG string with
 * ECharts' SVG renderer. The build uses it to put charts in the prerendered HTML (readable
 * before, or without, JavaScript); the browser imports it lazily (never in the first view)
 * when a filter, a pick or an import changes what a chart shows.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { LegacyGridContainLabel } from 'echarts/features';
import { measureCssText } from './text-width';

echarts.use([
	BarChart,
	LineChart,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	SVGRenderer,
	// ECharts 6 ignores grid.containLabel without it, and axis names were cut at the edge
	LegacyGridContainLabel
]);
// Without a canvas (the build), ECharts guesses text widths from Helvetica-like figures and
// names drawn in a wider font ran past the chart's edge; measure them in DejaVu Sans instead.
if (typeof document === 'undefined') echarts.setPlatformAPI({ measureText: measureCssText });

function escapeAttr(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function renderSvg(
	option: echarts.EChartsCoreOption,
	width: number,
	height: number,
	label: string
): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption(option);
		return chart
			.renderToSVGString()
			.replace(
				/^<svg width="\d+" height="\d+"/,
				`<svg role="img" aria-label="${escapeAttr(label)}" preserveAspectRatio="xMidYMid meet"`
			);
	} finally {
		chart.dispose();
	}
}
