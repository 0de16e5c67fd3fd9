/**
 * Open Graph images drawn at build time: the card SVG rendered to PNG by resvg (wasm, so
 * no platform binary, in a worker thread: og-pool.ts), with DejaVu Sans from the npm
 * registry so every machine draws the same pixels. Server-only.
 */
import { cardSvg, type Card } from '$lib/og/card';
import { dataAsOf } from '$lib/charts/frame';
import { encodePng } from './png';
import { rasterise } from './og-pool';
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

export async function ogPng(content: CardContent, url?: URL): Promise<Uint8Array> {
	const card: Card = {
		...content,
		date: content.date ?? dataAsOf(manifest().latestYear, 'id'),
		address: content.address ?? (url ? pageAddress(url) : '')
	};
	const image = await rasterise(cardSvg(card), 1200);
	return encodePng(image.pixels, image.width, image.height);
}

export function pngResponse(png: Uint8Array): Response {
	return new Response(png as unknown as BodyInit, { headers: { 'content-type': 'image/png' } });
}
