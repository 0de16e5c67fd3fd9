/**
 * Where imported datasets are kept in this browser: IndexedDB through idb-keyval, one store,
 * two keys per dataset (`meta:<id>`, `data:<id>`). A dataset is written and deleted in one
 * transaction (setMany / delMany), so it is either stored whole or not at all; a transaction
 * that aborts (quota, a closed database, private mode) rejects with a StorageFailure that
 * says which and, for quota, how much space the dataset needs and how much is free.
 *
 * Datasets kept by earlier versions in the `tolok-impor` database (two object stores) are
 * moved here once, the first time the list is read.
 */
import { createStore, delMany, getMany, keys, setMany, get, type UseStore } from 'idb-keyval';
import { dataBytes, type DatasetMeta, type ImportedData } from './types';

const DB = 'tolok-datasets';
const LEGACY_DB = 'tolok-impor';

/** Why storing or removing a dataset failed. */
export class StorageFailure extends Error {
	constructor(
		readonly kind: 'quota' | 'failed' | 'unavailable',
		/** bytes the dataset needs (quota) */
		readonly needed: number | null = null,
		/** bytes still free for this site (quota), when the browser says */
		readonly available: number | null = null,
		cause?: unknown
	) {
		super(`storage ${kind}${cause instanceof Error ? `: ${cause.message}` : ''}`);
	}
}

let store: UseStore | null = null;
function datasetsStore(): UseStore {
	if (typeof indexedDB === 'undefined') throw new StorageFailure('unavailable');
	store ??= createStore(DB, 'datasets');
	return store;
}

const metaKey = (id: string) => `meta:${id}`;
const dataKey = (id: string) => `data:${id}`;

async function freeBytes(): Promise<number | null> {
	try {
		const e = await navigator.storage?.estimate?.();
		return e?.quota !== undefined && e.usage !== undefined ? e.quota - e.usage : null;
	} catch {
		return null;
	}
}

async function failure(err: unknown, needed: number): Promise<StorageFailure> {
	if (err instanceof StorageFailure) return err;
	const name = (err as { name?: string } | null)?.name ?? '';
	if (name === 'QuotaExceededError' || /quota/i.test(String(err)))
		return new StorageFailure('quota', needed, await freeBytes(), err);
	return new StorageFailure('failed', null, null, err);
}

let migrated: Promise<void> | null = null;

/** Moves datasets of the older two-store database here, then deletes it. Never throws. */
function migrateLegacy(): Promise<void> {
	migrated ??= (async () => {
		const dbs = await indexedDB.databases?.().catch(() => []);
		if (!dbs?.some((d) => d.name === LEGACY_DB)) return;
		const legacy = await new Promise<IDBDatabase>((ok, fail) => {
			const req = indexedDB.open(LEGACY_DB);
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		const all = <T>(name: string, f: (s: IDBObjectStore) => IDBRequest<T>) =>
			new Promise<T>((ok, fail) => {
				const req = f(legacy.transaction(name, 'readonly').objectStore(name));
				req.onsuccess = () => ok(req.result);
				req.onerror = () => fail(req.error);
			});
		try {
			if (legacy.objectStoreNames.contains('meta') && legacy.objectStoreNames.contains('data')) {
				const metas = await all<DatasetMeta[]>('meta', (s) => s.getAll());
				const entries: [string, unknown][] = [];
				for (const m of metas) {
					entries.push([metaKey(m.id), m]);
					entries.push([dataKey(m.id), await all<unknown>('data', (s) => s.get(m.id))]);
				}
				if (entries.length > 0) await setMany(entries, datasetsStore());
			}
		} finally {
			legacy.close();
		}
		indexedDB.deleteDatabase(LEGACY_DB);
	})().catch((e: unknown) => console.warn('Tolok: older stored datasets not moved', e));
	return migrated;
}

/** Every stored dataset's metadata, oldest first. */
export async function listStored(): Promise<DatasetMeta[]> {
	if (typeof indexedDB === 'undefined') return [];
	await migrateLegacy();
	const s = datasetsStore();
	const metaKeys = (await keys<string>(s)).filter((k) => k.startsWith('meta:'));
	const metas = (await getMany<DatasetMeta | undefined>(metaKeys, s)).filter(
		(m): m is DatasetMeta => typeof m === 'object' && m !== null && typeof m.id === 'string'
	);
	return metas.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** A stored dataset's data, as stored (read defensively by tables.storedData). */
export async function readStored(id: string): Promise<unknown> {
	return get(dataKey(id), datasetsStore());
}

/** Stores one dataset whole (one transaction), or rejects with a StorageFailure. */
export async function putStored(meta: DatasetMeta, data: ImportedData): Promise<void> {
	try {
		await setMany(
			[
				[dataKey(meta.id), data],
				[metaKey(meta.id), meta]
			],
			datasetsStore()
		);
	} catch (err) {
		throw await failure(err, dataBytes(data));
	}
}

/** Removes one dataset whole (one transaction), or rejects with a StorageFailure. */
export async function deleteStored(id: string): Promise<void> {
	try {
		await delMany([metaKey(id), dataKey(id)], datasetsStore());
	} catch (err) {
		throw await failure(err, 0);
	}
}
