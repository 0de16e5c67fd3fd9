import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts/core';
import { compactSvg, renderSvg } from './ssr';
import { FONT } from './theme';

const option = {
	animation: false,
	textStyle: { fontFamily: FONT, fontSize: 12 },
	xAxis: { type: 'category', data: ['2023', '2024'] },
	yAxis: { type: 'value', min: 1, max: 5 },
	series: [{ type: 'line', data: [3.82, 4.24], label: { show: true, formatter: '{c}' } }]
};

/** ECharts' own SVG of the option, untouched. */
function raw(): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 288, height: 200 });
	chart.setOption(option);
	const svg = chart.renderToSVGString();
	chart.dispose();
	return svg;
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const shapes = (svg: string) =>
	[...svg.matchAll(/<(path|polygon|rect|circle|polyline|text)\b/g)].map((m) => m[1]);

describe('compactSvg', () => {
	it('keeps every shape and text, drops hover rules and metadata, sets the font once', () => {
		renderSvg(option, 288, 200, 'warm-up'); // registers the chart kinds used
		const before = raw();
		const after = compactSvg(before);
		expect(before).toContain('ecmeta_');
		expect(before).toMatch(/zr\d+-cls-\d+/);
		expect(after).not.toContain('ecmeta_');
		expect(after).not.toMatch(/zr\d+-cls-\d+/);
		expect(after).not.toContain('<style');
		expect(after).not.toContain('font-family:');
		expect(after.match(/font-family=/g)).toHaveLength(1);
		expect(after).toMatch(/^<svg font-family="system-ui, /);
		expect(texts(after)).toEqual(texts(before));
		expect(texts(after)).toContain('4.24');
		expect(shapes(after)).toEqual(shapes(before));
		expect(after.length).toBeLessThan(before.length * 0.75);
	});

	it('keeps a style block that holds more than hover rules', () => {
		const svg = '<svg><style ><![CDATA[\ntext { fill: red; }\n]]>\n</style></svg>';
		expect(compactSvg(svg)).toContain('fill: red');
	});
});

describe('renderSvg', () => {
	it('labels the chart and keeps its viewBox for scaling', () => {
		const svg = renderSvg(option, 288, 200, 'Indeks "SPBE"', 'w288');
		expect(svg).toMatch(
			/^<svg font-family="[^"]+" class="w288" role="img" aria-label="Indeks &quot;SPBE&quot;" preserveAspectRatio="xMidYMid meet"/
		);
		expect(svg).toContain('viewBox="0 0 288 200"');
		expect(svg).not.toMatch(/^<svg[^>]* width=/);
	});
});
