import { describe, expect, it } from 'vitest';
import {
	LABEL_GAP,
	compareCharts,
	compareLegend,
	compareYearsOption,
	domainDotsOption,
	domainRows,
	placeLabels,
	regionColour,
	scoreScale,
	slopeOption,
	bumpOption,
	yearTicks
} from './compare';
import { textWidth } from './text-width';
import { ACCENT } from './theme';

type Seg = {
	x: number;
	y: number;
	label?: { show: boolean; formatter?: string; fontSize?: number };
};
type Series = {
	name: string;
	data: unknown[];
	lineStyle?: { width: number; color: string; opacity: number };
	symbolSize?: number;
	markLine?: { data: [Seg, Seg][] };
	label?: { show: boolean };
};
const series = (o: unknown) => (o as { series: Series[] }).series;

/** Kota Padangsidimpuan and its close peers, 2023 → 2024, as the reports print them. */
const CLOSE = [
	{ name: 'Kota Padangsidimpuan', values: [2.49, 2.66] },
	{ name: 'Kota Lubuk Linggau', values: [2.86, 2.64] },
	{ name: 'Kota Bengkulu', values: [2.5, 2.63] },
	{ name: 'Kota Palu', values: [2.54, 2.58] }
];

/** The texts the end labels draw, with their heights. */
function endLabels(o: unknown) {
	const labels = series(o).find((s) => s.name === 'labels')!;
	return labels.markLine!.data.flatMap(([a]) =>
		a.label?.show ? [{ text: a.label.formatter!, y: a.y, px: a.label.fontSize! }] : []
	);
}

describe('compareYearsOption', () => {
	it('labels imported years on the axis', () => {
		const o = compareYearsOption(
			[{ name: 'Kota Malang', values: [4.24, 4.41] }],
			[2024, 2025],
			'en',
			[2025]
		) as { xAxis: { data: string[] } };
		expect(o.xAxis.data).toEqual(['2024', '2025\nlocal import']);
	});
});

describe('highlighting the first region', () => {
	const o = slopeOption(CLOSE, 2023, 2024, 'id', [], { width: 328, height: 300 });
	const lines = series(o).filter((s) => CLOSE.some((c) => c.name === s.name));

	it('draws the first chosen strong in the accent and the others thin and muted', () => {
		const first = lines.find((s) => s.name === 'Kota Padangsidimpuan')!;
		expect(first.lineStyle).toMatchObject({ color: ACCENT, opacity: 1 });
		for (const s of lines.filter((x) => x !== first)) {
			expect(s.lineStyle!.width).toBeLessThan(first.lineStyle!.width);
			expect(s.lineStyle!.opacity).toBeLessThan(1);
			expect(s.lineStyle!.color).not.toBe(ACCENT);
			expect(s.symbolSize).toBeLessThan(first.symbolSize!);
		}
		// drawn last, over the others
		expect(lines[lines.length - 1]?.name).toBe('Kota Padangsidimpuan');
	});

	it('names it first in the legend, marked as highlighted, in its line colours', () => {
		const legend = compareLegend(
			CLOSE.map((c) => c.name),
			'id'
		);
		expect(legend[0]).toEqual({ label: 'Kota Padangsidimpuan (disorot)', colour: ACCENT });
		expect(legend.slice(1).map((l) => l.colour)).toEqual(
			[1, 2, 3].map((i) => regionColour(i).line)
		);
	});
});

describe('end labels of close peers', () => {
	for (const width of [328, 1200]) {
		it(`at ${width} px: every peer labelled, 12 px, none closer than a line of text`, () => {
			const labels = endLabels(slopeOption(CLOSE, 2023, 2024, 'id', [], { width, height: 300 }));
			expect(labels.map((l) => l.text.replace(/.* /, ''))).toEqual([
				'2,66',
				'2,64',
				'2,63',
				'2,58'
			]);
			expect(labels.every((l) => l.px >= 12)).toBe(true);
			const ys = labels.map((l) => l.y).sort((a, b) => a - b);
			for (let i = 1; i < ys.length; i++)
				expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP);
		});
	}

	it('keeps the value whole where a long name is cut', () => {
		const [first] = endLabels(
			slopeOption(CLOSE, 2023, 2024, 'id', [], { width: 328, height: 300 })
		);
		expect(first?.text).toMatch(/^Padangsidi.*2,66$/);
	});
});

describe('placeLabels', () => {
	it('leaves labels that do not touch where they are', () => {
		expect(
			placeLabels(
				[
					{ series: 0, at: 50 },
					{ series: 1, at: 100 }
				],
				0,
				200
			).map((l) => l.y)
		).toEqual([50, 100]);
	});
	it('moves touching labels apart, keeping their order, and back inside the bottom edge', () => {
		const got = placeLabels(
			[
				{ series: 0, at: 195 },
				{ series: 1, at: 196 },
				{ series: 2, at: 198 }
			],
			0,
			200,
			16
		);
		expect(got.map((l) => [l.series, l.y])).toEqual([
			[0, 168],
			[1, 184],
			[2, 200]
		]);
	});
	it('drops the last chosen first when they cannot all fit, never the highlighted', () => {
		const got = placeLabels(
			[0, 1, 2, 3, 4].map((series) => ({ series, at: 10 })),
			0,
			40,
			16
		);
		expect(got.map((l) => l.series).sort()).toEqual([0, 1, 2]);
	});
});

