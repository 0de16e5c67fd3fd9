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
import { drawSvg } from './svg-string';

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
	return drawSvg(echarts, option, width, height, label);
}
