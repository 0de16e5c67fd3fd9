/**
 * The reader's language comes from the address: Bahasa Indonesia at /…, English at /en/…
 * (Paraglide's 'url' strategy). Each language is prerendered at its own address, so nothing
 * switches after the page runs; changing language is a link to the other address.
 */
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { formatDelta, formatInt, formatScore } from './format';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** A catalogue key as data names it ('nav.home'): picked through a family in ./families. */
export type MessageKey = string;

export function isLang(s: string | null | undefined): s is Lang {
	return s === 'id' || s === 'en';
}

class Locale {
	get lang(): Lang {
		return getLocale();
	}
	score = (v: number | null | undefined): string => formatScore(v, this.lang);
	delta = (v: number | null | undefined): string => formatDelta(v, this.lang);
	int = (v: number): string => formatInt(v, this.lang);
}

export const locale = new Locale();

/** The same address in `lang` (`/peringkat?x=1` → `/en/peringkat?x=1`), base path kept. */
export function withLang(href: string, lang: Lang): string {
	return localizeHref(href, { locale: lang });
}
