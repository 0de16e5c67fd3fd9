/**
 * A shortlist as a link that reproduces it: the list's name and, per candidate, the ranking it
 * was picked from, its id and its note, readable in the address
 * (/daftar-pendek?nama=Calon+2024&c=peningkatan/kota/2024/35.73:kandidat+kuat). The link never
 * carries a value: ranks, values and sources are read again from the ranking's published CSV
 * (/peringkat/…/2024.csv), so a link cannot make a figure up.
 */
import { KATEGORI, KELOMPOK } from '$lib/kelompok';
import type { ShortlistEntry } from './shortlist.svelte';

export const SHARE_PATH = '/daftar-pendek';
/** what a link may carry: more is cut, and the page says so */
export const SHARE_LIMITS = { items: 200, note: 2000, name: 100 } as const;

export interface SharedItem {
	kategori: string;
	kelompok: string;
	tahun: number;
	id: string;
	note: string;
}

export interface Shared {
	name: string;
	items: SharedItem[];
	/** parts of the address that were not understood, as written */
	invalid: string[];
}

const ITEM = /^([a-z-]+)\/([a-z]+)\/(\d{4})\/([0-9a-z.-]+)(?::([\s\S]*))?$/;

/** The query string of a list's link (without the path). */
export function shareQuery(name: string, entries: readonly Pick<ShortlistEntry, 'key' | 'note'>[]) {
	const params = new URLSearchParams();
	if (name.trim()) params.set('nama', name.trim());
	for (const e of entries) params.append('c', e.note ? `${e.key}:${e.note}` : e.key);
	return params;
}

/** Reads a link's list; whatever does not fit the form is named in `invalid`, never guessed. */
export function parseShare(params: URLSearchParams): Shared {
	const invalid: string[] = [];
	const items: SharedItem[] = [];
	for (const raw of params.getAll('c')) {
		const m = ITEM.exec(raw);
		const [, kategori = '', kelompok = '', tahun = '', id = '', note = ''] = m ?? [];
		const known =
			m !== null &&
			(KATEGORI as readonly string[]).includes(kategori) &&
			(KELOMPOK as readonly string[]).includes(kelompok);
		const key = `${kategori}/${kelompok}/${tahun}/${id}`;
		if (!known) invalid.push(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
		else if (items.length >= SHARE_LIMITS.items) invalid.push(key);
		else if (!items.some((i) => `${i.kategori}/${i.kelompok}/${i.tahun}/${i.id}` === key))
			items.push({
				kategori,
				kelompok,
				tahun: Number(tahun),
				id,
				note: note.slice(0, SHARE_LIMITS.note)
			});
	}
	return { name: (params.get('nama') ?? '').trim().slice(0, SHARE_LIMITS.name), items, invalid };
}

/** What the rules say of a category (award_categories.csv), as the page's data carries it. */
export interface ShareRule {
	slug: string;
	name_id: string;
	name_en: string;
	measure: string;
	direction: 'asc' | 'desc';
	/** the title of the document the rule rests on */
	basis: string;
}

/** One row of a ranking's published CSV, by column name. */
export type RankingCsvRow = Record<string, string>;

const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

/** A candidate from its ranking's CSV rows (the CSV holds exactly the ranked rows, in order). */
export function entryFromCsv(
	item: SharedItem,
	rows: readonly RankingCsvRow[],
	rule: ShareRule
): ShortlistEntry | null {
	const row = rows.find((r) => r.kode === item.id);
	const index = num(row?.indeks);
	if (!row || index === null || !row.nama || !row.predikat) return null;
	return {
		key: `${item.kategori}/${item.kelompok}/${item.tahun}/${item.id}`,
		id: item.id,
		name: row.nama,
		provinsi: row.provinsi || null,
		kategori: item.kategori,
		kategori_nama: rule.name_id,
		kategori_nama_en: rule.name_en,
		kelompok: item.kelompok,
		tahun: item.tahun,
		peringkat: num(row.peringkat),
		seri: row.seri === 'true',
		dari: rows.length,
		nilai: num(row.nilai),
		index,
		predicate: row.predikat,
		perubahan: num(row.perubahan_indeks),
		measure: rule.measure,
		direction: rule.direction,
		basis: rule.basis,
		source: row.sumber ?? '',
		note: item.note,
		added: new Date().toISOString()
	};
}

/**
 * The candidates of a link, read again from each ranking's CSV (fetched once per ranking);
 * those no published ranking holds are returned apart.
 */
export async function resolveShare(
	shared: Shared,
	rules: readonly ShareRule[],
	fetchCsv: (path: string) => Promise<string | null>
): Promise<{ entries: ShortlistEntry[]; missing: SharedItem[] }> {
	const { default: Papa } = await import('papaparse');
	const tables = new Map<string, Promise<RankingCsvRow[] | null>>();
	const table = (path: string) => {
		let t = tables.get(path);
		if (!t) {
			t = fetchCsv(path).then((text) =>
				text === null
					? null
					: Papa.parse<RankingCsvRow>(text, { header: true, skipEmptyLines: true }).data
			);
			tables.set(path, t);
		}
		return t;
	};
	const found = await Promise.all(
		shared.items.map(async (item) => {
			const rule = rules.find((r) => r.slug === item.kategori);
			if (!rule) return null;
			const rows = await table(`/peringkat/${item.kategori}/${item.kelompok}/${item.tahun}.csv`);
			return rows ? entryFromCsv(item, rows, rule) : null;
		})
	);
	const entries: ShortlistEntry[] = [];
	const missing: SharedItem[] = [];
	found.forEach((entry, i) => {
		if (entry) entries.push(entry);
		else missing.push(shared.items[i] as SharedItem);
	});
	return { entries, missing };
}
