/**
 * The Open Graph preview card (1200 × 630) as SVG: what a shared link shows in chat apps
 * and social media, in the same frame as a downloaded chart (charts/frame.ts): the finding,
 * the figure, then the status notes, the source line, the date of the data, "Tolok" and the
 * page's address. Pure; drawn to PNG at build time by $lib/server/og.
 */
import { PREDICATE_COLOUR, PREDICATE_INK, isPredicate } from '$lib/scores';
import { fitLines, footer, drawLines, textLine } from '$lib/charts/frame';
import { escapeXml } from '$lib/escape';
import { textWidth } from '$lib/charts/text-width';

export { escapeXml };

export interface Card {
	kicker: string; // small line above the title, e.g. "Indeks SPBE 2024 · Kota"
	title: string;
	value?: string; // the big figure, already formatted ("4,24")
	predicate?: string;
	detail?: string; // one line under the figure ("Peringkat 8 dari 93")
	source: string;
	/** "Data per 31 Desember 2024" */
	date: string;
	/** the page the card previews, absolute */
	address: string;
	/** one sentence per status other than official */
	notes?: string[];
}

const W = 1200;
const H = 630;
const X = 80;
const INNER = W - X - 60;

export function cardSvg(card: Card): string {
	const title = fitLines(card.title, INNER, 52, true, 2);
	const titleY = 170;
	const afterTitle = titleY + (title.length - 1) * 62;
	const pred = card.predicate && isPredicate(card.predicate) ? card.predicate : null;
	const valueY = afterTitle + 112;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
		`<rect width="${W}" height="${H}" fill="#ffffff"/>`,
		`<rect width="24" height="${H}" fill="#253494"/>`,
		...fitLines(`Tolok · ${card.kicker}`, INNER, 28, false, 1).map((l) =>
			textLine(l, X, 96, 28, { fill: '#52606d' })
		),
		...title.map((l, i) => textLine(l, X, titleY + i * 62, 52, { bold: true }))
	];
	if (card.value) parts.push(textLine(card.value, X, valueY, 96, { bold: true, fill: '#225ea8' }));
	if (pred) {
		const x = card.value ? X + textWidth(card.value, 96, true) + 32 : X;
		const w = textWidth(pred, 32) + 48;
		parts.push(
			`<rect x="${x}" y="${valueY - 62}" width="${w}" height="64" rx="32" fill="${PREDICATE_COLOUR[pred]}" stroke="#52606d" stroke-width="1"/>`,
			textLine(pred, x + w / 2, valueY - 19, 32, { fill: PREDICATE_INK[pred], anchor: 'middle' })
		);
	}
	if (card.detail) {
		for (const [i, l] of fitLines(card.detail, INNER, 28, false, 2).entries())
			parts.push(textLine(l, X, valueY + 56 + i * 36, 28));
	}
	// the footer sits on the bottom edge, its last line at y = 600
	const foot = footer(card, INNER, 20);
	const kept = foot.lines.slice(-6);
	parts.push(...drawLines(kept, X, H - 30 - (kept.length - 1) * 28, 20), `</svg>`);
	return parts.join('\n');
}
