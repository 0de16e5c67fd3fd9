/**
 * The nominee shortlist: candidates picked from any ranking, each with a note, kept in
 * the browser (localStorage) so it survives a reload, and exported as CSV with the rank,
 * the values, the rule used and the source report and table of every row.
 */
import { toCsv, csvScore } from '$lib/csv';
import { csvMeasure } from './category';

export interface ShortlistEntry {
	/** `${kategori}/${kelompok}/${tahun}/${id}`: one instansi may be picked from several rankings */
	key: string;
	id: string;
	name: string;
	provinsi: string | null;
	kategori: string;
	kategori_nama: string;
	kelompok: string;
	tahun: number;
	peringkat: number | null;
	seri: boolean;
	dari: number;
	nilai: number | null;
	index: number;
	predicate: string;
	perubahan: number | null;
	/** The rule used, in words: "Peningkatan Indeks SPBE: index_change, desc, kelompok kota" */
	aturan: string;
	/** Report, table and row of the value */
	source: string;
	note: string;
	added: string;
}

export const SHORTLIST_KEY = 'tolok.shortlist.v1';

export const SHORTLIST_COLUMNS = [
	'kategori',
	'kelompok',
	'tahun',
	'peringkat',
	'dari',
	'kode',
	'nama',
	'provinsi',
	'nilai',
	'indeks',
	'perubahan_indeks',
	'predikat',
	'aturan',
	'sumber',
	'catatan'
] as const;

function isEntry(x: unknown): x is ShortlistEntry {
	if (typeof x !== 'object' || x === null) return false;
	const e = x as Record<string, unknown>;
	return typeof e.key === 'string' && typeof e.id === 'string' && typeof e.name === 'string';
}

/** The shortlist's columns in English, for a reader who switched to it (?lang=en). */
const SHORTLIST_HEADER_EN = {
	kategori: 'category',
	kelompok: 'group',
	tahun: 'year',
	peringkat: 'rank',
	dari: 'of',
	kode: 'code',
	nama: 'name',
	provinsi: 'province',
	nilai: 'value',
	indeks: 'index',
	perubahan_indeks: 'index_change',
	predikat: 'predicate',
	aturan: 'rule',
	sumber: 'source',
	catatan: 'note'
} as const;

export function shortlistCsv(entries: readonly ShortlistEntry[], lang: 'id' | 'en' = 'id'): string {
	return toCsv(
		entries.map((e) => ({
			kategori: e.kategori_nama,
			kelompok: e.kelompok,
			tahun: e.tahun,
			peringkat: e.peringkat,
			dari: e.dari,
			kode: e.id,
			nama: e.name,
			provinsi: e.provinsi,
			nilai: csvMeasure(e.nilai),
			indeks: csvScore(e.index),
			perubahan_indeks: csvMeasure(e.perubahan),
			predikat: e.predicate,
			aturan: e.aturan,
			sumber: e.source,
			catatan: e.note
		})),
		SHORTLIST_COLUMNS,
		lang === 'en' ? SHORTLIST_HEADER_EN : undefined
	);
}

export class Shortlist {
	#entries = $state<ShortlistEntry[]>([]);
	#loaded = false;
	#storage: () => Storage | null;

	constructor(storage: () => Storage | null = () => globalThis.localStorage ?? null) {
		this.#storage = storage;
	}

	/** The stored entries; empty until load() has run (call it from onMount). */
	get entries(): readonly ShortlistEntry[] {
		return this.#entries;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	has(key: string): boolean {
		return this.entries.some((e) => e.key === key);
	}

	add(entry: Omit<ShortlistEntry, 'note' | 'added'> & { note?: string }): void {
		this.load();
		if (this.has(entry.key)) return;
		this.#entries = [
			...this.#entries,
			{ ...entry, note: entry.note ?? '', added: new Date().toISOString() }
		];
		this.#save();
	}

	remove(key: string): void {
		this.load();
		this.#entries = this.#entries.filter((e) => e.key !== key);
		this.#save();
	}

	setNote(key: string, note: string): void {
		this.load();
		this.#entries = this.#entries.map((e) => (e.key === key ? { ...e, note } : e));
		this.#save();
	}

	clear(): void {
		this.#entries = [];
		this.#save();
	}

	toCsv(lang: 'id' | 'en' = 'id'): string {
		return shortlistCsv(this.entries, lang);
	}

	/** Reads the stored list once, in the browser; a damaged store is ignored, not fatal. */
	load(): void {
		if (this.#loaded) return;
		const storage = this.#safeStorage();
		if (!storage) return;
		this.#loaded = true;
		try {
			const parsed: unknown = JSON.parse(storage.getItem(SHORTLIST_KEY) ?? '[]');
			this.#entries = Array.isArray(parsed) ? parsed.filter(isEntry) : [];
		} catch {
			this.#entries = [];
		}
	}

	#save(): void {
		try {
			this.#safeStorage()?.setItem(SHORTLIST_KEY, JSON.stringify(this.#entries));
		} catch {
			// storage full or blocked: the list lives until the page closes
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

export const shortlist = new Shortlist();
