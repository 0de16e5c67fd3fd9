/**
 * Scores are published with two decimals. We carry them as integer hundredths
 * (3.82 → 382) so differences, ties and bands are exact; they become numbers
 * with decimals only for display.
 */

/** Why a text is not a score: not a number, more than two decimals, or outside the range. */
export type ScoreError = 'notNumber' | 'decimals' | 'outOfRange';

const SCORE = /^([+\-−]?)(\d+)(?:[.,](\d+))?$/;

/**
 * The one score parser (the pipeline, the bands, the import check and the ranking filters
 * read scores through it): "3.82", "3,82", "5.0", "4", " 0.30 " in hundredths. A decimal
 * point or comma, at most two decimals, an optional +; a minus (- or −) before a value other
 * than zero only when `signed`. Out of range: above `max` hundredths (500 = 5.00), a negative
 * value unless signed, or below −`max`.
 */
export function readScore(
	text: string,
	{ max = 500, signed = false }: { max?: number; signed?: boolean } = {}
): { h: number } | { error: ScoreError } {
	const m = SCORE.exec(text.trim());
	if (!m) return { error: 'notNumber' };
	const [, sign = '', whole = '', frac = ''] = m;
	if (frac.length > 2) return { error: 'decimals' };
	const magnitude = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
	const negative = (sign === '-' || sign === '−') && magnitude !== 0;
	if ((negative && !signed) || magnitude > max) return { error: 'outOfRange' };
	return { h: negative ? -magnitude : magnitude };
}

/**
 * Parses "3.82", "3,82", "5.0", "4", "-0.19" (at most two digits before the decimal point)
 * into hundredths; null when it is not a score. The caller checks the range.
 */
export function parseHundredths(text: string): number | null {
	const r = readScore(text, { max: 9999, signed: true });
	return 'h' in r ? r.h : null;
}

/** "3.82" from 382: the exact decimal text, for SQL DECIMAL literals and CSV. */
export function hundredthsToText(h: number): string {
	const sign = h < 0 ? '-' : '';
	const a = Math.abs(h);
	return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
