/**
 * Open Graph images drawn at build time: the card SVG rendered to PNG by resvg (wasm, so
 * no platform binary), with DejaVu Sans from the npm registry so every machine draws the
 * same pixels. Server-only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { cardSvg, type Card } from '$lib/og/card';
import { encodePng } from './png';

const require = createRequire(import.meta.url);
let ready: Promise<Uint8Array[]> | null = null;

function init(): Promise<Uint8Array[]> {
	ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).then(() =>
		['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
			(f) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`)))
		)
	);
	return ready;
}

export async function ogPng(card: Card): Promise<Uint8Array> {
	const fontBuffers = await init();
	const resvg = new Resvg(cardSvg(card), {
		font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', loadSystemFonts: false },
		fitTo: { mode: 'width', value: 1200 }
	});
	const image = resvg.render();
	return encodePng(image.pixels, image.width, image.height);
}

export function pngResponse(png: Uint8Array): Response {
	return new Response(png as unknown as BodyInit, { headers: { 'content-type': 'image/png' } });
}
