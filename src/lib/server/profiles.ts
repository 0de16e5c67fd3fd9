/**
 * The profile pages' data for the whole build, computed once: whole-set queries (each over
 * every instansi) instead of several per page, grouped by instansi id. Server-only.
 */
import { published } from './published';
import {
	queries,
	type DirectoryRow,
	type MethodologyItemRow,
	type NearestPeerRow,
	type ProfileAwardRow,
	type ProfileDomainRow,
	type ProfileIndicatorRow,
	type ProfileResultRow
} from '$lib/db/queries';
import { computeIndex, type Exact } from '$lib/methodology/compute';
import { lowerMedian, type NamedItem } from '$lib/profile/indicators';

export interface ProfileSet {
	directory: DirectoryRow[];
	byId: Map<string, DirectoryRow>;
	results: Map<string, ProfileResultRow[]>;
	domains: Map<string, ProfileDomainRow[]>;
	awards: Map<string, ProfileAwardRow[]>;
	peers: Map<string, NearestPeerRow[]>;
	indicators: Map<string, ProfileIndicatorRow[]>;
	/** each methodology's structure with names, by version */
	structure: Map<string, NamedItem[]>;
	/** the peers' (same kind, same year) median of each aspect: "year|kind|aspect" */
	aspectMedians: Map<string, Exact>;
}

function groupBy<T extends { id: string }>(rows: T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const row of rows) {
		const list = out.get(row.id);
		if (list) list.push(row);
		else out.set(row.id, [row]);
	}
	return out;
}

function structures(items: MethodologyItemRow[]): Map<string, NamedItem[]> {
	const out = new Map<string, NamedItem[]>();
	for (const i of items) {
		const list = out.get(i.version) ?? [];
		list.push({
			level: i.level,
			no: Number(i.no),
			parentNo: i.parent_no === null ? null : Number(i.parent_no),
			weightH: Math.round(i.weight_percent * 100),
			name: i.name
		});
		out.set(i.version, list);
	}
	return out;
}

/** Every instansi's exact aspects per year, then the median per year, kind and aspect. */
function aspectMediansOf(
	indicators: Map<string, ProfileIndicatorRow[]>,
	kindOf: Map<string, string>,
	structure: Map<string, NamedItem[]>
): Map<string, Exact> {
	const values = new Map<string, Exact[]>();
	for (const [id, rows] of indicators) {
		for (const year of new Set(rows.map((r) => r.year))) {
			const own = rows.filter((r) => r.year === year);
			const items = structure.get(own[0]?.methodology ?? '') ?? [];
			const { aspects } = computeIndex(
				items,
				new Map(own.map((r) => [r.no, Math.round(r.level * 100)]))
			);
			for (const [no, v] of aspects) {
				const key = `${year}|${kindOf.get(id)}|${no}`;
				values.set(key, [...(values.get(key) ?? []), v]);
			}
		}
	}
	const out = new Map<string, Exact>();
	for (const [key, list] of values) {
		const m = lowerMedian(list);
		if (m) out.set(key, m);
	}
	return out;
}

let cached: Promise<ProfileSet> | null = null;

export function profileSet(): Promise<ProfileSet> {
	cached ??= (async () => {
		const e = await published();
		const directory = await queries.directory(e);
		const results = await queries.profileResults(e, '*');
		const domains = await queries.profileDomains(e, '*');
		const awards = await queries.profileAwards(e, '*');
		const peers = await queries.nearestPeers(e, '*', 5);
		const indicators = groupBy(await queries.profileIndicators(e, '*'));
		const structure = structures(await queries.methodologyItems(e));
		const kindOf = new Map(directory.map((d) => [d.id, d.kind]));
		return {
			directory,
			byId: new Map(directory.map((d) => [d.id, d])),
			results: groupBy(results),
			domains: groupBy(domains),
			awards: groupBy(awards),
			peers: groupBy(peers),
			indicators,
			structure,
			aspectMedians: aspectMediansOf(indicators, kindOf, structure)
		};
	})();
	return cached;
}
