import { describe, expect, it } from 'vitest';
import { dataAsOf, framedSvg, statusNotes } from './frame';
import { escapeXml } from '$lib/escape';
import { textWidth } from './text-width';
import { renderSvg } from './ssr';
import { changeBarsOption } from './options';

const chart = renderSvg(
	changeBarsOption(
		[
			{ name: 'Kota Bandar Lampung', selisih: 0.52 },
			{ name: 'Kota Bau Bau', selisih: 1.14 },
			{ name: 'Kota Padangsidimpuan', selisih: -0.31 }
		],
		'id'
	),
	720,
	160,
	'Perubahan'
);
const text = {
	title: 'Kota Bau Bau naik paling tinggi di antara kota, 2023 → 2024: +1,14',
	subtitle: 'Kota · 2023 → 2024 · Perubahan indeks',
	legend: [
		{ label: 'Naik', colour: '#225ea8' },
		{ label: 'Turun', colour: '#b35806' }
	],
	source: 'Sumber: Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 9–54',
	notes: statusNotes(['official', 'mixed'], 'id'),
	date: dataAsOf(2024, 'id'),
	address: 'https://tolok.example/kenaikan/kota/2023-2024?lang=id&sangat-panjang=' + 'x'.repeat(120)
};

describe('the export frame', () => {
	it('is 1200 px wide and carries title, subtitle, legend, source, notes, date, Tolok and address', () => {
		const svg = framedSvg(chart, text);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="1200"/);
		for (const s of [
			'Kota Bau Bau naik paling tinggi',
			'Kota · 2023 → 2024 · Perubahan indeks',
			'Naik',
			'Turun',
			'Sumber: Laporan Pelaksanaan Evaluasi SPBE Tahun 2024',
			'Nilai dilaporkan',
			'Data per 31 Desember 2024',
			'Tolok · https://tolok.example/kenaikan/kota'
		])
			expect(svg).toContain(escapeXml(s));
		// the chart is inside, scaled to the frame's width
		expect(svg).toContain('<svg x="48"');
		expect(svg).toContain('width="1104"');
		expect(svg).toContain('Kota Bandar Lampung');
	});

	it('keeps every line of its own text within the frame, a long address broken to fit', () => {
		const svg = framedSvg(chart, text);
		const outer = svg.split('\n').filter((l) => l.startsWith('<text x='));
		expect(outer.length).toBeGreaterThan(8);
		for (const l of outer) {
			const m = /x="([\d.]+)"[^>]*font-size="(\d+)"([^>]*)>([^<]*)</.exec(l)!;
			const body = m[4]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
			expect(
				Number(m[1]) + textWidth(body, Number(m[2]), m[3]!.includes('bold'))
			).toBeLessThanOrEqual(1200 - 48 + 0.01);
		}
	});

	it('says nothing about status when every value is official', () => {
		expect(statusNotes(['official'], 'en')).toEqual([]);
		expect(statusNotes(['official', 'imported', 'secondary'], 'en')).toHaveLength(2);
	});
});
