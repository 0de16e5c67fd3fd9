import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import {
	NOTE_DELAY,
	SHORTLIST_DAMAGED_KEY,
	SHORTLIST_V1_KEY,
	SHORTLISTS_KEY,
	Shortlists,
	parseEntry,
	type NewEntry
} from './shortlist.svelte';
import { ruleText, shortlistCsv, shortlistXlsx } from './shortlist-export';
import { entryFromCsv, parseShare, shareQuery, type ShareRule } from './shortlist-share';

class MemoryStorage {
	map = new Map<string, string>();
	full = false;
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.map.set(k, v);
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}

const entry = (id: string, over: Partial<NewEntry> = {}): NewEntry => ({
	key: `peningkatan/kota/2024/${id}`,
	id,
	name: id === '35.73' ? 'Kota Malang' : 'Kota =Bahaya',
	provinsi: 'Jawa Timur',
	kategori: 'peningkatan',
	kategori_nama: 'Peningkatan Indeks SPBE',
	kategori_nama_en: 'SPBE Index improvement',
	kelompok: 'kota',
	tahun: 2024,
	peringkat: 4,
	seri: true,
	dari: 93,
	nilai: 0.42,
	index: 4.24,
	predicate: 'Memuaskan',
	perubahan: -0.2,
	measure: 'index_change',
	direction: 'desc',
	basis: 'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE',
	source: 'Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 32 No 33',
	...over
});

const open = (storage: MemoryStorage) => {
	const s = new Shortlists(() => storage as unknown as Storage);
	s.load();
	return s;
};
const stored = (storage: MemoryStorage) => JSON.parse(storage.getItem(SHORTLISTS_KEY) ?? 'null');

// window must exist for the store to be used; removed afterwards, as test files share a
// worker (isolate: false) and other code reads `typeof window` as "in a browser"
const global = globalThis as { window?: unknown };
const hadWindow = 'window' in global;
beforeAll(() => {
	global.window ??= globalThis;
});
afterAll(() => {
	if (!hadWindow) delete global.window;
});

describe('Shortlists', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('adds, notes and removes, and a new instance reads what was stored', () => {
		const storage = new MemoryStorage();
		const a = open(storage);
		a.add(entry('35.73'));
		a.add(entry('35.73')); // once only
		a.add(entry('99.99'));
		a.setNote('peningkatan/kota/2024/35.73', 'kandidat kuat, cek, "lapangan"');
		a.remove('peningkatan/kota/2024/99.99');
		const b = open(storage);
		expect(b.entries).toHaveLength(1);
		expect(b.entries[0]).toMatchObject({ id: '35.73', note: 'kandidat kuat, cek, "lapangan"' });
	});

	it('writes a note as it is typed, at most NOTE_DELAY later, and at once on flush', () => {
		const storage = new MemoryStorage();
		const s = open(storage);
		s.add(entry('35.73'));
		s.setNote('peningkatan/kota/2024/35.73', 'kandi');
		s.setNote('peningkatan/kota/2024/35.73', 'kandidat');
		expect(s.pending).toBe(true);
		expect(stored(storage).lists[0].entries[0].note).toBe('');
		vi.advanceTimersByTime(NOTE_DELAY);
		expect(s.pending).toBe(false);
		expect(stored(storage).lists[0].entries[0].note).toBe('kandidat');
		// pagehide: what was typed a moment ago is written now
		s.setNote('peningkatan/kota/2024/35.73', 'kandidat kuat');
		s.flush();
		expect(stored(storage).lists[0].entries[0].note).toBe('kandidat kuat');
		expect(NOTE_DELAY).toBeLessThanOrEqual(300);
	});

	it('keeps several named lists; the ☆ adds to the active one', () => {
		const storage = new MemoryStorage();
		const s = open(storage);
		s.add(entry('35.73'));
		s.rename('Kota 2024');
		const second = s.create('Cadangan');
		s.add(entry('99.99'));
		expect(s.active?.id).toBe(second.id);
		expect(s.has('peningkatan/kota/2024/35.73')).toBe(false);
		vi.runAllTimers();
		const again = open(storage);
		expect(again.lists.map((l) => [l.name, l.entries.length])).toEqual([
			['Kota 2024', 1],
			['Cadangan', 1]
		]);
		expect(again.active?.name).toBe('Cadangan');
		again.select(again.lists[0]?.id ?? '');
		again.deleteActive();
		expect(open(storage).lists.map((l) => l.name)).toEqual(['Cadangan']);
	});

	it('drops a malformed entry with a notice, keeps the rest and a copy of what it read', () => {
		const storage = new MemoryStorage();
		const v1 = JSON.stringify([{ key: 'k', id: 'i', name: 'n' }, { nope: 1 }, entry('35.73')]);
		storage.setItem(SHORTLIST_V1_KEY, v1);
		const s = open(storage);
		expect(s.entries.map((e) => e.id)).toEqual(['35.73']);
		expect(s.dropped).toBe(2);
		expect(storage.getItem(SHORTLIST_DAMAGED_KEY)).toBe(v1);
		// moved into the new store, cleaned, once
		expect(storage.getItem(SHORTLIST_V1_KEY)).toBeNull();
		expect(open(storage).dropped).toBe(0);
	});

	it('ignores a store that is not JSON, or not lists', () => {
		for (const raw of ['{not json', '42', '{"lists": "x"}']) {
			const storage = new MemoryStorage();
			storage.setItem(SHORTLISTS_KEY, raw);
			const s = open(storage);
			expect(s.entries).toEqual([]);
			expect(s.dropped).toBe(1);
			expect(storage.getItem(SHORTLIST_DAMAGED_KEY)).toBe(raw);
		}
	});

	it.each([
		['kelompok unknown', { kelompok: 'desa' }],
		['tahun as text', { tahun: '2024' }],
		['dari zero', { dari: 0 }],
		['index missing', { index: undefined }],
		['seri as text', { seri: 'true' }],
		['note a number', { note: 5 }]
	])('rejects an entry with %s', (_, over) => {
		expect(parseEntry({ ...entry('35.73'), ...over })).toBeNull();
	});

	it('reads a version 1 entry: the rule is read back from its text', () => {
		const old = {
			...entry('35.73'),
			kategori_nama_en: undefined,
			measure: undefined,
			direction: undefined,
			basis: undefined,
			aturan: 'Peningkatan Indeks SPBE: index_change (tertinggi = 1), kelompok kota, Mapping …'
		};
		expect(parseEntry(old)).toMatchObject({
			measure: 'index_change',
			direction: 'desc',
			kategori_nama_en: 'Peningkatan Indeks SPBE',
			note: ''
		});
	});

	it('says when it cannot save, keeps the list in the tab, and recovers', () => {
		const storage = new MemoryStorage();
		const s = open(storage);
		storage.full = true;
		s.add(entry('35.73'));
		expect(s.problem).toBe('quota');
		expect(s.entries).toHaveLength(1);
		storage.full = false;
		s.add(entry('99.99'));
		expect(s.problem).toBeNull();
		expect(stored(storage).lists[0].entries).toHaveLength(2);
		// no storage at all (blocked by the browser)
		const blocked = new Shortlists(() => null);
		blocked.load();
		blocked.add(entry('35.73'));
		expect(blocked.problem).toBe('blocked');
	});
});

