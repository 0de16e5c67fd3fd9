import type { RegionKind } from './match.ts';

/** Leading words that name the kind of region ("Kab." → kabupaten). */
const KIND_WORDS: Record<string, RegionKind> = {
	kab: 'kabupaten',
	kabupaten: 'kabupaten',
	kota: 'kota',
	prov: 'provinsi',
	provinsi: 'provinsi'
};

/** Abbreviated words printed in the reports ("Kab. Kep. Mentawai", "Ogan Komering Ulu Sel."). */
const ABBREVIATIONS: Record<string, string> = { kep: 'kepulauan', sel: 'selatan' };

/** Province prefixes with several spellings, folded to one (applied to the space-separated name). */
const PREFIXES: [RegExp, string][] = [
	[/^(?:d i|di|daerah istimewa) /, 'di '],
	[/^(?:dki|daerah khusus ibu ?kota|daerah khusus) /, 'dki ']
];

/** Lower case, diacritics and punctuation removed, split into words. */
function words(name: string): string[] {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter((word) => word !== '');
}

/**
 * Split a region name into its kind ("Kabupaten", "Kab.", "Kota", "Provinsi", "Prov.", after an
 * optional "Pemerintah") and the rest folded to a compact key without spaces:
 * "Pemerintah Kab. Kep. Mentawai" → { kind: 'kabupaten', rest: 'kepulauanmentawai' }.
 */
export function splitKind(name: string): { kind: RegionKind | null; rest: string } {
	const list = words(name);
	if (list[0] === 'pemerintah' && list.length > 1) list.shift();
	const first = list[0];
	const kind = first !== undefined && list.length > 1 ? (KIND_WORDS[first] ?? null) : null;
	if (kind) list.shift();
	let rest = list.map((word) => ABBREVIATIONS[word] ?? word).join(' ') + ' ';
	for (const [pattern, replacement] of PREFIXES) rest = rest.replace(pattern, replacement);
	return { kind, rest: rest.replace(/ /g, '') };
}

/**
 * Comparison key of a region name: "Pemerintah Kab. Malang" and "kabupaten malang" both give
 * "kabupaten malang"; "Kota Bau Bau" and "KOTA BAUBAU" give "kota baubau"; a name without a kind
 * gives the bare rest ("D.I Yogyakarta" → "diyogyakarta").
 */
export function searchKey(name: string): string {
	const { kind, rest } = splitKind(name);
	return kind ? `${kind} ${rest}` : rest;
}
