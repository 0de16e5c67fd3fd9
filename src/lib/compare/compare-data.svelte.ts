/**
 * The comparison's data in the browser: the chosen ids (from and to the address), each
 * instansi's results and nearest peers (the same profile SQL as the profile pages), and the
 * names from the search index. Components read it; it asks through the comparison's facade
 * (src/lib/data/compare.ts): the build's file of each instansi, or DuckDB when this browser
 * holds an imported dataset.
 *
 * Each instansi is fetched once per visit: adding a region fetches only that region, so what
 * is on screen stays while the new row arrives. With the engine, once the first choice is on
 * screen, every instansi's rows are fetched in one query (about 1,300 results) while the reader
 * looks, so adding another, from the suggestions or the search, needs no query at all.
 */
import { Answer } from '$lib/data/async.svelte';
import { comparedRows, holdsImports } from '$lib/data/compare';
import type { NearestPeerRow, ProfileResultRow } from '$lib/data/rows';
import type { SearchEntry } from '$lib/search';
import { loadIndex } from '$lib/search/load';
import { afterPaint } from '$lib/ui/after-paint';
import { connectionAllows, type ConnectionInfo } from '$lib/data/engine';
import { parseKode, type CompareSelection } from './index';

interface Fetched {
	rows: ProfileResultRow[];
	peers: NearestPeerRow[];
	/** imported Indeks Pemdi results: shown apart, never on the comparison's SPBE axis */
	pemdi?: ProfileResultRow[];
}
interface Shown extends Fetched {
	fetched: string[];
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
	/** the chosen ids' answer; a newer choice wins over a slower earlier one */
	#answer = new Answer<Shown>({ rows: [], peers: [], pemdi: [], fetched: [] });
	/** results of the chosen ids, in the order chosen */
	rows = $derived(this.#answer.value?.rows ?? []);
	peers = $derived(this.#answer.value?.peers ?? []);
	pemdi = $derived(this.#answer.value?.pemdi ?? []);
	/** ids whose results have arrived (a chosen id missing here is still loading) */
	fetched = $derived(this.#answer.value?.fetched ?? []);

	#cache = new Map<string, Fetched>();
	/** reads of the build's files under way (prefetch), so a choice waits for one, not a second */
	#reading = new Map<string, Promise<void>>();
	#prefetching = false;
	#stopPrefetch: (() => void) | null = null;
	/** whether this browser holds imported datasets (then DuckDB answers, with their rows) */
	#imported = $state(false);
	/** why the build's files could not be read (the engine's failures show in DbStatus) */
	error = $derived(this.#imported ? null : this.#answer.errorMessage);

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
			const [index, imported] = await Promise.all([loadIndex(), holdsImports()]);
			this.index = index;
			this.#imported = imported;
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
		const { results: r, peers: p, pemdi = [] } = await comparedRows(ids, this.#imported);
		const fresh = new Map<string, Fetched>();
		for (const id of ids === '*' ? this.index.map((e) => e.i) : ids)
			fresh.set(id, { rows: [], peers: [], pemdi: [] });
		for (const x of r) fresh.get(x.id)?.rows.push(x);
		for (const x of pemdi) fresh.get(x.id)?.pemdi?.push(x);
		for (const x of p) fresh.get(x.id)?.peers.push(x);
		for (const [id, v] of fresh) if (!this.#cache.has(id)) this.#cache.set(id, v);
	}

	/**
	 * Reads the files of the instansi a reader is likely to add next (the suggestions) once
	 * the page has painted, so adding one answers from memory instead of waiting for the
	 * network (a round trip each on a phone's link). Published years only: with imported
	 * datasets the engine reads every instansi after the first choice. Not when the reader
	 * asked to save data or the link is 2g/3g-class. Returns a cancel function.
	 */
	prefetch(ids: readonly string[]): () => void {
		const connection = (navigator as { connection?: ConnectionInfo }).connection;
		if (this.#imported || !connectionAllows(connection)) return () => {};
		return afterPaint(() => {
			const wanted = ids.filter((id) => !this.#cache.has(id) && !this.#reading.has(id));
			if (wanted.length === 0) return;
			// a failure is quiet here: choosing that instansi reads its file again, and says why
			const reading = this.#fetchInto(wanted)
				.catch(() => {})
				.finally(() => {
					for (const id of wanted) this.#reading.delete(id);
				});
			for (const id of wanted) this.#reading.set(id, reading);
		});
	}

	async load(list: string[]) {
		const kept = await this.#answer.run(async () => {
			// a prefetch of a chosen file may be on the way: wait for it rather than ask again
			await Promise.all(list.map((id) => this.#reading.get(id)));
			const missing = list.filter((id) => !this.#cache.has(id));
			if (missing.length > 0) await this.#fetchInto(missing);
			return {
				rows: list.flatMap((id) => this.#cache.get(id)?.rows ?? []),
				peers: list.flatMap((id) => this.#cache.get(id)?.peers ?? []),
				pemdi: list.flatMap((id) => this.#cache.get(id)?.pemdi ?? []),
				fetched: [...this.#cache.keys()]
			};
		});
		if (!kept) return; // a newer choice replaced this one, or the answer failed (error)
		// with the engine, the table paints first; the prefetch of every instansi follows
		if (!this.#imported) return;
		this.#stopPrefetch?.();
		this.#stopPrefetch = afterPaint(() => {
			if (this.#prefetching) return;
			this.#prefetching = true;
			this.#fetchInto('*').catch(() => {});
		});
	}
}
