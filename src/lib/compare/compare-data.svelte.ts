/**
 * The comparison's data in the browser: the chosen ids (from and to the address), each
 * instansi's results and nearest peers from DuckDB (the same profile SQL as the profile pages),
 * and the names from the search index. Components read it; only this class talks to the engine.
 *
 * Each instansi is queried once per visit: adding a region queries only that region, so what
 * is on screen stays while the new row arrives. Once the first choice is on screen, every
 * instansi's rows are fetched in one query (about 1,300 results) while the reader looks, so
 * adding another, from the suggestions or the search, needs no query at all.
 */
import { db, queries } from '$lib/db/index.svelte';
import type { NearestPeerRow, ProfileResultRow } from '$lib/db/queries';
import type { SearchEntry } from '$lib/search';
import { loadIndex } from '$lib/search/load';
import { afterPaint } from '$lib/ui/after-paint';
import { parseKode, type CompareSelection } from './index';

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
			this.index = await loadIndex();
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
		const engine = await db.start();
		const started = performance.now();
		const [r, p] = await Promise.all([
			queries.profileResults(engine, ids),
			queries.nearestPeers(engine, ids, 3)
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
		} catch {
			return; // db.status says why
		}
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
