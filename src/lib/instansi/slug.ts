/**
 * Names of government bodies → stable identifiers and comparison keys.
 * Pure and browser-safe: no node modules, no data.
 */

/** Apostrophes join a word ("Ma'ruf" → "maruf"); every other mark separates words. */
const APOSTROPHES = /['\u2018\u2019`\u00b4]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/;

/** Lower case ASCII words of a name: diacritics stripped, '&' read as "dan". */
function words(name: string): string[] {
	return name
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(APOSTROPHES, '')
		.replace(/&/g, ' dan ')
		.split(NON_WORD)
		.filter((w) => w.length > 0);
}

/**
 * URL-safe identifier of a name: lower case ASCII words joined by '-', punctuation removed.
 * "Kementerian Koordinator Bidang Politik, Hukum dan Keamanan"
 *   → "kementerian-koordinator-bidang-politik-hukum-dan-keamanan".
 */
export function slugify(name: string): string {
	return words(name).join('-');
}

/**
 * Abbreviations that printed names use interchangeably with the words they stand for.
 * Kept short on purpose: a short name of one body ("Kementerian BUMN") is an alias in the
 * reviewed alias table, not an expansion here.
 */
const EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
	ri: ['republik', 'indonesia']
};

/**
 * Looser comparison key: lower case ASCII with punctuation and spaces removed, '&' read as
 * "dan" and "RI" as "Republik Indonesia". Two names with the same key are the same name.
 * "Perpustakaan Nasional RI" and "Perpustakaan Nasional Republik Indonesia" share one key.
 */
export function nameKey(name: string): string {
	return words(name)
		.flatMap((w) => EXPANSIONS[w] ?? [w])
		.join('');
}
