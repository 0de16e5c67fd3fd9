import { describe, expect, it } from 'vitest';
import { chartEmbedCode, chartEmbedSrc, fullSiteHref, svgSize } from './embed.svelte';

const ORIGIN = 'https://tolok.example';

describe('embed addresses', () => {
	it('a link out of an embed goes to the full site: embed and grafik dropped, the rest kept', () => {
		expect(fullSiteHref('/wilayah/35.73?embed=1&grafik=years&lang=en', ORIGIN)).toBe(
			'https://tolok.example/wilayah/35.73?lang=en'
		);
		expect(fullSiteHref('https://tolok.example/?kelompok=kota&embed=1', ORIGIN)).toBe(
			'https://tolok.example/?kelompok=kota'
		);
		// another site's address is left as it is
		expect(fullSiteHref('https://menpan.go.id/x?embed=1', ORIGIN)).toBe(
			'https://menpan.go.id/x?embed=1'
		);
	});

	it("a chart's embed address keeps the page's view and names the chart", () => {
		expect(chartEmbedSrc('https://tolok.example/?kelompok=kota#main', 'ranking-bars')).toBe(
			'https://tolok.example/?kelompok=kota&embed=1&grafik=ranking-bars'
		);
	});

	it('the iframe code has the address, an escaped title and the frame proportions', () => {
		const code = chartEmbedCode(
			'https://tolok.example/?embed=1&grafik=years',
			'Kota "Malang" <naik> · Tolok',
			1200,
			900
		);
		expect(code).toBe(
			'<iframe src="https://tolok.example/?embed=1&amp;grafik=years" title="Kota &quot;Malang&quot; &lt;naik&gt; · Tolok"' +
				' width="100%" height="480" style="border:0;width:100%;max-width:1200px;height:auto;aspect-ratio:1200/900"' +
				' loading="lazy"></iframe>'
		);
	});

	it("reads an SVG's size from its root element", () => {
		expect(
			svgSize(
				'<svg xmlns="x" width="1200" height="873" viewBox="0 0 1200 873"><svg width="5" height="6"/></svg>'
			)
		).toEqual({
			width: 1200,
			height: 873
		});
	});
});