describe('scoreScale', () => {
	it('fits close peers and says the axis is cut', () => {
		expect(scoreScale([2.66, 2.64, 2.63, 2.58, null])).toEqual({
			min: 2.55,
			max: 2.7,
			interval: 0.05,
			cut: true
		});
	});
	it('computes in hundredths: no float noise at the edges', () => {
		expect(scoreScale([3.82, 3.5])).toEqual({ min: 3.4, max: 3.9, interval: 0.1, cut: true });
		expect(scoreScale([3.82, 2.6])).toEqual({ min: 2, max: 4.5, interval: 0.5, cut: true });
		expect(scoreScale([1.2, 3.8])).toEqual({ min: 1, max: 5, interval: 1, cut: false });
	});
	it('shows the whole 1–5 scale when the values span most of it', () => {
		expect(scoreScale([1.2, 4.8])).toEqual({ min: 1, max: 5, interval: 1, cut: false });
		expect(scoreScale([])).toMatchObject({ cut: false });
	});
	it('never goes outside 1–5', () => {
		const s = scoreScale([1.02, 1.1]);
		expect(s.min).toBeGreaterThanOrEqual(1);
		expect(scoreScale([4.98]).max).toBeLessThanOrEqual(5);
	});
});

describe('compareCharts', () => {
	it('draws no duplicate chart when only two years exist: the slope, not also the years', () => {
		expect(compareCharts([2023, 2024])).toEqual(['slope', 'domains', 'bump']);
	});
	it('draws the years and a chosen pair when there are more', () => {
		expect(compareCharts([2018, 2021, 2022, 2023, 2024])).toEqual([
			'years',
			'domains',
			'bump',
			'slope'
		]);
	});
	it('one year: the domains only; none: nothing', () => {
		expect(compareCharts([2024])).toEqual(['domains']);
		expect(compareCharts([])).toEqual([]);
	});
});

describe('domainDotsOption', () => {
	const regions = [
		{
			name: 'Kota Padangsidimpuan',
			values: { kebijakan: 2.8, tata_kelola: 2, manajemen: 1.09, layanan: 3.56 }
		},
		{
			name: 'Kota Lubuk Linggau',
			values: { kebijakan: 3, tata_kelola: 2, manajemen: 1.27, layanan: 3.38 }
		},
		{
			name: 'Kota Palu',
			values: { kebijakan: 3.1, tata_kelola: 1.9, manajemen: null, layanan: 3.37 }
		}
	];
	const o = domainDotsOption(regions, 'id', { width: 328, height: 300 });
	const s = series(o);

	it('has a dot per region per domain, each region at its own height in the row', () => {
		const byName = Object.fromEntries(s.map((x) => [x.name, x.data as [number, number][]]));
		expect(byName['Kota Padangsidimpuan']!.map((p) => p[0])).toEqual([2.8, 2, 1.09, 3.56]);
		// an unknown value is left out, not drawn at 0
		expect(byName['Kota Palu']!.map((p) => p[0])).toEqual([3.1, 1.9, 3.37]);
		// equal Tata Kelola values (2,00) stay apart
		const tk = ['Kota Padangsidimpuan', 'Kota Lubuk Linggau'].map((n) => byName[n]![1]![1]);
		expect(tk[0]).not.toBe(tk[1]);
		expect(Math.round(tk[0]!)).toBe(1);
	});

	it('highlights and labels the first region only', () => {
		const first = s.find((x) => x.name === 'Kota Padangsidimpuan')!;
		expect(first.label?.show).toBe(true);
		expect(first.symbolSize).toBeGreaterThan(s.find((x) => x.name === 'Kota Palu')!.symbolSize!);
		expect(s.filter((x) => x.label?.show)).toHaveLength(1);
	});

	it('has the four domains as rows in the table, a region per row', () => {
		expect(domainRows(regions)[2]).toEqual({
			name: 'Kota Palu',
			kebijakan: 3.1,
			tata_kelola: 1.9,
			manajemen: null,
			layanan: 3.37
		});
		const axis = (o as { yAxis: { axisLabel: { formatter: (v: number) => string } } }).yAxis;
		expect([0, 1, 2, 3].map(axis.axisLabel.formatter)).toEqual([
			'Kebijakan',
			'Tata Kelola',
			'Manajemen',
			'Layanan'
		]);
	});
});

describe('the year axis', () => {
	const years = ['2018', '2021', '2022', '2023', '2024'];

	it('shows whole years where they fit and two-digit years where they would touch', () => {
		expect(yearTicks(years, 120)).toEqual(years);
		expect(yearTicks(years, 40)).toEqual(['’18', '’21', '’22', '’23', '’24']);
		// an imported year keeps its mark
		expect(yearTicks(['2024', '2025*'], 30)).toEqual(['’24', '’25*']);
	});

	it('on a phone, no two neighbouring year labels of the rank chart touch', () => {
		const series = [
			{ name: 'Kota Malang', values: [27, 23, 40, 10, 8] },
			{ name: 'Kota Bandung', values: [5, 2, 3, 5, 1] }
		];
		for (const width of [288, 320, 640]) {
			const o = bumpOption(series, [2018, 2021, 2022, 2023, 2024], 'id', [], {
				width,
				height: 300
			}) as { grid: { left: number; right: number }; xAxis: { data: string[] } };
			const labels = o.xAxis.data;
			const step = (width - o.grid.right - o.grid.left) / (labels.length - 1);
			// the first label starts at its tick, the last ends at its tick, the rest are centred
			const boxes = labels.map((t, i): [number, number] => {
				const w = textWidth(t, 12);
				const x = o.grid.left + i * step;
				return i === 0 ? [x, x + w] : i === labels.length - 1 ? [x - w, x] : [x - w / 2, x + w / 2];
			});
			for (let i = 1; i < boxes.length; i++)
				expect(
					boxes[i]![0]! - boxes[i - 1]![1]!,
					`${width} px: ${labels.join(' ')}`
				).toBeGreaterThanOrEqual(4);
		}
	});
});
