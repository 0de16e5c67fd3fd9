/**
 * Open Graph images drawn at build time: the card SVG rendered to PNG by resvg (wasm, so
 * no platform binary), with DejaVu Sans from the npm registry so every machine draws the
 * same pixels. Server-only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { cardSvg, type Card } from '$lib/og/card';
import { dataAsOf } from '$lib/charts/frame';
import { encodePng } from './png';
import { manifest } from './published';

/** A card's content; the date of the data and the page's address are the build's. */
export type CardContent = Omit<Card, 'date' | 'address'> & Partial<Pick<Card, 'date' | 'address'>>;

/** The page an /og/….png previews: /og/wilayah/35.73.png → /wilayah/35.73, /og/beranda.png → /. */
export function pageAddress(url: URL): string {
	const path = url.pathname
		.replace(/\/og\//, '/')
		.replace(/\.png$/, '')
		.replace(/\/beranda$/, '/');
	return `${url.origin}${path}`;
}

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

export async function ogPng(content: CardContent, url?: URL): Promise<Uint8Array> {
	const fontBuffers = await init();
	const card: Card = {
		...content,
		date: content.date ?? dataAsOf(manifest().latestYear, 'id'),
		address: content.address ?? (url ? pageAddress(url) : '')
	};
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
