/**
 * The Open Graph preview card (1200 × 630) as SVG: what a shared link shows in chat apps
 * and social media. Pure; drawn to PNG at build time by $lib/server/og.
 */
import { PREDICATE_COLOUR, PREDICATE_INK, isPredicate } from '$lib/scores';

export interface Card {
	kicker: string; // small line above the title, e.g. "Indeks SPBE 2024 · Kota"
	title: string;
	value?: string; // the big figure, already formatted ("4,24")
	predicate?: string;
	detail?: string; // one line under the figure ("Peringkat 8 dari 93")
	source: string;
}

export function escapeXml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Greedy word wrap by character count (the card font is fixed, so this is close enough). */
export function wrap(text: string, width: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = `${kept[maxLines - 1]?.replace(/\s*\S*$/, '')} …`;
		return kept;
	}
	return lines;
}

export function cardSvg(card: Card): string {
	const title = wrap(card.title, 28, 3);
	const titleY = 200;
	const lineH = 66;
	const afterTitle = titleY + (title.length - 1) * lineH;
	const pred = card.predicate && isPredicate(card.predicate) ? card.predicate : null;
	const valueY = afterTitle + 120;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">`,
		`<rect width="1200" height="630" fill="#ffffff"/>`,
		`<rect width="24" height="630" fill="#253494"/>`,
		`<text x="80" y="110" font-family="DejaVu Sans" font-size="30" fill="#52606d">${escapeXml(`Tolok · ${card.kicker}`)}</text>`,
		...title.map(
			(l, i) =>
				`<text x="80" y="${titleY + i * lineH}" font-family="DejaVu Sans" font-weight="bold" font-size="56" fill="#1f2933">${escapeXml(l)}</text>`
		)
	];
	if (card.value) {
		parts.push(
			`<text x="80" y="${valueY}" font-family="DejaVu Sans" font-weight="bold" font-size="96" fill="#225ea8">${escapeXml(card.value)}</text>`
		);
	}
	if (pred) {
		const x = card.value ? 80 + card.value.length * 58 + 40 : 80;
		const w = pred.length * 22 + 48;
		parts.push(
			`<rect x="${x}" y="${valueY - 62}" width="${w}" height="64" rx="32" fill="${PREDICATE_COLOUR[pred]}" stroke="#52606d" stroke-width="1"/>`,
			`<text x="${x + w / 2}" y="${valueY - 19}" text-anchor="middle" font-family="DejaVu Sans" font-size="32" fill="${PREDICATE_INK[pred]}">${escapeXml(pred)}</text>`
		);
	}
	if (card.detail) {
		parts.push(
			`<text x="80" y="${valueY + 64}" font-family="DejaVu Sans" font-size="32" fill="#1f2933">${escapeXml(card.detail)}</text>`
		);
	}
	parts.push(
		`<text x="80" y="580" font-family="DejaVu Sans" font-size="24" fill="#52606d">${escapeXml(card.source)}</text>`,
		`</svg>`
	);
	return parts.join('\n');
}
