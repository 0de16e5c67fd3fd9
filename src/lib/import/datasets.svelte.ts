/**
 * Imported datasets kept in this browser (./storage.ts) and live in this tab's DuckDB
 * (./tables.ts). See ./README.md for the design.
 *
 * - One writer at a time: adding or removing takes the `tolok-datasets` Web Lock, so two tabs
 *   never interleave; inside it the stored list is read again and a year is claimed for the
 *   ranking only if no stored dataset holds it (YearTaken otherwise, naming the dataset).
 * - Stored first, then live: a dataset is written to storage whole (one transaction) and only
 *   then inserted into the engine; if the engine fails it is deleted from storage again. A
 *   storage failure (quota, abort) leaves nothing stored and nothing live.
 * - Tabs tell each other (BroadcastChannel `tolok-datasets`): a tab with a running engine
 *   inserts or removes the dataset too, and every tab reloads its list.
 * - Every tab whose engine starts re-inserts the stored datasets (restoreImported, called by
 *   the engine's start-up hook registered in src/hooks.client.ts); a year two datasets put
 *   into the ranking (stored by an older version, before the lock) is kept apart for the later.
 */
import { db } from '$lib/db/index.svelte';
import type { Engine } from '$lib/db/types';
import type { ArrowEngine } from './tables';
import type { DatasetMeta, ImportedData } from './types';

// IndexedDB (idb-keyval) and the imported-data SQL load with the first dataset operation, not
// with every first view whose page merely asks whether there are datasets (npm run check:bundle)
const storage = () => import('./storage');
const tables = () => import('./tables');

const LOCK = 'tolok-datasets';
const CHANNEL = 'tolok-datasets';

/** Years this import would rank are already ranked by other stored datasets (the first one's name). */
export class YearTaken extends Error {
	constructor(
		readonly years: number[],
		readonly dataset: string
	) {
		super(`${years.join(', ')} held by ${dataset}`);
	}
}

/** The engine could not start or could not take the dataset (nothing was kept). */
export class EngineFailure extends Error {
	constructor(cause: unknown) {
		super(cause instanceof Error ? cause.message : String(cause));
	}
}

type Change = { type: 'added' | 'removed'; id: string };

/** Runs `f` holding the datasets lock (where the browser has Web Locks). */
function exclusive<T>(f: () => Promise<T>): Promise<T> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	return locks ? (locks.request(LOCK, f) as Promise<T>) : f();
}

/** Years of `list` that are ranked (in `result`), each with the dataset holding it. */
export function rankedBy(list: readonly DatasetMeta[]): Map<number, DatasetMeta> {
	const out = new Map<number, DatasetMeta>();
	for (const d of list)
		for (const y of d.years) if (!d.separateYears.includes(y) && !out.has(y)) out.set(y, d);
	return out;
}

class ImportedDatasets {
	list = $state<DatasetMeta[]>([]);
	loaded = $state(false);
	/** bumped whenever this tab's engine gained or lost a dataset (views re-ask) */
	version = $state(0);

	#reads = 0;
	#latest: Promise<DatasetMeta[]> | null = null;
	#engine: ArrowEngine | null = null;
	/** datasets live in this tab's engine */
	#live = new Set<string>();
	/** years ranked in this tab's engine (official or imported) */
	#ranked = new Set<number>();
	#channel: BroadcastChannel | null = null;

	constructor() {
		if (typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = (e: MessageEvent<Change>) => void this.#fromOtherTab(e.data);
		}
	}

