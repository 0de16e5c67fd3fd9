/**
 * The nominee shortlists: named lists of candidates picked from any ranking, each with a note,
 * kept in this browser (localStorage). What is read back is checked entry by entry: a damaged
 * entry is dropped with a notice (its raw text kept aside), never passed to a page. Notes are
 * written as they are typed (at most NOTE_DELAY later) and at once when the page is hidden or
 * closed; a write that fails (storage full or blocked) is said, and the list lives on in the
 * tab. Exports: shortlist-export.ts; links that reproduce a list: shortlist-share.ts.
 */
import { KELOMPOK } from '$lib/kelompok';
import { RANKING_MEASURES } from '$lib/scores/domains';

export interface ShortlistEntry {
	/** `${kategori}/${kelompok}/${tahun}/${id}`: one instansi may be picked from several rankings */
	key: string;
	id: string;
	name: string;
	provinsi: string | null;
	kategori: string;
	kategori_nama: string;
	kategori_nama_en: string;
	kelompok: string;
	tahun: number;
	peringkat: number | null;
	seri: boolean;
	dari: number;
	nilai: number | null;
	index: number;
	predicate: string;
	perubahan: number | null;
	/** the category's rule (award_categories.csv): its measure, direction and basis */
	measure: string;
	direction: 'asc' | 'desc';
	/** the document the rule rests on ("Peraturan Menteri PANRB Nomor 59 Tahun 2020 …") */
	basis: string;
	/** the rule in words, as an older version stored it (before measure and direction were) */
	aturan?: string;
	/** Report, table and row of the value */
	source: string;
	note: string;
	added: string;
}

export interface ShortlistList {
	id: string;
	/** empty until the reader names it: shown as "Daftar pendek 1" in the reader's language */
	name: string;
	created: string;
	entries: ShortlistEntry[];
}

export type NewEntry = Omit<ShortlistEntry, 'note' | 'added'> & { note?: string };

export const SHORTLISTS_KEY = 'tolok.shortlists.v2';
/** the single list of the first version, read once and moved into SHORTLISTS_KEY */
export const SHORTLIST_V1_KEY = 'tolok.shortlist.v1';
/** what could not be read, kept for a person to recover before it is overwritten */
export const SHORTLIST_DAMAGED_KEY = 'tolok.shortlists.damaged';
/** notes are written at most this long after the last keystroke */
export const NOTE_DELAY = 250;

const isText = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const orNull = <T>(v: unknown, test: (v: unknown) => v is T): v is T | null =>
	v === null || test(v);

/** "Peningkatan Indeks SPBE: index_change (tertinggi = 1), kelompok kota, …" as version 1 wrote it */
const V1_RULE = /^[^:]+: (\w+) \((tertinggi|terendah) = 1\)/;

/** The entry as stored, checked field by field; null when it cannot be shown as it is. */
export function parseEntry(x: unknown): ShortlistEntry | null {
	if (typeof x !== 'object' || x === null) return null;
	const e = x as Record<string, unknown>;
	const ok =
		isText(e.key) &&
		isText(e.id) &&
		isText(e.name) &&
		orNull(e.provinsi, isText) &&
		isText(e.kategori) &&
		isText(e.kategori_nama) &&
		isText(e.kelompok) &&
		(KELOMPOK as readonly string[]).includes(e.kelompok) &&
		isInt(e.tahun) &&
		orNull(e.peringkat, isInt) &&
		typeof e.seri === 'boolean' &&
		isInt(e.dari) &&
		e.dari > 0 &&
		orNull(e.nilai, isNum) &&
		isNum(e.index) &&
		isText(e.predicate) &&
		orNull(e.perubahan, isNum) &&
		isText(e.source) &&
		(e.note === undefined || isText(e.note));
	if (!ok) return null;
	const v1 = isText(e.aturan) ? V1_RULE.exec(e.aturan) : null;
	const measure = isText(e.measure) ? e.measure : (v1?.[1] ?? '');
	const direction =
		e.direction === 'asc' || e.direction === 'desc'
			? e.direction
			: v1?.[2] === 'terendah'
				? 'asc'
				: 'desc';
	return {
		key: e.key as string,
		id: e.id as string,
		name: e.name as string,
		provinsi: e.provinsi as string | null,
		kategori: e.kategori as string,
		kategori_nama: e.kategori_nama as string,
		kategori_nama_en: isText(e.kategori_nama_en) ? e.kategori_nama_en : (e.kategori_nama as string),
		kelompok: e.kelompok as string,
		tahun: e.tahun as number,
		peringkat: e.peringkat as number | null,
		seri: e.seri as boolean,
		dari: e.dari as number,
		nilai: e.nilai as number | null,
		index: e.index as number,
		predicate: e.predicate as string,
		perubahan: e.perubahan as number | null,
		measure: (RANKING_MEASURES as readonly string[]).includes(measure) ? measure : '',
		direction,
		basis: isText(e.basis) ? e.basis : '',
		...(isText(e.aturan) ? { aturan: e.aturan } : {}),
		source: e.source as string,
		note: isText(e.note) ? e.note : '',
		added: isText(e.added) ? e.added : ''
	};
}

