/**
 * The reader's language comes from the address: Bahasa Indonesia at /…, English at /en/…
 * (Paraglide's 'url' strategy). Each language is prerendered at its own address, so nothing
 * switches after the page runs; changing language is a link to the other address.
 */
import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';
import { formatDelta, formatInt, formatScore } from './format';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** A catalogue key as data names it ('nav.home'): picked through a family in ./families/. */
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

/**
 * Addresses already localised. Paraglide parses and matches each one as a URL, and the same
 * ones come again: the header's links twice on every page (the wide bar and the phone menu),
 * and again after each navigation.
 */
const localized = new Map<string, string>();

/**
 * A page's address in `lang` (`/peringkat?x=1` → `/en/peringkat?x=1`), base path kept.
 * Files (a CSV, JSON, an image) have one address for both languages.
 */
export function withLang(href: string, lang: Lang): string {
	const key = `${lang} ${href}`;
	let out = localized.get(key);
	if (out === undefined) {
		const path = href.split(/[?#]/)[0]!;
		// a file, not a region code such as 35.73
		out = /\.(csv|json|png|svg|xlsx|txt|xml)$/i.test(path)
			? href
			: localizeHref(href, { locale: lang });
		if (localized.size >= 5000) localized.clear();
		localized.set(key, out);
	}
	return out;
}

/** The path without its language prefix: `/en/peringkat` → `/peringkat`. */
export const unlocalized = (pathname: string): string => deLocalizeHref(pathname);

/**
 * The view at `pathname` + `search` in `lang`: the old `?lang=` parameter is dropped, the
 * rest of the query kept (a filter, a sort, the chosen regions).
 */
export function inLang(lang: Lang, pathname: string, search: string): string {
	const params = new URLSearchParams(search);
	params.delete('lang');
	const q = params.toString();
	return withLang(unlocalized(pathname), lang) + (q ? `?${q}` : '');
}
