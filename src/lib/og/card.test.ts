import { expect, test } from 'vitest';
import { cardSvg, escapeXml, wrap } from './card';
import { ogPng } from '$lib/server/og';

test('text from data is escaped and long titles wrap', () => {
	expect(escapeXml('<script>&"')).toBe('&lt;script&gt;&amp;&quot;');
	expect(wrap('Kementerian Koordinator Bidang Politik, Hukum dan Keamanan', 30, 3)).toEqual([
		'Kementerian Koordinator Bidang',
		'Politik, Hukum dan Keamanan'
	]);
	expect(wrap('a b c d e f g h', 3, 2)).toEqual(['a b', 'c …']);
	const svg = cardSvg({
		kicker: 'Indeks SPBE 2024',
		title: 'Kota <Malang>',
		value: '4,24',
		predicate: 'Memuaskan',
		source: 'Sumber'
	});
	expect(svg).toContain('Kota &lt;Malang&gt;');
	expect(svg).toContain('#253494');
});

test('the card renders to a 1200 × 630 PNG', async () => {
	const png = await ogPng({
		kicker: 'Indeks SPBE 2024',
		title: 'Kota Malang',
		value: '4,24',
		predicate: 'Memuaskan',
		source: 'Sumber: KemenPAN-RB'
	});
	expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	const view = new DataView(png.buffer, png.byteOffset);
	expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
});
