/**
 * Every number on screen goes through here: the reader's locale decides the decimal
 * separator (3,82 in Indonesian, 3.82 in English). Pure functions, cached formatters.
 */
import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const DECIMAL: Record<Lang, string> = { id: ',', en: '.' };
const cache = new Map<string, Intl.NumberFormat>();

/** One formatter per language and style (`name`), made on first use. */
function nf(lang: Lang, name: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang}:${name}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(LOCALE[lang], opts);
		cache.set(key, f);
	}
	return f;
}

/**
 * `value` with `digits` decimals, without building an Intl.NumberFormat where the result is
 * certain to be the same: a 4×-slowed phone CPU spent ~100 ms building a page's first Intl
 * object, and a first view needs only these digits. Intl rounds the shortest decimal that reads back as the
 * double (1.005 is "1.005", not 1.00499…), half away from zero, and so does this; below 1000,
 * once rounded, no grouping separator appears, so only the decimal separator differs.
 * Negatives (and −0), 1000 and more, and exponent forms go through Intl. `shift` multiplies
 * by a power of ten first (2: a share as a percent).
 */
function fixed(value: number, digits: number, lang: Lang, shift = 0): string | null {
	if (!(value >= 0 && value < 1000) || Object.is(value, -0)) return null;
	const shortest = String(value);
	if (shortest.includes('e')) return null;
	const [whole = '0', fraction = ''] = shortest.split('.');
	// × 10^shift on the decimal digits themselves (a percent), never on the double
	const digitsOf = whole + fraction.padEnd(shift + digits, '0');
	const point = whole.length + shift;
	let n = Number(digitsOf.slice(0, point + digits));
	if ((digitsOf[point + digits] ?? '0') >= '5') n += 1;
	const units = String(n).padStart(digits + 1, '0');
	const int = units.slice(0, units.length - digits);
	// 999.5 rounds to 1000, which takes a grouping separator
	if (int.length > 3) return null;
	return digits === 0 ? int : `${int}${DECIMAL[lang]}${units.slice(-digits)}`;
}

/** An index or domain value: always two decimals. "–" when unknown. */
export function formatScore(value: number | null | undefined, lang: Lang): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	return (
		fixed(value, 2, lang) ??
		nf(lang, 'score', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
	);
}

/** A signed difference with a real minus sign: +1,22 / −0,19 / ±0,00. */
export function formatDelta(value: number | null | undefined, lang: Lang): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	const abs = formatScore(Math.abs(value), lang);
	const rounded = Math.round(value * 100);
	return rounded > 0 ? `+${abs}` : rounded < 0 ? `−${abs}` : `±${abs}`;
}

export function formatInt(value: number, lang: Lang): string {
	return fixed(value, 0, lang) ?? nf(lang, 'int', { maximumFractionDigits: 0 }).format(value);
}

export function formatPercent(share: number, lang: Lang): string {
	const percent = fixed(share, 0, lang, 2);
	return percent !== null
		? `${percent}%`
		: nf(lang, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "8", or "=4" for a shared rank. */
export function formatRank(rank: number | null, tie: boolean): string {
	if (rank === null) return '–';
	return tie ? `=${rank}` : String(rank);
}

const MONTHS: Record<Lang, readonly string[]> = {
	id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(
		' '
	),
	en: 'January February March April May June July August September October November December'.split(
		' '
	)
};
/** Western Indonesian Time: UTC+7 all year (no daylight saving since 1964). */
const JAKARTA_OFFSET_MS = 7 * 3600 * 1000;

/**
 * A date as "3 Desember 2026" / "3 December 2026", the calendar day in Jakarta. Written out
 * rather than with Intl.DateTimeFormat, which gives the same text (i18n.test.ts compares them)
 * but costs a phone ~100 ms of CPU to build when it is the page's first Intl object: the
 * footer of every page shows this date.
 */
export function formatDate(iso: string, lang: Lang): string {
	const t = new Date(iso).getTime();
	if (Number.isNaN(t)) return iso;
	const d = new Date(t + JAKARTA_OFFSET_MS);
	return `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Index points with three or four decimals (+0,055 / +0,0825): the gain of one indicator. */
export function formatPoints(value: number | null | undefined, lang: Lang): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	// four decimals, the fourth only when it is not 0
	const four = fixed(value, 4, lang);
	if (four !== null) return four.endsWith('0') ? four.slice(0, -1) : four;
	return nf(lang, 'points', { minimumFractionDigits: 3, maximumFractionDigits: 4 }).format(value);
}

/** Bytes as megabytes with one decimal (1,2 / 1.2), for a download's progress. */
export function formatMegabytes(bytes: number, lang: Lang): string {
	return nf(lang, 'megabytes', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
		bytes / 1e6
	);
}
