import { describe, expect, it } from 'vitest';
import { formatDelta, formatRank, formatScore } from '$lib/i18n/format';
import { plainBadgeCss, plainRowsHtml, type PlainRowsOptions } from './plain-rows';
import type { RankingItem } from './slim';
import { PREDICATE_COLOUR } from '$lib/scores';

const row = (over: Partial<RankingItem> = {}): RankingItem => ({
	peringkat: 8,
	seri: true,
	id: '35.73',
	kind: 'kota',
	name: 'Kota Malang',
	provinsi: 'Jawa Timur',
	nilai: 4.24,
	index: 4.24,
	predicate: 'Memuaskan',
	source: 'Tabel 33 No 16',
	...over
});

const options = (over: Partial<PlainRowsOptions> = {}): PlainRowsOptions => ({
	showKind: false,
	showIndex: false,
	signed: false,
	format: {
		rank: formatRank,
		score: (v) => formatScore(v, 'id'),
		delta: (v) => formatDelta(v, 'id'),
		kind: (k) => `[${k}]`
	},
	...over
});

/** The rows parsed back: per row its id, anchor and cell texts (a DOM-free reading). */
function cells(html: string): { id: string; anchor: string; cells: string[] }[] {
	return [...html.matchAll(/<tr data-id="([^"]*)" id="([^"]*)">(.*?)<\/tr>/g)].map((m) => ({
		id: m[1]!,
		anchor: m[2]!,
		cells: [...m[3]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) =>
			c[1]!
				.replace(/<[^>]+>/g, '|')
				.replace(/\|+/g, '|')
				.replace(/^\||\|$/g, '')
		)
	}));
}

