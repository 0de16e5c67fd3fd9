/**
 * One way to turn an option into an accessible, scalable SVG string, for both the build
 * (ssr.ts) and the browser (render-browser.ts); each passes its own echarts core with the
 * chart types it registered.
 */
import type * as echarts from 'echarts/core';

function escapeAttr(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function drawSvg(
	core: typeof echarts,
	option: echarts.EChartsCoreOption,
	width: number,
	height: number,
	label: string
): string {
	const chart = core.init(null, null, { renderer: 'svg', ssr: true, width, height });
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