describe('exports', () => {
	const rows = () => {
		const s = open(new MemoryStorage());
		s.add(entry('35.73', { note: 'kandidat kuat; cek "lapangan"' }));
		s.add(entry('99.99', { peringkat: 1, seri: false, perubahan: 0.42 }));
		return s.entries;
	};

	it('CSV in Indonesian: Excel dialect, rank as printed, a tie column, the rule in Indonesian', () => {
		const csv = shortlistCsv(rows(), 'id');
		expect(csv.startsWith('\ufeff')).toBe(true);
		const [header, first, second] = csv.slice(1).split('\r\n');
		expect(header).toBe(
			'kategori;kelompok;tahun;peringkat;seri;dari;kode;nama;provinsi;nilai;indeks;perubahan_indeks;predikat;aturan;sumber;catatan'
		);
		expect(first).toBe(
			'Peningkatan Indeks SPBE;kota;2024;=4;true;93;35.73;Kota Malang;Jawa Timur;0,42;4,24;-0,20;Memuaskan;' +
				'"Peningkatan Indeks SPBE: Perubahan Indeks SPBE sejak evaluasi resmi sebelumnya, tertinggi lebih baik, ' +
				'diperingkat dalam kelompok Kota; dasar: Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan ' +
				'dan Evaluasi SPBE; pemetaan kategori ke ukuran adalah tafsiran Tolok";' +
				'Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 32 No 33;"kandidat kuat; cek ""lapangan"""'
		);
		expect(second).toContain(';1;false;93;99.99;Kota =Bahaya;');
		expect(csv).not.toMatch(/index_change|highest|desc\b|ranked/);
	});

	it('CSV in English: RFC 4180, English header and rule', () => {
		const [header, first] = shortlistCsv(rows(), 'en').split('\r\n');
		expect(header).toBe(
			'category,group,year,rank,tie,of,code,name,province,value,index,index_change,predicate,rule,source,note'
		);
		expect(first).toMatch(
			/^SPBE Index improvement,kota,2024,=4,true,93,35\.73,Kota Malang,Jawa Timur,0\.42,4\.24,-0\.20,/
		);
		expect(first).toContain(
			'"SPBE Index improvement: Change in the SPBE Index since the previous official evaluation, highest first, ranked within Cities;'
		);
		expect(ruleText(rows()[0]!, 'en')).not.toMatch(/tertinggi|kelompok|dasar/);
	});

	it('XLSX: two sheets, the candidates and the sources and rules, read back by read-excel-file', async () => {
		const blob = await shortlistXlsx(rows(), 'id', {
			name: 'Kota 2024',
			link: 'http://localhost/daftar-pendek?nama=Kota+2024',
			exported: new Date('2025-01-02T03:04:00Z')
		});
		const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
		expect(sheets.map((s) => s.sheet)).toEqual(['Daftar pendek', 'Sumber dan aturan']);
		const [list, sources] = sheets;
		expect(list?.data[0]).toEqual([
			'kategori',
			'kelompok',
			'tahun',
			'peringkat',
			'seri',
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
		]);
		expect(list?.data[1]?.slice(0, 13)).toEqual([
			'Peningkatan Indeks SPBE',
			'kota',
			2024,
			4,
			true,
			93,
			'35.73',
			'Kota Malang',
			'Jawa Timur',
			0.42,
			4.24,
			-0.2,
			'Memuaskan'
		]);
		expect(list?.data).toHaveLength(3);
		const text = sources?.data.map((r) => r.join(' | ')).join('\n') ?? '';
		expect(text).toContain('Daftar pendek nominasi (Tolok) | Kota 2024');
		expect(text).toContain('Jumlah kandidat | 2');
		expect(text).toContain('Tautan yang memuat ulang daftar ini | http://localhost/daftar-pendek');
		expect(text).toContain('Peningkatan Indeks SPBE · Kota | Peningkatan Indeks SPBE: Perubahan');
		expect(text).toContain('Laporan Pelaksanaan Evaluasi SPBE Tahun 2024 | Kementerian PANRB');
		expect(text).toContain('“=4”');
	});
});

