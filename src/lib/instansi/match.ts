import { nameKey, slugify } from './slug';

/**
 * Central government bodies (instansi pusat) and the matcher that resolves printed or reported
 * names to their slug. Pure and browser-safe: the tables are passed in, never read here.
 */

export const CENTRAL_KINDS = ['kementerian', 'lembaga'] as const;
export type CentralKind = (typeof CENTRAL_KINDS)[number];

export interface CentralInstansi {
	slug: string;
	name: string;
	kind: 'kementerian' | 'lembaga';
	abbreviation: string;
}

export interface CentralAlias {
	alias: string;
	slug: string;
	reason: string;
}

export type CentralMatch =
	| { ok: true; slug: string }
	| { ok: false; reason: 'none' | 'ambiguous'; candidates: CentralInstansi[] };

export interface CentralMatcher {
	/**
	 * Exact match on the comparison key (see nameKey) of a canonical name, an alias or an
	 * abbreviation. Never fuzzy: a name that is not in the tables is 'none', with suggestions
	 * as candidates; a key shared by several bodies is 'ambiguous'.
	 */
	match(name: string): CentralMatch;
	/** Closest bodies by edit distance and shared words, best first, for a human to review. */
	suggest(name: string, limit?: number): CentralInstansi[];
}

export function isCentralKind(value: string): value is CentralKind {
	return (CENTRAL_KINDS as readonly string[]).includes(value);
}

/** Largest distance score (0 = same, 1 = nothing in common) still offered as a suggestion. */
const SUGGEST_MAX_SCORE = 0.6;
const SUGGEST_LIMIT = 5;

/**
 * Builds the matcher. Throws when the tables contradict themselves: a repeated slug, or an
 * alias that points to no body.
 */
export function createCentralMatcher(
	bodies: CentralInstansi[],
	aliases: CentralAlias[]
): CentralMatcher {
	const bySlug = new Map<string, CentralInstansi>();
	for (const body of bodies) {
		if (bySlug.has(body.slug)) throw new Error(`central instansi: slug ${body.slug} repeated`);
		bySlug.set(body.slug, body);
	}

	/** Comparison key → slugs it names (more than one means ambiguous). */
	const slugsByKey = new Map<string, Set<string>>();
	/** Slug → every key that names it, for suggestions. */
	const keysBySlug = new Map<string, Set<string>>();
	const add = (text: string, slug: string): void => {
		const key = nameKey(text);
		if (key === '') return;
		let slugs = slugsByKey.get(key);
		if (!slugs) slugsByKey.set(key, (slugs = new Set()));
		slugs.add(slug);
		let keys = keysBySlug.get(slug);
		if (!keys) keysBySlug.set(slug, (keys = new Set()));
		keys.add(key);
	};

	for (const body of bodies) {
		add(body.name, body.slug);
		add(body.abbreviation, body.slug);
	}
	for (const a of aliases) {
		if (!bySlug.has(a.slug)) {
			throw new Error(`central alias "${a.alias}": slug ${a.slug} is not a central instansi`);
		}
		add(a.alias, a.slug);
	}

	const bodiesOf = (slugs: Iterable<string>): CentralInstansi[] => {
		const out: CentralInstansi[] = [];
		for (const slug of slugs) {
			const body = bySlug.get(slug);
			if (body) out.push(body);
		}
		return out;
	};

	function suggest(name: string, limit = SUGGEST_LIMIT): CentralInstansi[] {
		const query = nameKey(name);
		if (query === '' || limit <= 0) return [];
		const queryWords = new Set(slugify(name).split('-'));
		const scored: { body: CentralInstansi; score: number }[] = [];
		for (const body of bodies) {
			let score = 1 - jaccard(queryWords, new Set(slugify(body.name).split('-')));
			for (const key of keysBySlug.get(body.slug) ?? []) {
				score = Math.min(score, levenshtein(query, key) / Math.max(query.length, key.length));
			}
			if (score <= SUGGEST_MAX_SCORE) scored.push({ body, score });
		}
		scored.sort((a, b) => a.score - b.score || a.body.name.localeCompare(b.body.name));
		return scored.slice(0, limit).map((s) => s.body);
	}

	function match(name: string): CentralMatch {
		const slugs = slugsByKey.get(nameKey(name));
		if (!slugs) return { ok: false, reason: 'none', candidates: suggest(name) };
		const [first, ...rest] = [...slugs];
		if (first !== undefined && rest.length === 0) return { ok: true, slug: first };
		return { ok: false, reason: 'ambiguous', candidates: bodiesOf(slugs) };
	}

	return { match, suggest };
}

function jaccard(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	const union = a.size + b.size - shared;
	return union === 0 ? 0 : shared / union;
}

/** Edit distance (insertions, deletions, substitutions), two rows. */
export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	let curr = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		curr[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
		}
		[prev, curr] = [curr, prev];
	}
	return prev[b.length] ?? 0;
}
