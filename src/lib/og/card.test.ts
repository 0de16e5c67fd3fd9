import { expect, test } from 'vitest';
import { cardSvg, escapeXml } from './card';
import { fitLines } from '$lib/charts/frame';
import { textWidth } from '$lib/charts/text-width';
import { ogPng } from '$lib/server/og';

const card = {
	kicker: 'Indeks SPBE 2024',
	title: 'Kota <Malang>',
	value: '4,24',
	predicate: 'Memuaskan',
	source: 'Sumber: Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 32',
	date: 'Data per 31 Desember 2024',
	address: 'http://localhost:4173/wilayah/35.73'
};

test('text from data is escaped and long titles wrap to the card’s width', () => {
	expect(escapeXml('<script>&"')).toBe('&lt;script&gt;&amp;&quot;');
	const lines = fitLines(
		'Kementerian Koordinator Bidang Politik, Hukum dan Keamanan',
		1060,
		52,
		true,
		2
	);
	expect(lines).toEqual(['Kementerian Koordinator Bidang', 'Politik, Hukum dan Keamanan']);
	for (const l of lines) expect(textWidth(l, 52, true)).toBeLessThanOrEqual(1060);
	expect(fitLines('a b c d e f g h', 40, 20, false, 2)).toEqual(['a b', 'c …']);
	const svg = cardSvg(card);
	expect(svg).toContain('Kota &lt;Malang&gt;');
	expect(svg).toContain('#253494');
});

test('the card carries the frame of a published chart: source, date, Tolok and the address', () => {
	const svg = cardSvg({ ...card, notes: ['Nilai dilaporkan, bukan tabel resmi.'] });
	for (const text of [card.source, card.date, `Tolok · ${card.address}`, 'Nilai dilaporkan'])
		expect(svg).toContain(escapeXml(text).slice(0, 40));
	// every line stays inside the card
	for (const m of svg.matchAll(
		/<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="(\d+)"([^>]*)>([^<]*)</g
	)) {
		const [x, y, size, attrs, text] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]];
		if (attrs?.includes('middle')) continue;
		const w = textWidth(
			text!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
			size,
			attrs?.includes('bold')
		);
		expect(x + w, text).toBeLessThanOrEqual(1200);
		expect(y, text).toBeLessThanOrEqual(630);
	}
});

test('the card renders to a 1200 × 630 PNG', async () => {
	const png = await ogPng(card);
	expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	const view = new DataView(png.buffer, png.byteOffset);
	expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
});
