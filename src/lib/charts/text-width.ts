/**
 * Text widths in DejaVu Sans (font-widths.ts), for laying out text where no browser can
 * measure it: ECharts at build time and the export frame. DejaVu Sans is wider than the
 * system fonts browsers draw with, so text placed by these widths is never clipped there.
 */
import { CHARS, WIDTHS } from './font-widths';

const index = new Map([...CHARS].map((c, i) => [c, i]));

/** Width in px of `text` at `size` px. Unknown characters count as a full em. */
export function textWidth(text: string, size: number, bold = false): number {
	const table = bold ? WIDTHS.bold : WIDTHS.regular;
	let w = 0;
	for (const c of text) {
		const i = index.get(c);
		w += i === undefined ? 1000 : (table[i] ?? 1000);
	}
	return (w * size) / 1000;
}

/** zrender's measureText for a CSS font shorthand ("bold 12px system-ui, …"). */
export function measureCssText(text: string, font: string | undefined): { width: number } {
	const f = font ?? '12px sans-serif';
	const size = Number(/(\d+(?:\.\d+)?)px/.exec(f)?.[1] ?? 12);
	const bold = /\b(bold|bolder|[6-9]00)\b/.test(f);
	return { width: textWidth(text ?? '', size, bold) };
}

/** Greedy word wrap into lines no wider than `max` px. */
export function wrapText(text: string, max: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size, bold) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
