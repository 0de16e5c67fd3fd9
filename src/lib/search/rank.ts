/**
 * Search that forgives: every word of the query must find a word of the entry, in any order,
 * exactly, as the beginning of a word (typing), or within the typing mistakes its length allows;
 * the ministry's short words ("Pemkot", "Kab", "Kt", "Prov", "Kemenkeu", "Jatim") mean what
 * they stand for. A second route compares the whole query without spaces against the entry's
 * folded keys ("kabupatenbanyuwangi", "baubau"). Entries are ranked by the cost of the cheaper
 * route: exact words first, then beginnings, then typing mistakes, then the words of the name
 * the query left out.
 */
import { slugify } from '$lib/instansi/slug';
import { allowedEdits, boundedEdits } from './edits';
import type { SearchEntry } from './index';

/** Words of a query that stand for another word (the kind of a region, printed abbreviations). */
const QUERY_WORDS: Readonly<Record<string, string>> = {
	pemkot: 'kota',
	kot: 'kota',
	kt: 'kota',
	pemkab: 'kabupaten',
	kab: 'kabupaten',
	pemprov: 'provinsi',
	prov: 'provinsi',
	propinsi: 'provinsi',
	kep: 'kepulauan',
	sel: 'selatan'
};

/** Words that say only "a government" and are dropped when the query has others. */
const DROPPED = new Set(['pemerintah', 'pemerintahan', 'pemda']);

/** "pemkotbengkulu" (as in a hashtag) reads as "pemkot bengkulu". */
const GLUED = /^(pemkot|pemkab|pemprov)([a-z]{3,})$/;

/** Short names of provinces in common use, by province code. */
const PROVINCE_SHORT: Readonly<Record<string, readonly string[]>> = {
	'11': ['nad'],
	'12': ['sumut'],
	'13': ['sumbar'],
	'16': ['sumsel'],
	'19': ['babel'],
	'21': ['kepri'],
	'31': ['dki'],
	'32': ['jabar'],
	'33': ['jateng'],
	'34': ['diy', 'di', 'jogja', 'yogya', 'jogjakarta'],
	'35': ['jatim'],
	'52': ['ntb'],
	'53': ['ntt'],
	'61': ['kalbar'],
	'62': ['kalteng'],
	'63': ['kalsel'],
	'64': ['kaltim'],
	'65': ['kaltara'],
	'71': ['sulut'],
	'72': ['sulteng'],
	'73': ['sulsel'],
	'74': ['sultra'],
	'76': ['sulbar'],
	'82': ['malut'],
	'92': ['pabar'],
	'93': ['papsel'],
	'94': ['papteng'],
	'96': ['pbd']
};

const REGION_KINDS = new Set(['provinsi', 'kabupaten', 'kota']);

/** Cost of each name word the query did not name: "Kota Bengkulu" before "Kab. Bengkulu Selatan". */
const LEFT_OUT = 0.4;
/** Extra cost of a word found only in the entry's province ("kabupaten jatim"). */
const IN_PROVINCE = 1;

const words = (text: string): string[] => slugify(text).split('-').filter(Boolean);

/** The query's words, short words expanded, "pemerintah" dropped; the last one may be unfinished. */
export function queryWords(query: string): string[] {
	const raw = words(query).flatMap((w) => {
		const glued = GLUED.exec(w);
		return glued ? [glued[1] as string, glued[2] as string] : [w];
	});
	const kept = raw.filter((w) => !DROPPED.has(w));
	return (kept.length > 0 ? kept : raw).map((w) => QUERY_WORDS[w] ?? w);
}

interface Prepared {
	entry: SearchEntry;
	/** the region's kind word, matched like a name word */
	kind: string | null;
	/** the words of the name, without its kind */
	name: string[];
	/** the abbreviation's words ("kemenko", "polhukam"), counted like the name's */
	short: string[];
	/** other words that name it: "keu" of "Kemenkeu", "jatim" for Jawa Timur */
	aliases: string[];
	/** its province's words and short names (kabupaten, kota) */
	province: string[];
	/** the folded keys of /cari.json */
	keys: string[];
}

/** "Kemenkeu" is also found by "keu", "Kemenko PMK" by "pmk", "Kemnaker" by "naker". */
function ministryRest(word: string): string[] {
	const m = /^(?:kemenko|kemen|kem)([a-z]{3,})$/.exec(word);
	return m?.[1] ? [m[1]] : [];
}

function prepare(e: SearchEntry): Prepared {
	const all = words(e.n);
	const first = all[0] ?? '';
	const region = REGION_KINDS.has(e.k) && first === e.k && all.length > 1;
	const short = e.a ? words(e.a) : [];
	const code = e.i.slice(0, 2);
	const regional = /^\d{2}/.test(e.i);
	const aliases = [
		...short.flatMap(ministryRest),
		...(e.a ? [slugify(e.a).replace(/-/g, '')] : []),
		...(regional && e.k === 'provinsi' ? (PROVINCE_SHORT[code] ?? []) : [])
	];
	return {
		entry: e,
		kind: region ? first : null,
		name: region ? all.slice(1) : all,
		short,
		aliases,
		province:
			regional && e.k !== 'provinsi' && e.p ? [...words(e.p), ...(PROVINCE_SHORT[code] ?? [])] : [],
		keys: e.s.split('|')
	};
}

