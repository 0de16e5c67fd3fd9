/**
 * Imported datasets kept in this browser (IndexedDB: metadata and the Arrow IPC of the
 * valid rows) until the reader removes them. Every page that starts DuckDB re-inserts them
 * (restoreImported, called by db.start()); pages that only need to know whether any exist
 * (the not-found page, profiles) read the metadata without starting DuckDB.
 */
import { db } from '$lib/db/index.svelte';
import {
	insertDataset,
	removeDataset,
	ensureImportTables,
	type ArrowEngine,
	storedData,
	type DatasetMeta,
	type ImportedData
} from '$lib/db/imported';
import type { Engine } from '$lib/db/types';

const DB_NAME = 'tolok-impor';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB_NAME, 1);
		req.onupgradeneeded = () => {
			req.result.createObjectStore('meta', { keyPath: 'id' });
			req.result.createObjectStore('data');
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function run<T>(
	store: 'meta' | 'data',
	mode: IDBTransactionMode,
	f: (s: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	return open().then(
		(idb) =>
			new Promise<T>((resolve, reject) => {
				const tx = idb.transaction(store, mode);
				const req = f(tx.objectStore(store));
				tx.oncomplete = () => {
					idb.close();
					resolve(req.result);
				};
				tx.onerror = () => reject(tx.error);
			})
	);
}

async function readAll(): Promise<DatasetMeta[]> {
	if (typeof indexedDB === 'undefined') return [];
	const all = await run<DatasetMeta[]>('meta', 'readonly', (s) => s.getAll());
	return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/**
 * Re-inserts every stored dataset into a freshly started engine, oldest first. A dataset
 * that cannot be read or loaded (an older or damaged stored format) is skipped, never
 * stopping the others or the page.
 */
export async function restoreImported(engine: Engine): Promise<void> {
	await ensureImportTables(engine);
	for (const meta of await readAll()) {
		try {
			const data = storedData(await run<unknown>('data', 'readonly', (s) => s.get(meta.id)));
			if (data) await insertDataset(engine as ArrowEngine, meta, data);
		} catch (err) {
			console.warn(`Tolok: imported dataset ${meta.id} not restored`, err);
		}
	}
}

class ImportedDatasets {
	list = $state<DatasetMeta[]>([]);
	loaded = $state(false);

	#reads = 0;
	/**
	 * Reads the stored list. Several reads can overlap (a page's mount and the end of a
	 * removal): only the latest one sets the list, so a slow earlier read can never bring
	 * back a dataset that was just removed.
	 */
	async load(): Promise<DatasetMeta[]> {
		const mine = ++this.#reads;
		let list: DatasetMeta[];
		try {
			list = await readAll();
		} catch {
			list = [];
		}
		if (mine === this.#reads) {
			this.list = list;
			this.loaded = true;
		}
		return list;
	}

	/** Years that some stored dataset put into `result` (ranked). */
	rankedYears(): number[] {
		return [
			...new Set(this.list.flatMap((d) => d.years.filter((y) => !d.separateYears.includes(y))))
		].sort();
	}

	/** Years with imported leadership indices (IDL/IDCD), from the metadata alone. */
	leadershipYears(): number[] {
		return [...new Set(this.list.flatMap((d) => d.leadershipYears ?? []))].sort();
	}

	/** Loads into DuckDB first (which restores the stored ones), then keeps it. */
	async add(meta: DatasetMeta, data: ImportedData): Promise<void> {
		const engine = (await db.start()) as ArrowEngine;
		// copies: DuckDB's worker takes the buffers
		await insertDataset(engine, meta, {
			rows: data.rows.slice(),
			...(data.scores ? { scores: data.scores.slice() } : {})
		});
		await run('data', 'readwrite', (s) => s.put(data, meta.id));
		await run('meta', 'readwrite', (s) => s.put($state.snapshot(meta) as DatasetMeta));
		await this.load();
	}

	async remove(id: string): Promise<void> {
		const engine = await db.start();
		await removeDataset(engine, id);
		await run('meta', 'readwrite', (s) => s.delete(id));
		await run('data', 'readwrite', (s) => s.delete(id));
		await this.load();
	}
}

export const datasets = new ImportedDatasets();
