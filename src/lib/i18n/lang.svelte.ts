/**
 * The reader's language. Pages are prerendered in Bahasa Indonesia; `?lang=en` in the
 * address switches after hydration (so shared links keep the language) and links keep it.
 */
import { translate, type Params } from './translate';
import type { Lang, MessageKey } from './messages';
import { formatDelta, formatInt, formatScore } from './format';

class Locale {
	#lang = $state<Lang>('id');

	get lang(): Lang {
		return this.#lang;
	}
	set lang(value: Lang) {
		this.#lang = value;
	}
	t = (key: MessageKey, params?: Params): string => translate(this.#lang, key, params);
	score = (v: number | null | undefined): string => formatScore(v, this.#lang);
	delta = (v: number | null | undefined): string => formatDelta(v, this.#lang);
	int = (v: number): string => formatInt(v, this.#lang);
}

export const locale = new Locale();

/** The same address with the language kept (or dropped for the default). */
export function withLang(href: string, lang: Lang): string {
	if (lang === 'id') return href;
	const [path = '', query = ''] = href.split('?');
	const params = new URLSearchParams(query);
	params.set('lang', lang);
	return `${path}?${params}`;
}
