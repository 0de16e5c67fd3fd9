/**
 * The profile pages' data for the whole build, computed once: five whole-set queries (each
 * over every instansi) instead of several per page, grouped by instansi id. Server-only.
 */
import { published } from './published';
import {
	queries,
	type DirectoryRow,
	type NearestPeerRow,
	type ProfileAwardRow,
	type ProfileDomainRow,
	type ProfileResultRow
} from '$lib/db/queries';

export interface ProfileSet {
	directory: DirectoryRow[];
	byId: Map<string, DirectoryRow>;
	results: Map<string, ProfileResultRow[]>;
	domains: Map<string, ProfileDomainRow[]>;
	awards: Map<string, ProfileAwardRow[]>;
	peers: Map<string, NearestPeerRow[]>;
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

let cached: Promise<ProfileSet> | null = null;

export function profileSet(): Promise<ProfileSet> {
	cached ??= (async () => {
		const e = await published();
		const directory = await queries.directory(e);
		const results = await queries.profileResults(e, '*');
		const domains = await queries.profileDomains(e, '*');
		const awards = await queries.profileAwards(e, '*');
		const peers = await queries.nearestPeers(e, '*', 5);
		return {
			directory,
			byId: new Map(directory.map((d) => [d.id, d])),
			results: groupBy(results),
			domains: groupBy(domains),
			awards: groupBy(awards),
			peers: groupBy(peers)
		};
	})();
	return cached;
}
