import { MESSAGES, type Lang, type MessageKey } from './messages';

export type Params = Record<string, string | number>;

/** The message for `key` in `lang`, with {placeholders} filled. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
	const text: string = MESSAGES[lang][key] ?? MESSAGES.id[key];
	return text.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}

export function isLang(s: string | null | undefined): s is Lang {
	return s === 'id' || s === 'en';
}
