/**
 * Draws an option to an SVG string with ECharts' server renderer, so charts are in the
 * prerendered HTML (readable before, or without, JavaScript). Build time only.
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

echarts.use([
	BarChart,
	LineChart,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	SVGRenderer
]);

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

function escapeAttr(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
