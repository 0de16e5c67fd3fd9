import { searchKey, splitKind } from './normalise.ts';

export type RegionKind = 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
	kode: string;
	nama: string;
	kind: RegionKind;
	provinsiKode: string;
	provinsiNama: string;
}

export interface RegionAlias {
	alias: string;
	kode: string;
	reason: string;
}

export type MatchResult =
	| { ok: true; kode: string; via: 'exact' | 'alias' }
	/** candidates: near misses (none) or the clashing regions (ambiguous). */
	| { ok: false; reason: 'none' | 'ambiguous'; candidates: Region[] };

export interface MatchHint {
	kind?: RegionKind;
	/** Province name, spelled loosely ("D.I Yogyakarta"); resolved with the same matcher. */
	provinsi?: string;
}

export interface RegionMatcher {
	match(name: string, hint?: MatchHint): MatchResult;
	suggest(name: string, limit?: number): Region[];
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

type Index = Map<string, Region[]>;

/** Register a region under its bare key ("malang") and its kind-prefixed key ("kota malang"). */
function add(index: Index, rest: string, region: Region): void {
	for (const key of [rest, `${region.kind} ${rest}`]) {
		const list = index.get(key);
		if (!list) index.set(key, [region]);
		else if (!list.includes(region)) list.push(region);
	}
}

/**
 * Matcher of region names to Kemendagri codes: exact on the normalised key first, then through the
 * reviewed alias table. Never fuzzy: edit distance is only used by `suggest` and for near misses.
 */
export function createRegionMatcher(regions: Region[], aliases: RegionAlias[]): RegionMatcher {
	const byKode = new Map(regions.map((region) => [region.kode, region]));
	const restOf = new Map(regions.map((region) => [region, splitKind(region.nama).rest]));
	const exact: Index = new Map();
	const alias: Index = new Map();
	for (const [region, rest] of restOf) add(exact, rest, region);
	for (const row of aliases) {
		const region = byKode.get(row.kode);
		if (!region) throw new Error(`region alias "${row.alias}": unknown kode ${row.kode}`);
		const { kind, rest } = splitKind(row.alias);
		if (kind && kind !== region.kind)
			throw new Error(
				`region alias "${row.alias}" is a ${kind}, but ${row.kode} is a ${region.kind}`
			);
		add(alias, rest, region);
	}

	function nearest(name: string, limit: number, keep: (region: Region) => boolean): Region[] {
		const { kind, rest } = splitKind(name);
		const key = kind ? `${kind} ${rest}` : rest;
		return regions
			.filter(keep)
			.map((region) => {
				const other = restOf.get(region) ?? '';
				return { region, distance: editDistance(key, kind ? `${region.kind} ${other}` : other) };
			})
			.sort((a, b) => a.distance - b.distance || a.region.kode.localeCompare(b.region.kode))
			.slice(0, limit)
			.map(({ region }) => region);
	}

	function match(name: string, hint: MatchHint = {}): MatchResult {
		let provinsiKode: string | undefined;
		if (hint.provinsi !== undefined) {
			const provinsi = match(hint.provinsi, { kind: 'provinsi' });
			if (!provinsi.ok) return provinsi; // the hint itself is unknown or ambiguous
			provinsiKode = provinsi.kode;
		}
		const keep = (region: Region): boolean =>
			(!hint.kind || region.kind === hint.kind) &&
			(!provinsiKode || region.provinsiKode === provinsiKode);
		const key = searchKey(name);
		for (const [index, via] of [
			[exact, 'exact'],
			[alias, 'alias']
		] as const) {
			const found = (index.get(key) ?? []).filter(keep);
			const [first] = found;
			if (first && found.length === 1) return { ok: true, kode: first.kode, via };
			if (found.length > 1) return { ok: false, reason: 'ambiguous', candidates: found };
		}
		return { ok: false, reason: 'none', candidates: nearest(name, 5, keep) };
	}

	return { match, suggest: (name, limit = 5) => nearest(name, limit, () => true) };
}
