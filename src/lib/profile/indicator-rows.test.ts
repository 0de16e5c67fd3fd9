import { describe, expect, it } from 'vitest';
import { indicatorRowsHtml, levelChange } from './indicator-rows';
import type { IndicatorView } from './indicators';

const view: IndicatorView & { names: Record<string, string> } = {
	year: 2022,
	prevYear: 2021,
	peers: 93,
	aspects: [
		{ no: 1, weightH: 1300, valueH: 350, prevH: 300, medianH: 275 },
		{ no: 2, weightH: 2500, valueH: 200, prevH: null, medianH: null }
	],
	indicators: [
		{ no: 1, aspect: 1, level: 4, median: 3, best: 5, prev: 3, gain: 275 },
		{ no: 2, aspect: 1, level: 3, median: 3, best: 5, prev: 3, gain: 0 },
		{ no: 3, aspect: 2, level: 2, median: 3, best: 4, prev: null, gain: 550 }
	],
	names: {
		a1: 'Kebijakan <Internal>',
		a2: 'Tata "Kelola"',
		i1: 'Arsitektur & Peta',
		i2: 'Dua',
		i3: 'Tiga'
	}
};
const text = {
	aspect: (no: number) => `Aspek ${no}`,
	score: (v: number) => v.toFixed(2).replace('.', ','),
	delta: (v: number) => (v > 0 ? '+' : '') + v.toFixed(2).replace('.', ','),
	gain: (g: number) => `+${(g / 10_000).toFixed(4)}`
};
const rows = (html: string) => html.split('</tr>').filter(Boolean);

describe('indicatorRowsHtml', () => {
	it('writes each aspect line, then its indicators, in order', () => {
		const html = indicatorRowsHtml(view, text);
		const lines = rows(html);
		expect(lines).toHaveLength(5);
		expect(lines.map((l) => /data-(aspect|indicator)="(\d+)"/.exec(l)?.slice(1).join(''))).toEqual([
			'aspect1',
			'indicator1',
			'indicator2',
			'aspect2',
			'indicator3'
		]);
	});

	it('escapes names and formats values through the caller', () => {
		const [a1, i1, , a2, i3] = rows(indicatorRowsHtml(view, text));
		expect(a1).toContain(
			'Aspek 1: Kebijakan &lt;Internal&gt; <span class="muted">(13,00 %)</span>'
		);
		expect(a1).toContain('<td class="num">3,50</td><td class="num">2,75</td><td></td>');
		// the change since the previous year, then an empty gain cell
		expect(a1).toMatch(/<td class="num">\+0,50<\/td><td><\/td>$/);
		expect(a2).toContain('Tata &quot;Kelola&quot;');
		expect(a2).toContain('<td class="num">–</td><td></td><td class="num">–</td><td></td>');
		expect(i1).toContain('<th scope="row" class="name">Arsitektur &amp; Peta</th>');
		expect(i1).toContain('<span class="lvl" style="--l: 4">4</span>');
		expect(i1).toContain('<td class="num">↑ +1</td><td class="num">+0.0275</td>');
		expect(i3).toContain('<td class="num">–</td><td class="num">+0.0550</td>');
	});

	it('has no change column without a previous year', () => {
		const lines = rows(indicatorRowsHtml({ ...view, prevYear: null }, text));
		expect(lines[0]!.match(/<td/g)).toHaveLength(4);
		expect(lines[1]!.match(/<td/g)).toHaveLength(5);
		// median, best, then the gain: no change between them
		expect(lines[2]).toMatch(
			/<td class="num">3<\/td><td class="num">5<\/td><td class="num">–<\/td>$/
		);
	});
});

describe('levelChange', () => {
	it('says up, down, the same or unknown', () => {
		expect([levelChange(4, 3), levelChange(2, 4), levelChange(3, 3), levelChange(3, null)]).toEqual(
			['↑ +1', '↓ −2', '=', '–']
		);
	});
});