/** Lists read from a stored value: the good entries, and how many were dropped. */
export function parseLists(value: unknown): { lists: ShortlistList[]; dropped: number } {
	let dropped = 0;
	const lists: ShortlistList[] = [];
	const raw = Array.isArray(value)
		? [{ id: 'l1', name: '', created: '', entries: value }] // version 1: one bare list
		: typeof value === 'object' &&
			  value !== null &&
			  Array.isArray((value as { lists?: unknown }).lists)
			? (value as { lists: unknown[] }).lists
			: null;
	if (!raw) return { lists, dropped: 1 };
	for (const l of raw) {
		const list = l as Partial<Record<keyof ShortlistList, unknown>>;
		if (typeof l !== 'object' || l === null || !isText(list.id) || !Array.isArray(list.entries)) {
			dropped++;
			continue;
		}
		const entries: ShortlistEntry[] = [];
		for (const x of list.entries) {
			const e = parseEntry(x);
			if (e && !entries.some((o) => o.key === e.key)) entries.push(e);
			else dropped++;
		}
		if (lists.some((o) => o.id === list.id)) list.id = `${list.id}-${lists.length}`;
		lists.push({
			id: list.id as string,
			name: isText(list.name) ? list.name : '',
			created: isText(list.created) ? list.created : '',
			entries
		});
	}
	return { lists, dropped };
}

export type SaveProblem = 'quota' | 'blocked';

