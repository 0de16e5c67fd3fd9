/**
 * The frame that makes a chart publishable as it is, the same for a downloaded PNG or SVG
 * and for an Open Graph card: the title stating the finding, a subtitle (group, year,
 * measure), the chart, its legend, the source line with report and table, a note for each
 * status other than official, the date of the data, "Tolok" and the page's address.
 * Pure: strings in, an SVG string out. Text is wrapped by DejaVu Sans widths (text-width.ts),
 * the widest font it may be drawn in, so nothing runs past the frame.
 */
import { textWidth, wrapText } from './text-width';
import { escapeXml } from '$lib/escape';

export interface LegendItem {
	label: string;
	colour: string;
	/** how the mark looks: a filled square (default), a hollow or a dashed outline */
	mark?: 'fill' | 'outline' | 'dashed';
}

export interface FrameText {
	title: string;
	subtitle?: string;
	legend?: LegendItem[];
	/** "Sumber: …", already with the report and table */
	source: string;
	/** one sentence per status other than official */
	notes?: string[];
	/** "Data per 31 Desember 2024" */
	date: string;
	/** the page's address, e.g. https://tolok.example/peringkat/indeks/kota/2024 */
	address: string;
}

export const FRAME_WIDTH = 1200;
const PAD = 48;
const FONT = "'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const INK = '#1f2933';
const MUTED = '#52606d';

/** Lines that fit `max` px, at most `maxLines` (the last one ends in "…" when cut). */
export function fitLines(
	text: string,
	max: number,
	size: number,
	bold = false,
	maxLines = Infinity
): string[] {
	const lines = wrapText(text, max, size, bold).flatMap((l) => cutWord(l, max, size, bold));
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]} …`;
	while (textWidth(last, size, bold) > max && last.includes(' '))
		last = `${last.replace(/\s*\S+\s…$/, '')} …`;
	kept[maxLines - 1] = last;
	return kept;
}

/** A single word wider than the line (a long address) is broken into pieces that fit. */
function cutWord(line: string, max: number, size: number, bold: boolean): string[] {
	if (textWidth(line, size, bold) <= max) return [line];
	const out: string[] = [];
	let piece = '';
	for (const c of line) {
		if (piece && textWidth(piece + c, size, bold) > max) {
			out.push(piece);
			piece = c;
		} else piece += c;
	}
	return piece ? [...out, piece] : out;
}

/** One line of text as an SVG element. */
export function textLine(
	text: string,
	x: number,
	y: number,
	size: number,
	{
		bold = false,
		fill = INK,
		anchor = 'start'
	}: { bold?: boolean; fill?: string; anchor?: string } = {}
): string {
	return `<text x="${x}" y="${y}" font-family="${escapeXml(FONT)}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>${escapeXml(text)}</text>`;
}

/** The footer every frame ends with: notes, source, date, Tolok and the address. */
export function footer(
	text: Pick<FrameText, 'notes' | 'source' | 'date' | 'address'>,
	width: number,
	size = 18
): { lines: { text: string; bold?: boolean; fill?: string; gap?: number }[]; height: number } {
	const line = size * 1.4;
	const lines: { text: string; bold?: boolean; fill?: string; gap?: number }[] = [];
	for (const note of text.notes ?? [])
		for (const l of fitLines(`⚠ ${note}`, width, size)) lines.push({ text: l, fill: '#5c4400' });
	for (const l of fitLines(text.source, width, size)) lines.push({ text: l, fill: MUTED });
	lines.push({ text: text.date, fill: MUTED });
	for (const [i, l] of cutWord(`Tolok · ${text.address}`, width, size, true).entries())
		lines.push({ text: l, bold: i === 0, fill: INK });
	return { lines, height: lines.length * line };
}

/** Draws footer lines from baseline y. */
export function drawLines(
	lines: readonly { text: string; bold?: boolean; fill?: string }[],
	x: number,
	y: number,
	size: number
): string[] {
	return lines.map((l, i) =>
		textLine(l.text, x, y + i * size * 1.4, size, { bold: l.bold, fill: l.fill })
	);
}

/** The chart's own SVG (from renderSvg or renderTiers) placed in the frame, scaled to the frame's width. */
export function framedSvg(drawn: string, text: FrameText, width = FRAME_WIDTH): string {
	// a chart drawn at several widths (renderTiers) is framed at its widest, the last one
	const chartSvg = drawn.slice(Math.max(0, drawn.lastIndexOf('<svg')));
	const inner = width - 2 * PAD;
	const box = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(chartSvg);
	const cw = Number(box?.[1] ?? 640);
	const ch = Number(box?.[2] ?? 320);
	const chartHeight = Math.round((inner * ch) / cw);
	const parts: string[] = [];
	let y = PAD;

	const title = fitLines(text.title, inner, 32, true, 3);
	for (const l of title) {
		y += 40;
		parts.push(textLine(l, PAD, y, 32, { bold: true }));
	}
	if (text.subtitle) {
		for (const l of fitLines(text.subtitle, inner, 20, false, 2)) {
			y += 30;
			parts.push(textLine(l, PAD, y, 20, { fill: MUTED }));
		}
	}
	y += 20;
	const chart = chartSvg
		.replace(/^<svg\b[^>]*?\sviewBox=/, (m) =>
			m.replace(/^<svg\b/, `<svg x="${PAD}" y="${y}" width="${inner}" height="${chartHeight}"`)
		)
		.replace(/ role="img"| aria-label="[^"]*"/g, '');
	parts.push(chart);
	y += chartHeight;

	if (text.legend?.length) {
		y += 16;
		let x = PAD;
		let rowY = y + 22;
		for (const item of text.legend) {
			const w = 26 + textWidth(item.label, 18) + 28;
			if (x > PAD && x + w > width - PAD) {
				x = PAD;
				rowY += 30;
			}
			const mark =
				item.mark === 'outline' || item.mark === 'dashed'
					? `<rect x="${x + 1}" y="${rowY - 15}" width="16" height="16" fill="#fff" stroke="${item.colour}" stroke-width="2"${item.mark === 'dashed' ? ' stroke-dasharray="4 3"' : ''}/>`
					: `<rect x="${x}" y="${rowY - 16}" width="18" height="18" fill="${item.colour}" stroke="${MUTED}" stroke-width="0.5"/>`;
			parts.push(mark, textLine(item.label, x + 26, rowY, 18, { fill: INK }));
			x += w;
		}
		y = rowY + 8;
	}

	const foot = footer(text, inner);
	y += 36;
	parts.push(
		`<line x1="${PAD}" y1="${y - 22}" x2="${width - PAD}" y2="${y - 22}" stroke="#d9dee3"/>`,
		...drawLines(foot.lines, PAD, y, 18)
	);
	y += foot.height + PAD / 2;
	const height = Math.ceil(y);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		`<rect width="${width}" height="6" fill="#253494"/>`,
		...parts,
		'</svg>'
	].join('\n');
}

export { dataAsOf, dataDate, statusNotes } from './frame-notes';