describe('plainRowsHtml', () => {
	it('writes the cells of the table header, in its order, one row per item', () => {
		const html = plainRowsHtml([row(), row({ id: '35.10', peringkat: 1, seri: false })], options());
		expect(cells(html)).toEqual([
			{
				id: '35.73',
				anchor: 'i-35.73',
				cells: ['=8', 'Kota Malang|Jawa Timur', '4,24|Memuaskan', 'Memuaskan', 'Tabel 33 No 16']
			},
			{
				id: '35.10',
				anchor: 'i-35.10',
				cells: ['1', 'Kota Malang|Jawa Timur', '4,24|Memuaskan', 'Memuaskan', 'Tabel 33 No 16']
			}
		]);
	});

	it('adds the kind and index columns when the table shows them', () => {
		const html = plainRowsHtml([row({ nilai: 3.1 })], options({ showKind: true, showIndex: true }));
		expect(cells(html)[0]!.cells).toEqual([
			'=8',
			'Kota Malang|Jawa Timur',
			'[kota]',
			'3,10|Memuaskan',
			'4,24',
			'Memuaskan',
			'Tabel 33 No 16'
		]);
	});

	it('shows a change signed, with the two values it is made of and their years', () => {
		const html = plainRowsHtml(
			[{ ...row({ nilai: 1.14, index: 3.09 }), prev_index: 1.95, prev_year: 2023 } as RankingItem],
			options({ signed: true, year: 2024 })
		);
		expect(cells(html)[0]!.cells[2]).toBe('+1,14|1,95 → 3,09|Memuaskan');
		expect(html).toContain('title="2023 → 2024" data-testid="change-from"');
		// without its own earlier value, the change is taken from the index
		const derived = plainRowsHtml([row({ nilai: -0.19, index: 3.82 })], options({ signed: true }));
		expect(cells(derived)[0]!.cells[2]).toBe('−0,19|4,01 → 3,82|Memuaskan');
	});

	it('leaves out a province for a province, and names an unranked row with a dash', () => {
		const html = plainRowsHtml(
			[row({ kind: 'provinsi', name: 'Provinsi Jawa Timur', peringkat: null, nilai: null })],
			options()
		);
		expect(cells(html)[0]!.cells.slice(0, 3)).toEqual(['–', 'Provinsi Jawa Timur', '–|Memuaskan']);
	});

	it('escapes every text and attribute', () => {
		const html = plainRowsHtml(
			[row({ id: 'a"b', name: '<b>R&D</b>', provinsi: null, source: "O'Neil", predicate: '<x>' })],
			options()
		);
		expect(html).toContain('data-id="a&quot;b" id="i-a&quot;b"');
		expect(html).toContain('&lt;b&gt;R&amp;D&lt;/b&gt;');
		expect(html).toContain('O&apos;Neil');
		// an unknown predicate gets no colour class
		expect(html).toContain('<span class="predicate-badge">&lt;x&gt;</span>');
		expect(html).not.toMatch(/<b>|<x>/);
	});

	it('colours each predicate as the badges on screen do', () => {
		expect(plainRowsHtml([row()], options())).toContain(
			'<span class="predicate-badge pb4">Memuaskan</span>'
		);
		expect(plainBadgeCss()).toContain(`.plain .pb4{background:${PREDICATE_COLOUR.Memuaskan};`);
		expect(plainBadgeCss().match(/\.pb\d\{/g)).toHaveLength(5);
	});

	it('stands in for live rows: no ids, inline badge colours, a cell under ☆', () => {
		const html = plainRowsHtml(
			[row()],
			options({ anchors: false, inlineBadges: true, pickCell: true })
		);
		expect(html).toMatch(/^<tr><td class="num rank">=8<\/td>/);
		expect(html).not.toMatch(/\bid=/);
		expect(html).toContain(
			`<span class="predicate-badge" style="background:${PREDICATE_COLOUR.Memuaskan};color:`
		);
		expect(html).toMatch(/<td><\/td><\/tr>$/);
		expect(plainRowsHtml([row({ predicate: 'x' })], options({ inlineBadges: true }))).toContain(
			'<span class="predicate-badge">x</span>'
		);
	});

	it('writes the same cells compactly for the <noscript> copy: no end tags, badges as <b>', () => {
		const items = [row(), row({ id: '35.10', peringkat: 1, seri: false, predicate: '<x>' })];
		const html = plainRowsHtml(items, options({ compact: true, showKind: true }));
		expect(html).not.toMatch(/<\/t[dhr]>|data-id=/);
		expect(html.match(/<tr id="i-35\.(73|10)">/g)).toHaveLength(2);
		// the same cells as the full rows, read the way the parser closes them
		const compactCells = html
			.split('<tr ')
			.slice(1)
			.map((tr) =>
				tr
					.split(/<t[dh][^>]*>/)
					.slice(1)
					.map((c) =>
						c
							.replace(/<[^>]+>/g, '|')
							.replace(/\|+/g, '|')
							.replace(/^\||\|$/g, '')
					)
			);
		const full = plainRowsHtml(items, options({ showKind: true }));
		expect(compactCells).toEqual(cells(full).map((r) => r.cells));
		expect(html).toContain('<b class="show-sm pb4">Memuaskan</b>');
		expect(html).toContain('<td class="hide-sm"><b class="pb4">Memuaskan</b>');
		// an unknown predicate: escaped, no colour class
		expect(html).toContain('<b class="show-sm">&lt;x&gt;</b>');
		expect(html).toContain('<td class="hide-sm"><b>&lt;x&gt;</b>');
	});

	it('is well under the bytes of a component-rendered row', () => {
		const rows = Array.from({ length: 100 }, (_, i) => row({ id: `35.${i}`, peringkat: i + 1 }));
		// a component-rendered row of the home page was ~680 bytes
		expect(plainRowsHtml(rows, options({ showKind: true })).length / 100).toBeLessThan(420);
		// and the <noscript> copy's compact row, under 300 (the home page's: 297)
		expect(
			plainRowsHtml(rows, options({ showKind: true, compact: true })).length / 100
		).toBeLessThan(300);
	});
});