const prepared = new WeakMap<readonly SearchEntry[], Prepared[]>();
function prepareAll(index: readonly SearchEntry[]): Prepared[] {
	let list = prepared.get(index);
	if (!list) prepared.set(index, (list = index.map(prepare)));
	return list;
}

/**
 * How closely one query word matches one word: 0 the same word, 1 to 1.5 its beginning (more
 * for a shorter beginning), 2 per typing mistake, one more when the mistake is in an unfinished
 * word, 3 for four letters or more inside the word; Infinity when it does not match.
 */
export function wordCost(q: string, w: string): number {
	if (q === w) return 0;
	if (w.startsWith(q)) return 1 + 0.5 * (1 - q.length / w.length);
	const max = allowedEdits(q.length);
	if (max > 0) {
		const whole = boundedEdits(q, w, max);
		if (whole <= max) return 2 * whole;
		// a word being typed: its first letter is taken as meant ("papu" is not "kapuas")
		if (q[0] === w[0]) {
			const start = boundedEdits(q, w, max, true);
			if (start <= max) return 2 * start + 1;
		}
	}
	if (q.length >= 4 && w.includes(q)) return 3;
	return Infinity;
}

/** One query word's cost against any word, remembered: names share most of their words. */
type Costs = (w: string) => number;
function remembered(q: string): Costs {
	const memo = new Map<string, number>();
	return (w) => {
		let c = memo.get(w);
		if (c === undefined) memo.set(w, (c = wordCost(q, w)));
		return c;
	};
}

const best = (cost: Costs, list: readonly string[]) =>
	list.reduce((m, w) => Math.min(m, cost(w)), Infinity);

/** Cost of the word route, or Infinity when some query word finds nothing. */
function wordRoute(p: Prepared, qs: readonly Costs[]): number {
	let total = 0;
	let own = false; // at least one word found in the entry itself, not only in its province
	const usedName = new Set<string>();
	const usedShort = new Set<string>();
	let whole = false; // a short name for the whole entry ("jatim", "keu") was used
	for (const q of qs) {
		let cost = Infinity;
		let hit: { set: Set<string>; word: string } | null = null;
		if (p.kind !== null) cost = q(p.kind);
		for (const w of p.name) {
			const c = q(w);
			if (c < cost) [cost, hit] = [c, { set: usedName, word: w }];
		}
		for (const w of p.short) {
			const c = q(w);
			if (c < cost) [cost, hit] = [c, { set: usedShort, word: w }];
		}
		const alias = best(q, p.aliases);
		if (alias < cost) [cost, hit, whole] = [alias, null, true];
		if (cost < Infinity) {
			own = true;
			hit?.set.add(hit.word);
		} else {
			cost = best(q, p.province) + IN_PROVINCE;
			if (cost === Infinity) return Infinity;
		}
		total += cost;
	}
	if (!own) return Infinity;
	if (whole) return total;
	const leftName = p.name.filter((w) => w !== 'dan' && !usedName.has(w)).length;
	const leftShort = p.short.length > 0 ? p.short.filter((w) => !usedShort.has(w)).length : leftName;
	return total + LEFT_OUT * Math.min(leftName, leftShort);
}

/** Cost of the whole query without spaces against the folded keys ("kabupatenbanyuwangi"). */
function keyRoute(p: Prepared, compact: string): number {
	if (compact.length < 3) return Infinity;
	let cost = Infinity;
	for (const key of p.keys) {
		if (key === compact) return 0;
		if (key.startsWith(compact)) cost = Math.min(cost, 1 + 0.5 * (1 - compact.length / key.length));
		const max = allowedEdits(compact.length);
		if (max > 0) {
			const d = boundedEdits(compact, key, max);
			if (d <= max) cost = Math.min(cost, 2 * d);
		}
	}
	return cost;
}

export interface Ranked {
	entry: SearchEntry;
	/** 0: every word exact and the whole name named; higher is further */
	cost: number;
}

const KIND_ORDER: Readonly<Record<string, number>> = {
	provinsi: 0,
	kota: 1,
	kabupaten: 1,
	kementerian: 2,
	lembaga: 3
};

/** Every entry the query finds, closest first (then provinces, cities and regencies, then shorter names). */
export function rank(index: readonly SearchEntry[], query: string): Ranked[] {
	const qs = queryWords(query);
	if (qs.length === 0) return [];
	const costs = qs.map(remembered);
	const compacts = [...new Set([words(query).join(''), qs.join('')])];
	const found: Ranked[] = [];
	for (const p of prepareAll(index)) {
		const cost = Math.min(wordRoute(p, costs), ...compacts.map((c) => keyRoute(p, c)));
		if (cost < Infinity) found.push({ entry: p.entry, cost });
	}
	return found.sort(
		(a, b) =>
			a.cost - b.cost ||
			(KIND_ORDER[a.entry.k] ?? 9) - (KIND_ORDER[b.entry.k] ?? 9) ||
			a.entry.n.length - b.entry.n.length ||
			a.entry.n.localeCompare(b.entry.n)
	);
}

/**
 * The one entry a query names outright, for Enter to open: the only match, or the only exact
 * one ("kota bengkulu"); null when several are as close ("bengkulu": the province and the city).
 */
export function onlyMatch(ranked: readonly Ranked[]): SearchEntry | null {
	if (ranked.length === 1) return ranked[0]?.entry ?? null;
	const [first, second] = ranked;
	return first && second && first.cost === 0 && second.cost > 0 ? first.entry : null;
}
