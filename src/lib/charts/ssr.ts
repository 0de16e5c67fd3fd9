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
import { LabelLayout, LegacyGridContainLabel } from 'echarts/features';
import { measureCssText } from './text-width';
import { FONT, TIERS } from './theme';

echarts.use([
	BarChart,
	LineChart,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	SVGRenderer,
	// ECharts 6 ignores grid.containLabel without it, and axis names were cut at the edge
	LegacyGridContainLabel,
	// labelLayout: end labels of close lines move apart (with a leader line) instead of overlapping
	LabelLayout
]);
// Without a canvas (the build), ECharts guesses text widths from Helvetica-like figures and
// names drawn in a wider font ran past the chart's edge; measure them in DejaVu Sans instead.
if (typeof document === 'undefined') echarts.setPlatformAPI({ measureText: measureCssText });

function escapeAttr(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * ECharts' SVG string without what a static chart never uses, about two fifths of its bytes:
 * the metadata for hydrating an interactive chart (`ecmeta_*`), hover rules and the classes
 * that carry them, `pointer-events`, and the font stack repeated on every text (set once on
 * the root instead, where every text inherits it, in the page as in a downloaded file).
 */
export function compactSvg(svg: string): string {
	const fontInStyle = `font-family:${FONT};`;
	return svg
		.replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
		.replace(/ pointer-events="visible"/g, '')
		.replace(/<style\s*><!\[CDATA\[([\s\S]*?)\]\]>\s*<\/style>/g, (block, rules: string) =>
			// only the hover rules of zrender's own classes go
			/^(\s*\.zr\d+-cls-\d+:hover\s*\{[^}]*\}\s*)*$/.test(rules) ? '' : block
		)
		.replace(/ class="zr\d+-cls-\d+"/g, '')
		.replaceAll(fontInStyle, '')
		.replace(/ style=""/g, '')
		.replace(/^<svg\b/, `<svg font-family="${FONT.replace(/"/g, '&quot;')}"`);
}

export function renderSvg(
	option: echarts.EChartsCoreOption,
	width: number,
	height: number,
	label: string,
	cls?: string
): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption(option);
		return compactSvg(chart.renderToSVGString()).replace(
			/^<svg font-family="([^"]*)" width="\d+" height="\d+"/,
			(_, font: string) =>
				`<svg font-family="${font}"${cls ? ` class="${cls}"` : ''} role="img" aria-label="${escapeAttr(label)}" preserveAspectRatio="xMidYMid meet"`
		);
	} finally {
		chart.dispose();
	}
}

/**
 * The chart drawn once per width tier it can be shown at (TIERS, up to `max`), each SVG
 * classed `w{tier}`: the page shows the widest tier its box holds (app.css, a container
 * query), so an SVG is never shrunk below the width it was laid out for and its 12 px text
 * stays 12 px or more on screen, at 360 px as at 1280 px, with or without JavaScript.
 */
export function renderTiers(
	draw: (width: number) => { option: echarts.EChartsCoreOption; height: number },
	label: string,
	max: number = TIERS[TIERS.length - 1] ?? 880
): string {
	return TIERS.filter((w, i) => i === 0 || w <= max)
		.map((w) => {
			const { option, height } = draw(w);
			return renderSvg(option, w, height, label, `w${w}`);
		})
		.join('');
}
