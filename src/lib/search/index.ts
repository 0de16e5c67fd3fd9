/**
 * Finding a region or instansi by name, tolerant of "Kab." / "Kabupaten", "Bau Bau" / "Baubau",
 * letter case and missing spaces. The index is prerendered (/cari.json) with each entry's
 * comparison keys; the browser only folds the query the same way and compares strings.
 */
import { searchKey, editDistance } from '$lib/regions';
import { nameKey } from '$lib/instansi';

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

const KIND_ORDER: Record<string, number> = {
	provinsi: 0,
	kota: 1,
	kabupaten: 1,
	kementerian: 2,
	lembaga: 3
};

/** Entries matching the query, best first: whole-key match, then key prefix, then anywhere. */
export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
	const qs = queryKeys(query);
	if (qs.length === 0) return [];
	const scored: { e: SearchEntry; score: number }[] = [];
	for (const e of index) {
		let score = Infinity;
		for (const key of e.s.split('|')) {
			for (const q of qs) {
				if (key === q) score = Math.min(score, 0);
				else if (key.startsWith(q)) score = Math.min(score, 1);
				else if (key.includes(q)) score = Math.min(score, 2);
			}
		}
		if (score < Infinity) scored.push({ e, score });
	}
	scored.sort(
		(a, b) =>
			a.score - b.score ||
			(KIND_ORDER[a.e.k] ?? 9) - (KIND_ORDER[b.e.k] ?? 9) ||
			a.e.n.length - b.e.n.length ||
			a.e.n.localeCompare(b.e.n)
	);
	return scored.slice(0, limit).map((s) => s.e);
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
