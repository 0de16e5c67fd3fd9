/**
 * Where a simulated index would stand among its peers (the same group, the same year), against
 * their published values: ranks as the tables give them (1 + the number ahead; "=" when one or
 * more share the value, compared in hundredths as printed), whom it would pass and who would
 * pass it. The peers' values are the published ones: only the simulated instansi moves.
 */
export interface Peer {
	id: string;
	name: string;
	/** the published index in hundredths */
	indexH: number;
}

export interface RankAmongPeers {
	rank: number;
	tie: boolean;
	/** the group's size, the simulated instansi included */
	of: number;
	/** peers at or ahead of the start now strictly behind, highest first */
	passed: Peer[];
	/** peers at or behind the start now strictly ahead, lowest first */
	passedBy: Peer[];
	/** the nearest peer strictly ahead, if any */
	next: Peer | null;
}

/**
 * `peers` must not hold the simulated instansi itself (`selfId` is dropped if it does).
 * `startH`: the index the scenario started from (null: nobody is passed or passes).
 */
export function rankAmongPeers(
	peers: readonly Peer[],
	selfId: string | null,
	indexH: number,
	startH: number | null
): RankAmongPeers {
	const others = selfId === null ? peers : peers.filter((p) => p.id !== selfId);
	let ahead = 0;
	let tie = false;
	let next: Peer | null = null;
	const passed: Peer[] = [];
	const passedBy: Peer[] = [];
	for (const p of others) {
		if (p.indexH > indexH) {
			ahead++;
			if (!next || p.indexH < next.indexH) next = p;
		} else if (p.indexH === indexH) tie = true;
		if (startH === null) continue;
		if (p.indexH >= startH && p.indexH < indexH) passed.push(p);
		if (p.indexH <= startH && p.indexH > indexH) passedBy.push(p);
	}
	const byName = (a: Peer, b: Peer) => a.name.localeCompare(b.name, 'id');
	passed.sort((a, b) => b.indexH - a.indexH || byName(a, b));
	passedBy.sort((a, b) => a.indexH - b.indexH || byName(a, b));
	return { rank: ahead + 1, tie, of: others.length + 1, passed, passedBy, next };
}
