/**
 * The comparison's data in the browser: the chosen ids (from and to the address), each
 * instansi's results and nearest peers (the same profile SQL as the profile pages), and the
 * names from the search index. Components read it; only this class fetches or queries.
 *
 * Where the answer comes from:
 * - published years only (no dataset imported in this browser): the build ran the profile SQL
 *   for every instansi and wrote one small file each (bandingkan/data/{id}.json); adding a
 *   region fetches its file, and DuckDB never starts;
 * - with an imported dataset: DuckDB, where the imported rows live, runs the same SQL over
 *   published and imported rows together. Once the first choice is on screen, every
 *   instansi's rows are fetched in one query (about 1,300 results) while the reader looks, so
 *   adding another needs no query at all.
 * Each instansi is fetched once per visit, so what is on screen stays while a new row arrives.
 */
import { base } from '$app/paths';
import { db, queries } from '$lib/db/index.svelte';
import type { NearestPeerRow, ProfileResultRow } from '$lib/db/queries';
import { datasets } from '$lib/import/datasets.svelte';
import type { SearchEntry } from '$lib/search';
import { loadIndex } from '$lib/search/load';
import { afterPaint } from '$lib/ui/after-paint';
import { COMPARE_PEERS, parseKode, type CompareSelection, type PublishedComparison } from './index';

async function published(id: string): Promise<PublishedComparison> {
	const r = await fetch(`${base}/bandingkan/data/${encodeURIComponent(id)}.json`);
	if (!r.ok) throw new Error(`bandingkan/data/${id}.json: ${r.status}`);
	return (await r.json()) as PublishedComparison;
}

interface Fetched {
	rows: ProfileResultRow[];
	peers: NearestPeerRow[];
}

/**
 * Table years (official, secondary) and imported ones (ranked among that year's imported
 * rows) are compared; reported and compiled values never enter the comparison.
 */
export const isCompared = (r: { status: string }) =>
	r.status !== 'reported' && r.status !== 'compiled';

export class CompareData {
	index = $state<SearchEntry[]>([]);
	selection = $state<CompareSelection | null>(null);
	/** results of the chosen ids, in the order chosen */
	rows = $state<ProfileResultRow[]>([]);
	peers = $state<NearestPeerRow[]>([]);
	/** ids whose results have arrived (a chosen id missing here is still loading) */
	fetched = $state<string[]>([]);

	#cache = new Map<string, Fetched>();
	#generation = 0;
	#prefetching = false;
	#stopPrefetch: (() => void) | null = null;
	/** whether this browser holds imported datasets (then DuckDB answers, with their rows) */
	#imported = false;
	/** set when the published files could not be read: the reader is told (error) */
	error = $state<string | null>(null);

	byId = $derived(new Map(this.index.map((e) => [e.i, e])));
	ids = $derived(this.selection?.ids ?? []);
	compared = $derived(this.rows.filter(isCompared));
	years = $derived([...new Set(this.compared.map((r) => r.year))].sort((a, b) => a - b));
	importedYears = $derived([
		...new Set(this.compared.filter((r) => r.status === 'imported').map((r) => r.year))
	]);
	latestYear = $derived(this.years[this.years.length - 1] ?? null);
	dropped = $derived(
		this.selection
			? [...this.selection.unknown, ...this.selection.duplicate, ...this.selection.tooMany]
			: []
	);

	name = (id: string) => this.byId.get(id)?.n ?? id;
	at = (id: string, year: number) => this.compared.find((r) => r.id === id && r.year === year);

	/** Reads the search index and `kode`; false when the index cannot be read. */
	async start(kode: string | null): Promise<boolean> {
		try {
			const [index, stored] = await Promise.all([loadIndex(), datasets.load().catch(() => [])]);
			this.index = index;
			this.#imported = stored.length > 0;
		} catch {
			return false;
		}
		const known = new Set(this.index.map((e) => e.i));
		this.selection = parseKode(kode, (id) => known.has(id));
		void this.load(this.selection.ids);
		return true;
	}

	/** Chooses `list` (the first is the highlighted one) and loads what is missing. */
	choose(list: string[]) {
		this.selection = { ids: list, unknown: [], duplicate: [], tooMany: [] };
		void this.load(list);
	}

	async #fetchInto(ids: readonly string[] | '*') {
		if (!this.#imported) {
			if (ids === '*') return; // one small file per region added is fast enough
			const started = performance.now();
			const files = await Promise.all(ids.map(published));
			performance.measure('tolok:compare-query', { start: started });
			ids.forEach((id, i) => this.#cache.set(id, files[i]!));
			return;
		}
		const engine = await db.start();
		const started = performance.now();
		const [r, p] = await Promise.all([
			queries.profileResults(engine, ids),
			queries.nearestPeers(engine, ids, COMPARE_PEERS)
		]);
		performance.measure('tolok:compare-query', { start: started });
		const fresh = new Map<string, Fetched>();
		for (const id of ids === '*' ? this.index.map((e) => e.i) : ids)
			fresh.set(id, { rows: [], peers: [] });
		for (const x of r) fresh.get(x.id)?.rows.push(x);
		for (const x of p) fresh.get(x.id)?.peers.push(x);
		for (const [id, v] of fresh) if (!this.#cache.has(id)) this.#cache.set(id, v);
	}

	async load(list: string[]) {
		const mine = ++this.#generation;
		try {
			const missing = list.filter((id) => !this.#cache.has(id));
			if (missing.length > 0) await this.#fetchInto(missing);
		} catch (e) {
			// DuckDB's failures show in db.status; a published file that cannot be read, here
			if (!this.#imported && mine === this.#generation)
				this.error = e instanceof Error ? e.message : String(e);
			return;
		}
		this.error = null;
		if (mine !== this.#generation) return; // a newer choice replaced this one while it ran
		this.fetched = [...this.#cache.keys()];
		this.rows = list.flatMap((id) => this.#cache.get(id)?.rows ?? []);
		this.peers = list.flatMap((id) => this.#cache.get(id)?.peers ?? []);
		// the table paints first; the prefetch of every instansi follows
		this.#stopPrefetch?.();
		this.#stopPrefetch = afterPaint(() => {
			if (this.#prefetching) return;
			this.#prefetching = true;
			this.#fetchInto('*').catch(() => {});
		});
	}
}
