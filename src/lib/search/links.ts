import { base } from '$app/paths';
import { withLang, type Lang } from '$lib/i18n';

/** The results page of a query: a shareable address (/cari?q=…). */
export function resultsHref(query: string, lang: Lang): string {
	return withLang(`${base}/cari?${new URLSearchParams({ q: query.trim() })}`, lang);
}
