/**
 * Every number on screen goes through here: the reader's locale decides the decimal
 * separator (3,82 in Indonesian, 3.82 in English). Pure functions, cached formatters.
 */
import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = lang + JSON.stringify(opts);
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(LOCALE[lang], opts);
		cache.set(key, f);
	}
	return f;
}

/** An index or domain value: always two decimals. "–" when unknown. */
export function formatScore(value: number | null | undefined, lang: Lang): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	return nf(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A signed difference with a real minus sign: +1,22 / −0,19 / ±0,00. */
export function formatDelta(value: number | null | undefined, lang: Lang): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	const abs = formatScore(Math.abs(value), lang);
	const rounded = Math.round(value * 100);
	return rounded > 0 ? `+${abs}` : rounded < 0 ? `−${abs}` : `±${abs}`;
}

export function formatInt(value: number, lang: Lang): string {
	return nf(lang, { maximumFractionDigits: 0 }).format(value);
}

export function formatPercent(share: number, lang: Lang): string {
	return nf(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "8", or "=4" for a shared rank. */
export function formatRank(rank: number | null, tie: boolean): string {
	if (rank === null) return '–';
	return tie ? `=${rank}` : String(rank);
}

export function formatDate(iso: string, lang: Lang): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return new Intl.DateTimeFormat(LOCALE[lang], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Asia/Jakarta'
	}).format(d);
}

/** Index points with three or four decimals (+0,055 / +0,0825): the gain of one indicator. */
export function formatPoints(value: number | null | undefined, lang: Lang): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	return nf(lang, { minimumFractionDigits: 3, maximumFractionDigits: 4 }).format(value);
}

/** Bytes as megabytes with one decimal (1,2 / 1.2), for a download's progress. */
export function formatMegabytes(bytes: number, lang: Lang): string {
	return nf(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);
}
