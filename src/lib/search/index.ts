/**
 * Finding a region or instansi by name. The index is prerendered (/cari.json) with each entry's
 * name, kind, province, abbreviation and folded comparison keys; `rank` (rank.ts) forgives word
 * order, the ministry's short words and typing mistakes. The import's name matching uses only
 * the exact keys (`entryKeys`, `queryKeys`): it never guesses.
 */
import { searchKey, editDistance } from '$lib/regions';
import { nameKey } from '$lib/instansi';
import { rank } from './rank';

export { rank, onlyMatch, type Ranked } from './rank';

export interface SearchEntry {
	/** instansi id: Kemendagri code or central slug */
	i: string;
	/** name */
	n: string;
	/** kind */
	k: string;
	/** province name (kabupaten/kota) */
	p: string | null;
	/** comparison keys, '|'-separated, no spaces */
	s: string;
	/** abbreviation of a central body ("Kemenkeu"), when it has one */
	a?: string;
}

const compact = (s: string) => s.replace(/ /g, '');

/** The keys an entry is found by: its folded name, the name without its kind, its abbreviation. */
export function entryKeys(name: string, abbreviation?: string | null): string {
	const keys = new Set<string>();
	const folded = searchKey(name); // "kota baubau", "provinsi jawatimur", "kementeriankeuangan"
	keys.add(compact(folded));
	const space = folded.indexOf(' ');
	if (space > 0) keys.add(folded.slice(space + 1));
	keys.add(nameKey(name));
	if (abbreviation) {
		keys.add(nameKey(abbreviation));
		// "KemenPANRB" is written "Kementerian PANRB" too
		const kemen = /^kemen(?!terian)(.+)$/i.exec(abbreviation.trim());
		if (kemen) keys.add(nameKey(`Kementerian ${kemen[1]}`));
	}
	keys.delete('');
	return [...keys].join('|');
}

/** The query folded the two ways entries are: region rules (kind words) and central-body rules. */
export function queryKeys(query: string): string[] {
	return [...new Set([compact(searchKey(query)), nameKey(query)])].filter((k) => k.length > 0);
}

/** Entries matching the query, closest first (see rank.ts). */
export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
	return rank(index, query)
		.slice(0, limit)
		.map((r) => r.entry);
}

const CODE = /^\d{2}(?:\.\d{1,2})?$/;

/**
 * The closest names for something that matched nothing (an unknown code or a misspelt name in an
 * address): a code suggests its province and that province's regions nearest in number; a name
 * suggests what search finds, else the smallest edit distance.
 */
export function suggest(index: readonly SearchEntry[], text: string, limit = 6): SearchEntry[] {
	const raw = decodeURIComponent(text).trim();
	if (CODE.test(raw)) {
		const prov = raw.slice(0, 2);
		const num = Number(raw.slice(3) || 0);
		const same = index.filter((e) => e.i === prov || e.i.startsWith(`${prov}.`));
		if (same.length > 0)
			return same
				.sort(
					(a, b) =>
						Math.abs(Number(a.i.slice(3) || 0) - num) - Math.abs(Number(b.i.slice(3) || 0) - num)
				)
				.slice(0, limit);
	}
	const words = raw.replace(/[-_.]+/g, ' ');
	const found = search(index, words, limit);
	if (found.length > 0) return found;
	const qs = queryKeys(words);
	if (qs.length === 0) return [];
	return index
		.map((e) => ({
			e,
			d: Math.min(
				...e.s
					.split('|')
					.flatMap((key) => qs.map((q) => editDistance(q, key) / Math.max(q.length, key.length)))
			)
		}))
		.sort((a, b) => a.d - b.d || a.e.n.localeCompare(b.e.n))
		.slice(0, limit)
		.map((x) => x.e);
}
