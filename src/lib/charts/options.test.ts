import { describe, expect, test } from 'vitest';
import { renderSvg } from './ssr';
import { changeBarsOption, nationalIndexOption, predicateCountOption } from './options';

const series = [2018, 2019, 2024].map((year, i) => ({
	year,
	measure: 'index',
	value: [1.98, 2.18, 3.12][i] ?? 0,
	source_id: 'lap2024',
	source_table: 'Tabel 4'
}));

describe('chart options', () => {
	test('the national series is labelled in the reader’s number format', () => {
		const svg = renderSvg(nationalIndexOption(series, 'id'), 480, 260, 'x');
		expect(svg).toContain('3,12');
		expect(renderSvg(nationalIndexOption(series, 'en'), 480, 260, 'x')).toContain('3.12');
	});
	test('predicate bars are drawn in the predicate colours with counts', () => {
		const option = predicateCountOption(
			[{ year: 2024, predicate: 'Memuaskan', jumlah: 48 }],
			2024,
			'id'
		) as { series: { data: { value: number; itemStyle: { color: string } }[] }[] };
		const bars = option.series[0]?.data ?? [];
		expect(bars.map((b) => b.value)).toEqual([0, 0, 0, 0, 48]);
		expect(bars[4]?.itemStyle.color).toBe('#253494');
	});
	test('change bars keep the largest rises and falls, signed', () => {
		const svg = renderSvg(
			changeBarsOption(
				[
					{ name: 'Kota A', selisih: 1.22 },
					{ name: 'Kota B', selisih: 0.1 },
					{ name: 'Kota C', selisih: -0.19 }
				],
				'id'
			),
			480,
			200,
			'x'
		);
		expect(svg).toContain('+1,22');
		expect(svg).toContain('−0,19');
	});
	test('the SVG is well-formed XML (it is offered as a download and drawn to PNG)', () => {
		const svg = renderSvg(nationalIndexOption(series, 'id'), 480, 260, 'Judul "kutip" & <tanda>');
		// attribute values must not contain the quote that delimits them
		for (const m of svg.matchAll(/\s[\w:-]+="([^"]*)"/g)) expect(m[1]).not.toMatch(/</);
		expect(svg).not.toMatch(/style="[^"]*"[^\s>/]/);
		expect(svg).toContain('aria-label="Judul &quot;kutip&quot; &amp; &lt;tanda>"');
	});
});