	/**
	 * Reads the stored list. Several reads can overlap (a page's mount, the idle engine start,
	 * the end of a removal): only the latest one sets the list, so a slow earlier read can never
	 * bring back a dataset that was just removed, and an earlier read answers with the latest
	 * one's list, so whoever awaited any read finds `list` (and `rankedYears()`) already set.
	 */
	load(): Promise<DatasetMeta[]> {
		const mine = ++this.#reads;
		const read = (async (): Promise<DatasetMeta[]> => {
			let list: DatasetMeta[];
			try {
				list = await (await storage()).listStored();
			} catch {
				list = [];
			}
			if (mine !== this.#reads) return this.#latest ?? list;
			this.list = list;
			this.loaded = true;
			// a signal for the end-to-end tests: the page has read the stored datasets (how many),
			// so that a check for an absent imported value waits on it rather than on a sleep
			if (typeof document !== 'undefined')
				document.documentElement.dataset.datasets = String(list.length);
			return list;
		})();
		this.#latest = read;
		return read;
	}

	/** Years that some stored dataset put into `result` (ranked). */
	rankedYears(): number[] {
		return [...rankedBy(this.list).keys()].sort();
	}

	/** Years with imported leadership indices (IDL/IDCD), from the metadata alone. */
	leadershipYears(): number[] {
		return [...new Set(this.list.flatMap((d) => d.leadershipYears ?? []))].sort();
	}

	/**
	 * Re-inserts every stored dataset into a freshly started engine, oldest first. A dataset
	 * that cannot be read or loaded (an older or damaged stored format) is skipped, never
	 * stopping the others or the page.
	 */
	async restore(engine: ArrowEngine): Promise<void> {
		this.#engine = engine;
		this.#live.clear();
		this.#ranked = new Set(await (await tables()).takenYears(engine));
		for (const meta of await (await storage()).listStored()) await this.#insert(meta);
	}

	/** Inserts a stored dataset into this tab's engine, once. */
	async #insert(meta: DatasetMeta, data?: ImportedData): Promise<void> {
		const engine = this.#engine;
		if (!engine || this.#live.has(meta.id)) return;
		// a year already ranked here is kept apart (repairs lists stored before the lock)
		const separateYears = meta.years.filter(
			(y) => meta.separateYears.includes(y) || this.#ranked.has(y)
		);
		try {
			const stored =
				data ?? (await tables()).storedData(await (await storage()).readStored(meta.id));
			if (!stored) return;
			await (await tables()).insertDataset(engine, { ...meta, separateYears }, copy(stored));
			this.#live.add(meta.id);
			for (const y of meta.years) if (!separateYears.includes(y)) this.#ranked.add(y);
			this.version++;
		} catch (err) {
			if (data) throw err;
			console.warn(`Tolok: imported dataset ${meta.id} not restored`, err);
		}
	}

	async #fromOtherTab(change: Change): Promise<void> {
		if (this.#engine) {
			if (change.type === 'added') {
				const meta = (await (await storage()).listStored()).find((m) => m.id === change.id);
				if (meta) await this.#insert(meta);
			} else await this.#drop(change.id);
		}
		await this.load();
	}

	async #drop(id: string): Promise<void> {
		if (!this.#engine || !this.#live.has(id)) return;
		await (await tables()).removeDataset(this.#engine, id);
		this.#live.delete(id);
		this.#ranked = new Set(await (await tables()).takenYears(this.#engine));
		this.version++;
	}

	/**
	 * Stores the dataset, then makes it live. Rejects with YearTaken (another dataset ranks one
	 * of its years: nothing done), StorageFailure (nothing stored) or EngineFailure (nothing
	 * kept).
	 */
	async add(meta: DatasetMeta, data: ImportedData): Promise<void> {
		try {
			// started (with the stored datasets restored) before anything is stored
			await db.start();
		} catch (err) {
			throw new EngineFailure(err);
		}
		await exclusive(async () => {
			const held = rankedBy(await (await storage()).listStored());
			const clash = meta.years.filter((y) => held.has(y) && !meta.separateYears.includes(y));
			if (clash.length > 0) throw new YearTaken(clash, held.get(clash[0] as number)?.name ?? '');
			await (await storage()).putStored(meta, data);
			try {
				await this.#insert(meta, data);
			} catch (err) {
				await (await storage()).deleteStored(meta.id).catch(() => {});
				throw new EngineFailure(err);
			}
		});
		this.#channel?.postMessage({ type: 'added', id: meta.id } satisfies Change);
		await this.load();
	}

	/** Removes the dataset from storage, then from the engine. Rejects with StorageFailure. */
	async remove(id: string): Promise<void> {
		await exclusive(async () => {
			await (await storage()).deleteStored(id);
			await this.#drop(id);
		});
		this.#channel?.postMessage({ type: 'removed', id } satisfies Change);
		await this.load();
	}
}

/** DuckDB's worker takes the buffers it is given: keep the caller's. */
const copy = (d: ImportedData | Uint8Array): ImportedData | Uint8Array =>
	d instanceof Uint8Array
		? d.slice()
		: { rows: d.rows.slice(), ...(d.scores ? { scores: d.scores.slice() } : {}) };

export const datasets = new ImportedDatasets();

/** The engine start-up hook (src/hooks.client.ts): stored datasets go back in. */
export async function restoreImported(engine: Engine): Promise<void> {
	await datasets.restore(engine as ArrowEngine);
}
