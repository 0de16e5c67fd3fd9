import { describe, expect, it } from 'vitest';
import { Shortlist, SHORTLIST_KEY, type ShortlistEntry } from './shortlist.svelte';

class MemoryStorage {
	map = new Map<string, string>();
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.map.set(k, v);
	}
}

const entry = (id: string): Omit<ShortlistEntry, 'note' | 'added'> => ({
	key: `peningkatan/kota/2024/${id}`,
	id,
	name: id === '35.73' ? 'Kota Malang' : 'Kota =Bahaya',
	provinsi: 'Jawa Timur',
	kategori: 'peningkatan',
	kategori_nama: 'Peningkatan Indeks SPBE',
	kelompok: 'kota',
	tahun: 2024,
	peringkat: 3,
	seri: true,
	dari: 93,
	nilai: 0.42,
	index: 4.24,
	predicate: 'Memuaskan',
	perubahan: 0.42,
	aturan: 'Peningkatan Indeks SPBE: index_change, desc, kota',
	source: 'Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 32 No 33'
});

describe('Shortlist', () => {
	// window must exist for the store to be used
	(globalThis as { window?: unknown }).window ??= globalThis;

	it('adds, notes and removes, and a new instance reads what was stored', () => {
		const storage = new MemoryStorage();
		const a = new Shortlist(() => storage as unknown as Storage);
		a.load();
		a.add(entry('35.73'));
		a.add(entry('35.73')); // once only
		a.add(entry('99.99'));
		a.setNote('peningkatan/kota/2024/35.73', 'kandidat kuat, cek, "lapangan"');
		a.remove('peningkatan/kota/2024/99.99');
		const b = new Shortlist(() => storage as unknown as Storage);
		b.load();
		expect(b.entries).toHaveLength(1);
		expect(b.entries[0]).toMatchObject({ id: '35.73', note: 'kandidat kuat, cek, "lapangan"' });
	});

	it('exports rank, values, rule and source, with formulas neutralised', () => {
		const storage = new MemoryStorage();
		const s = new Shortlist(() => storage as unknown as Storage);
		s.load();
		s.add(entry('35.73'));
		s.add(entry('99.99'));
		const [header, first, second] = s.toCsv().split('\r\n');
		expect(header).toBe(
			'kategori,kelompok,tahun,peringkat,dari,kode,nama,provinsi,nilai,indeks,perubahan_indeks,predikat,aturan,sumber,catatan'
		);
		expect(first).toBe(
			'Peningkatan Indeks SPBE,kota,2024,3,93,35.73,Kota Malang,Jawa Timur,0.42,4.24,0.42,Memuaskan,' +
				'"Peningkatan Indeks SPBE: index_change, desc, kota","Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 32 No 33",'
		);
		expect(second).toContain(',Kota =Bahaya,');
		// in English the header is English; the rows are the same
		const [en, enFirst] = s.toCsv('en').split('\r\n');
		expect(en).toBe(
			'category,group,year,rank,of,code,name,province,value,index,index_change,predicate,rule,source,note'
		);
		expect(enFirst).toBe(first);
	});

	it('ignores a damaged store', () => {
		const storage = new MemoryStorage();
		storage.setItem(SHORTLIST_KEY, '{not json');
		const s = new Shortlist(() => storage as unknown as Storage);
		s.load();
		expect(s.entries).toEqual([]);
		storage.setItem(SHORTLIST_KEY, JSON.stringify([{ nope: 1 }, { key: 'k', id: 'i', name: 'n' }]));
		const t = new Shortlist(() => storage as unknown as Storage);
		t.load();
		expect(t.entries).toHaveLength(1);
	});
});
