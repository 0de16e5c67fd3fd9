/**
 * Scores are published with two decimals. We carry them as integer hundredths
 * (3.82 → 382) so differences, ties and bands are exact; they become numbers
 * with decimals only for display.
 */
const SCORE = /^\s*(-?)(\d{1,2})(?:[.,](\d{1,2}))?\s*$/;

/** Parses "3.82", "3,82", "5.0", "4" into hundredths; null when it is not a score. */
export function parseHundredths(text: string): number | null {
	const m = SCORE.exec(text);
	if (!m) return null;
	const [, sign, whole, frac = ''] = m;
	const h = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
	return sign ? -h : h;
}

/** "3.82" from 382: the exact decimal text, for SQL DECIMAL literals and CSV. */
export function hundredthsToText(h: number): string {
	const sign = h < 0 ? '-' : '';
	const a = Math.abs(h);
	return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
