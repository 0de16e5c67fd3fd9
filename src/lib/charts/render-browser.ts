/**
 * Draws a chart option to an SVG string in the browser, when a filter or a pick changes
 * what a prerendered chart shows. Imported lazily (only then), so ECharts stays out of
 * the first-view bundle; it uses the same SVG renderer as the build (ssr.ts).
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { drawSvg } from './svg-string';

echarts.use([BarChart, GridComponent, MarkAreaComponent, SVGRenderer]);

export function renderSvgInBrowser(
	option: echarts.EChartsCoreOption,
	width: number,
	height: number,
	label: string
): string {
	return drawSvg(echarts, option, width, height, label);
}