describe('links', () => {
	it('carry the name, the keys and the notes, and read back the same', () => {
		const q = shareQuery('Kota 2024', [
			{ key: 'peningkatan/kota/2024/35.73', note: 'kuat: cek & "lapangan"' },
			{ key: 'indeks/kementerian/2023/kementerian-keuangan', note: '' }
		]);
		const back = parseShare(new URLSearchParams(q.toString()));
		expect(back).toEqual({
			name: 'Kota 2024',
			invalid: [],
			items: [
				{
					kategori: 'peningkatan',
					kelompok: 'kota',
					tahun: 2024,
					id: '35.73',
					note: 'kuat: cek & "lapangan"'
				},
				{
					kategori: 'indeks',
					kelompok: 'kementerian',
					tahun: 2023,
					id: 'kementerian-keuangan',
					note: ''
				}
			]
		});
	});

	it('name what they cannot read, never guess', () => {
		const back = parseShare(
			new URLSearchParams(
				'c=juara/kota/2024/35.73&c=indeks/desa/2024/1&c=<script>&c=indeks/kota/2024/35.73&c=indeks/kota/2024/35.73'
			)
		);
		expect(back.items).toHaveLength(1);
		expect(back.invalid).toEqual(['juara/kota/2024/35.73', 'indeks/desa/2024/1', '<script>']);
	});

	it('rebuild a candidate from the ranking CSV, not from the link', () => {
		const rule: ShareRule = {
			slug: 'peningkatan',
			name_id: 'Peningkatan Indeks SPBE',
			name_en: 'SPBE Index improvement',
			measure: 'index_change',
			direction: 'desc',
			basis: 'Permen 59'
		};
		const rows = [
			{
				peringkat: '1',
				kode: '35.73',
				nama: 'Kota Malang',
				provinsi: 'Jawa Timur',
				nilai: '0.42',
				indeks: '4.24',
				predikat: 'Memuaskan',
				sumber: 'Lap 2024, Tabel 32 No 33',
				seri: 'true',
				perubahan_indeks: '0.42'
			},
			{
				peringkat: '1',
				kode: '32.73',
				nama: 'Kota Bandung',
				provinsi: 'Jawa Barat',
				nilai: '0.42',
				indeks: '4.00',
				predikat: 'Sangat Baik',
				sumber: 'x',
				seri: 'true',
				perubahan_indeks: '0.42'
			}
		];
		const item = { kategori: 'peningkatan', kelompok: 'kota', tahun: 2024, id: '35.73', note: 'n' };
		expect(entryFromCsv(item, rows, rule)).toMatchObject({
			key: 'peningkatan/kota/2024/35.73',
			name: 'Kota Malang',
			peringkat: 1,
			seri: true,
			dari: 2,
			nilai: 0.42,
			index: 4.24,
			measure: 'index_change',
			note: 'n'
		});
		expect(entryFromCsv({ ...item, id: '99.99' }, rows, rule)).toBeNull();
	});
});