function newId(): string {
	return `l${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export class Shortlists {
	#lists = $state<ShortlistList[]>([]);
	#active = $state('');
	#dropped = $state(0);
	#problem = $state<SaveProblem | null>(null);
	#pending = $state(false);
	#loaded = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#storage: () => Storage | null;

	constructor(storage: () => Storage | null = () => globalThis.localStorage ?? null) {
		this.#storage = storage;
	}

	get lists(): readonly ShortlistList[] {
		return this.#lists;
	}

	/** The list the ☆ of the rankings add to. */
	get active(): ShortlistList | null {
		return this.#lists.find((l) => l.id === this.#active) ?? this.#lists[0] ?? null;
	}

	get entries(): readonly ShortlistEntry[] {
		return this.active?.entries ?? [];
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	/** Entries dropped because they could not be read (reset by dismiss()). */
	get dropped(): number {
		return this.#dropped;
	}

	/** Why the last write failed; null once a write succeeds. */
	get problem(): SaveProblem | null {
		return this.#problem;
	}

	/** Changes not yet written (a note typed in the last NOTE_DELAY ms). */
	get pending(): boolean {
		return this.#pending;
	}

	has(key: string): boolean {
		return this.entries.some((e) => e.key === key);
	}

	add(entry: NewEntry): void {
		this.load();
		const list = this.active ?? this.#create('');
		if (list.entries.some((e) => e.key === entry.key)) return;
		list.entries.push({ ...entry, note: entry.note ?? '', added: new Date().toISOString() });
		this.#save();
	}

	remove(key: string): void {
		this.load();
		const list = this.active;
		if (!list) return;
		list.entries = list.entries.filter((e) => e.key !== key);
		this.#save();
	}

	/** Kept in the tab at once, written NOTE_DELAY after the last keystroke (or on pagehide). */
	setNote(key: string, note: string): void {
		this.load();
		const entry = this.active?.entries.find((e) => e.key === key);
		if (!entry || entry.note === note) return;
		entry.note = note;
		this.#schedule();
	}

	/** Names the active list; written like a note. */
	rename(name: string): void {
		this.load();
		const list = this.active ?? this.#create('');
		list.name = name;
		this.#schedule();
	}

	/** Empties the active list. */
	clear(): void {
		this.load();
		const list = this.active;
		if (!list) return;
		list.entries = [];
		this.#save();
	}

	/** A new empty list, made the active one. */
	create(name = ''): ShortlistList {
		this.load();
		const list = this.#create(name);
		this.#save();
		return list;
	}

	/** A list received by a link, stored as a new list and made the active one. */
	adopt(name: string, entries: readonly ShortlistEntry[]): ShortlistList {
		this.load();
		const list = this.#create(name);
		list.entries = entries.map((e) => ({ ...e }));
		this.#save();
		return list;
	}

	select(id: string): void {
		this.load();
		if (!this.#lists.some((l) => l.id === id)) return;
		this.#active = id;
		this.#save();
	}

	/** Deletes the active list; another becomes active. */
	deleteActive(): void {
		this.load();
		const list = this.active;
		if (!list) return;
		this.#lists = this.#lists.filter((l) => l !== list);
		this.#active = this.#lists[0]?.id ?? '';
		this.#save();
	}

	/** The notice about dropped entries has been read. */
	dismiss(): void {
		this.#dropped = 0;
	}

	/** Writes what is pending now (pagehide, visibilitychange, before an export). */
	flush = (): void => {
		if (this.#timer === null) return;
		this.#save();
	};

	/** Reads the stored lists once, in the browser, and starts listening for the page closing. */
	load(): void {
		if (this.#loaded) return;
		const storage = this.#safeStorage();
		if (typeof window === 'undefined') return;
		this.#loaded = true;
		this.#read(storage, true);
		if (typeof addEventListener === 'function') {
			addEventListener('pagehide', this.flush);
			addEventListener('storage', this.#onStorage);
		}
		if (typeof document !== 'undefined')
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'hidden') this.flush();
			});
	}

	#read(storage: Storage | null, first: boolean): void {
		let raw: string | null;
		let fromV1 = false;
		try {
			raw = storage?.getItem(SHORTLISTS_KEY) ?? null;
			if (raw === null && first) {
				raw = storage?.getItem(SHORTLIST_V1_KEY) ?? null;
				fromV1 = raw !== null;
			}
		} catch {
			raw = null;
		}
		if (raw === null) return;
		let value: unknown;
		try {
			value = JSON.parse(raw);
		} catch {
			value = undefined;
		}
		const { lists, dropped } = parseLists(value);
		this.#lists = lists;
		const active = (value as { active?: unknown } | undefined)?.active;
		this.#active = typeof active === 'string' ? active : (lists[0]?.id ?? '');
		if (!first) return;
		this.#dropped = dropped;
		if (dropped > 0) {
			try {
				storage?.setItem(SHORTLIST_DAMAGED_KEY, raw);
			} catch {
				// no room for the copy: the notice still says what was dropped
			}
		}
		if (dropped > 0 || fromV1) {
			this.#write();
			if (fromV1 && this.#problem === null) storage?.removeItem(SHORTLIST_V1_KEY);
		}
	}

	/** Another tab changed the lists: take its version unless a note here is still unwritten. */
	#onStorage = (event: StorageEvent): void => {
		if (event.key !== SHORTLISTS_KEY || this.#timer !== null) return;
		this.#read(this.#safeStorage(), false);
	};

	#create(name: string): ShortlistList {
		const list: ShortlistList = {
			id: newId(),
			name,
			created: new Date().toISOString(),
			entries: []
		};
		this.#lists.push(list);
		this.#active = list.id;
		return this.#lists[this.#lists.length - 1] as ShortlistList;
	}

	#schedule(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#pending = true;
		this.#timer = setTimeout(() => this.#save(), NOTE_DELAY);
	}

	#save(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		this.#pending = false;
		this.#write();
	}

	#write(): void {
		const storage = this.#safeStorage();
		if (!storage) {
			this.#problem = 'blocked';
			return;
		}
		try {
			const value = { v: 2, active: this.#active, lists: $state.snapshot(this.#lists) };
			storage.setItem(SHORTLISTS_KEY, JSON.stringify(value));
			this.#problem = null;
		} catch (e) {
			this.#problem = isQuota(e) ? 'quota' : 'blocked';
		}
	}

	#safeStorage(): Storage | null {
		try {
			return typeof window === 'undefined' ? null : this.#storage();
		} catch {
			return null;
		}
	}
}

function isQuota(e: unknown): boolean {
	return (
		e instanceof DOMException &&
		(e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)
	);
}

export const shortlist = new Shortlists();
