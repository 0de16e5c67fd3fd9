/**
 * ranking.sql against the real engine (duckdb-wasm's Node build) on the fixture in
 * fixture.sql: kelompok, ties, peningkatan, absent years, reported rows and domains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	KATEGORI,
	KELOMPOK,
	kelompokOf,
	queries,
	type Kategori,
	type Kelompok,
	type RankingFilters,
	type RankingRow
} from '../db/queries';
import { NO_FILTERS } from '../ranking/filters';
import type { NodeEngine } from '../db/engine-node';
import { fixtureEngine } from './fixture';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await fixtureEngine();
});
afterAll(() => engine.close());

const rank = (year: number, kelompok: Kelompok, kategori: Kategori) =>
	queries.ranking(engine, year, kelompok, kategori);

/**
 * Hundredths. The engine casts DECIMAL to double by scaling (3.82 arrives as
 * 3.8200000000000003), so compare scores as integers.
 */
const h = (v: number | null) => (v === null ? null : Math.round(v * 100));

/** [peringkat, seri, name, nilai in hundredths], the shape a ranking page shows. */
const shown = (rows: RankingRow[]) => rows.map((r) => [r.peringkat, r.seri, r.name, h(r.nilai)]);

const YEARS = [2023, 2024] as const;

const KINDS: Record<Kelompok, readonly string[]> = {
	semua: ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'],
	daerah: ['provinsi', 'kabupaten', 'kota'],
	provinsi: ['provinsi'],
	kabupaten: ['kabupaten'],
	kota: ['kota'],
	kementerian: ['kementerian'],
	lembaga: ['lembaga']
};

/** Rows per kelompok in each official year of the fixture. */
const COUNT: Record<Kelompok, Record<(typeof YEARS)[number], number>> = {
	semua: { 2023: 9, 2024: 9 },
	daerah: { 2023: 7, 2024: 7 },
	provinsi: { 2023: 1, 2024: 1 },
	kabupaten: { 2023: 1, 2024: 1 },
	kota: { 2023: 5, 2024: 5 },
	kementerian: { 2023: 1, 2024: 1 },
	lembaga: { 2023: 1, 2024: 1 }
};

/** The column each domain category ranks by. */
const COLUMN = {
	indeks: 'index',
	kebijakan: 'kebijakan',
	'tata-kelola': 'tata_kelola',
	manajemen: 'manajemen',
	layanan: 'layanan'
} as const satisfies Partial<Record<Kategori, keyof RankingRow>>;

/** Every combination the pages can ask for, including a year with only a reported row. */
const ALL = [2022, ...YEARS].flatMap((year) =>
	KELOMPOK.flatMap((kelompok) => KATEGORI.map((kategori) => ({ year, kelompok, kategori })))
);

describe('kelompok', () => {
	it.each(KELOMPOK.flatMap((k) => YEARS.map((y) => [k, y] as const)))(
		'%s %i lists only its kinds, once each',
		async (kelompok, year) => {
			const rows = await rank(year, kelompok, 'indeks');
			expect(rows).toHaveLength(COUNT[kelompok][year]);
			for (const r of rows) {
				expect(KINDS[kelompok]).toContain(r.kind);
				expect(r.year).toBe(year);
				expect(r.dari).toBe(rows.length);
			}
			expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
		}
	);

	it.each(YEARS)('%i: daerah is provinsi + kabupaten + kota, semua is every kind', async (year) => {
		const ids = async (...ks: Kelompok[]) =>
			(await Promise.all(ks.map((k) => rank(year, k, 'indeks'))))
				.flat()
				.map((r) => r.id)
				.sort();
		expect(await ids('daerah')).toEqual(await ids('provinsi', 'kabupaten', 'kota'));
		expect(await ids('semua')).toEqual(
			await ids('kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota')
		);
	});
});

describe('ties', () => {
	it('ranks kota 2024 by index 1, 1, 3, 3, 5 with seri exactly on the tied rows', async () => {
		expect(shown(await rank(2024, 'kota', 'indeks'))).toEqual([
			[1, true, 'Kota Bandung', 410],
			[1, true, 'Kota Cimahi', 410],
			[3, true, 'Kota Semarang', 393],
			[3, true, 'Kota Surakarta', 393],
			[5, false, 'Kota Magelang', 382]
		]);
	});

	it('ranks semua 2024 with three-way ties ordered by name (standard competition ranking)', async () => {
		expect(shown(await rank(2024, 'semua', 'indeks'))).toEqual([
			[1, false, 'Kementerian Keuangan', 445],
			[2, false, 'Provinsi Jawa Tengah', 431],
			[3, true, 'Badan Pusat Statistik', 410],
			[3, true, 'Kota Bandung', 410],
			[3, true, 'Kota Cimahi', 410],
			[6, true, 'Kabupaten Sumedang', 393],
			[6, true, 'Kota Semarang', 393],
			[6, true, 'Kota Surakarta', 393],
			[9, false, 'Kota Magelang', 382]
		]);
	});

	it('ranks daerah 2024 1, 2, 2, 4, 4, 4, 7', async () => {
		const rows = await rank(2024, 'daerah', 'indeks');
		expect(rows.map((r) => r.peringkat)).toEqual([1, 2, 2, 4, 4, 4, 7]);
		expect(rows.map((r) => r.seri)).toEqual([false, true, true, true, true, true, false]);
	});

	// The rules, checked on every kelompok × category × year the pages can ask for.
	it.each(ALL)('$year $kelompok $kategori follows the ranking rules', async (c) => {
		const rows = await rank(c.year, c.kelompok, c.kategori);
		const measured = rows.flatMap((r) => h(r.nilai) ?? []);
		for (const [i, r] of rows.entries()) {
			const next = rows[i + 1];
			if (next) {
				// Measured rows first, highest first, ties (and the unmeasured) by name.
				if (r.nilai === null) expect(next.nilai).toBeNull();
				else if (next.nilai !== null) {
					expect(r.nilai).toBeGreaterThanOrEqual(next.nilai);
					if (r.nilai === next.nilai) expect(r.name < next.name).toBe(true);
				}
				if (r.nilai === null && next.nilai === null) expect(r.name < next.name).toBe(true);
			}
			expect(r.dari).toBe(measured.length);
			const nilai = h(r.nilai);
			if (nilai === null) {
				expect(r.peringkat).toBeNull();
				expect(r.seri).toBe(false);
			} else {
				expect(r.peringkat).toBe(1 + measured.filter((v) => v > nilai).length);
				expect(r.seri).toBe(measured.filter((v) => v === nilai).length > 1);
			}
		}
	});
});

describe('peningkatan', () => {
	it('ranks 2024 by index minus the previous official index; no previous → NULL, last, not counted', async () => {
		const rows = await rank(2024, 'semua', 'peningkatan');
		expect(shown(rows)).toEqual([
			[1, true, 'Kota Magelang', 122],
			[1, true, 'Kota Surakarta', 122],
			[3, false, 'Kabupaten Sumedang', 43],
			[4, false, 'Provinsi Jawa Tengah', 29],
			[5, false, 'Kota Bandung', 20],
			[6, false, 'Kementerian Keuangan', 11],
			[7, false, 'Badan Pusat Statistik', 8],
			[8, false, 'Kota Cimahi', -15],
			[null, false, 'Kota Semarang', null]
		]);
		expect(rows.map((r) => r.dari)).toEqual(Array(9).fill(8));
	});

	it('keeps +1.22 a tie although doubles would not: the difference is taken on DECIMALs', async () => {
		// What JavaScript (or a DOUBLE column) would compute from the same scores.
		expect(3.82 - 2.6).not.toBe(1.22);
		expect(3.82 - 2.6).toBe(1.2199999999999998);
		expect(3.93 - 2.71).toBe(1.2200000000000002);
		expect(3.93 - 2.71).not.toBe(3.82 - 2.6);
		const rows = await rank(2024, 'kota', 'peningkatan');
		const magelang = rows.find((r) => r.name === 'Kota Magelang');
		const surakarta = rows.find((r) => r.name === 'Kota Surakarta');
		expect(magelang).toMatchObject({ peringkat: 1, seri: true, prev_year: 2023, nilai: 1.22 });
		expect(surakarta).toMatchObject({ peringkat: 1, seri: true, prev_year: 2023, nilai: 1.22 });
		expect(h(magelang?.prev_index ?? null)).toBe(260);
		expect(h(surakarta?.prev_index ?? null)).toBe(271);
	});

	it('ranks kota 2024: Semarang (new in 2024) last with peringkat NULL', async () => {
		expect(shown(await rank(2024, 'kota', 'peningkatan'))).toEqual([
			[1, true, 'Kota Magelang', 122],
			[1, true, 'Kota Surakarta', 122],
			[3, false, 'Kota Bandung', 20],
			[4, false, 'Kota Cimahi', -15],
			[null, false, 'Kota Semarang', null]
		]);
	});

	it('never takes a reported value as the previous evaluation', async () => {
		const semarang = (await rank(2024, 'kota', 'peningkatan')).find((r) => r.id === '33.74');
		expect(semarang).toMatchObject({
			prev_index: null,
			prev_year: null,
			nilai: null,
			peringkat: null
		});
	});

	it('ranks nobody in 2023 (no earlier official year): all NULL, by name, dari 0', async () => {
		const rows = await rank(2023, 'kota', 'peningkatan');
		expect(shown(rows)).toEqual([
			[null, false, 'Kota Bandung', null],
			[null, false, 'Kota Bekasi', null],
			[null, false, 'Kota Cimahi', null],
			[null, false, 'Kota Magelang', null],
			[null, false, 'Kota Surakarta', null]
		]);
		expect(rows.every((r) => r.dari === 0)).toBe(true);
	});
});

describe('years and reported rows', () => {
	it('does not list an instansi in a year it was not evaluated', async () => {
		const names = async (year: number) => (await rank(year, 'kota', 'indeks')).map((r) => r.name);
		expect(await names(2024)).not.toContain('Kota Bekasi');
		expect(await names(2023)).not.toContain('Kota Semarang');
		expect(await names(2023)).toContain('Kota Bekasi');
		expect(await names(2024)).toContain('Kota Semarang');
	});

	it.each(KATEGORI)('lists nobody in 2022, whose only row is reported (%s)', async (kategori) => {
		for (const kelompok of KELOMPOK) expect(await rank(2022, kelompok, kategori)).toEqual([]);
	});

	it('never lists a reported row in any year, kelompok or category', async () => {
		for (const c of ALL) {
			for (const r of await rank(c.year, c.kelompok, c.kategori)) {
				expect(r.status).toBe('official');
				expect(r.source_id).toMatch(/^lap20\d\d$/);
			}
		}
	});

	it('lists nobody in a year without data', async () => {
		expect(await rank(2021, 'semua', 'indeks')).toEqual([]);
	});
});

describe('domain categories', () => {
	const DOMAINS = ['indeks', 'kebijakan', 'tata-kelola', 'manajemen', 'layanan'] as const;

	it.each(DOMAINS.flatMap((k) => YEARS.map((y) => [k, y] as const)))(
		'%s %i ranks by its own column',
		async (kategori, year) => {
			const rows = await rank(year, 'semua', kategori);
			for (const r of rows) expect(h(r.nilai)).toBe(h(r[COLUMN[kategori]]));
			const sorted = [...rows].sort(
				(a, b) =>
					(h(b.nilai) ?? -Infinity) - (h(a.nilai) ?? -Infinity) ||
					(a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
			);
			expect(rows.map((r) => r.name)).toEqual(sorted.map((r) => r.name));
		}
	);

	it.each([
		['kebijakan', 'Badan Pusat Statistik', 500],
		['tata-kelola', 'Provinsi Jawa Tengah', 470],
		['manajemen', 'Kota Bandung', 430],
		['layanan', 'Kota Cimahi', 465],
		['indeks', 'Kementerian Keuangan', 445]
	] as const)('%s 2024 is led by %s', async (kategori, name, nilai) => {
		const [first] = await rank(2024, 'semua', kategori);
		expect(first).toMatchObject({ peringkat: 1, seri: false, name });
		expect(h(first?.nilai ?? null)).toBe(nilai);
	});

	it('ties kota 2024 on kebijakan 4.20 (Bandung, Semarang)', async () => {
		expect(shown(await rank(2024, 'kota', 'kebijakan'))).toEqual([
			[1, true, 'Kota Bandung', 420],
			[1, true, 'Kota Semarang', 420],
			[3, false, 'Kota Surakarta', 400],
			[4, false, 'Kota Cimahi', 380],
			[5, false, 'Kota Magelang', 360]
		]);
	});

	it.each(['kebijakan', 'tata-kelola', 'manajemen', 'layanan'] as const)(
		'puts a row without %s last in 2023 with peringkat NULL (Kota Bekasi)',
		async (kategori) => {
			const rows = await rank(2023, 'kota', kategori);
			expect(rows.at(-1)).toMatchObject({ name: 'Kota Bekasi', peringkat: null, nilai: null });
			expect(rows.every((r) => r.dari === 4)).toBe(true);
		}
	);
});

describe('rules as data (award_category)', () => {
	it('lists the six categories in order with their measures', async () => {
		const rules = await queries.awardCategories(engine);
		expect(rules.map((r) => [r.slug, r.measure, r.direction])).toEqual([
			['indeks', 'index', 'desc'],
			['peningkatan', 'index_change', 'desc'],
			['layanan', 'layanan', 'desc'],
			['tata-kelola', 'tata_kelola', 'desc'],
			['kebijakan', 'kebijakan', 'desc'],
			['manajemen', 'manajemen', 'desc']
		]);
		expect(kelompokOf(rules[0]!)).toEqual([...KELOMPOK]);
	});

	it('follows a rule change without a code change: direction, groups, an unknown category', async () => {
		const c = engine.connection;
		c.query(`INSERT INTO award_category VALUES ('terendah', 9, 'Uji', 'Test', 'index', 'asc',
			'kota', 'permen59', 'test only')`);
		try {
			expect(shown(await rank(2024, 'kota', 'terendah' as Kategori))).toEqual([
				[1, false, 'Kota Magelang', 382],
				[2, true, 'Kota Semarang', 393],
				[2, true, 'Kota Surakarta', 393],
				[4, true, 'Kota Bandung', 410],
				[4, true, 'Kota Cimahi', 410]
			]);
			// not ranked in a group its rule does not list
			expect(await rank(2024, 'provinsi', 'terendah' as Kategori)).toEqual([]);
		} finally {
			c.query(`DELETE FROM award_category WHERE slug = 'terendah'`);
		}
		expect(await rank(2024, 'kota', 'juara' as Kategori)).toEqual([]);
	});
});

describe('ranking_filtered', () => {
	const filtered = (
		year: number,
		kelompok: Kelompok,
		kategori: Kategori,
		f: Partial<RankingFilters> = {}
	) => queries.rankingFiltered(engine, year, kelompok, kategori, { ...NO_FILTERS, ...f });

	it.each(ALL)('$year $kelompok $kategori without filters is exactly ranking.sql', async (c) => {
		expect(await filtered(c.year, c.kelompok, c.kategori)).toEqual(
			await rank(c.year, c.kelompok, c.kategori)
		);
	});

	it('keeps the official rank within the group and only hides rows (province)', async () => {
		expect(shown(await filtered(2024, 'kota', 'indeks', { provinsi: '33' }))).toEqual([
			[3, true, 'Kota Semarang', 393],
			[3, true, 'Kota Surakarta', 393],
			[5, false, 'Kota Magelang', 382]
		]);
		const rows = await filtered(2024, 'daerah', 'indeks', { provinsi: '33' });
		expect(rows.map((r) => r.name)).toContain('Provinsi Jawa Tengah');
		expect(rows.every((r) => r.dari === 7)).toBe(true);
	});

	it('filters by minimum predicate', async () => {
		const rows = await filtered(2024, 'semua', 'indeks', { predikat: 'Memuaskan' });
		expect(rows.map((r) => r.name)).toEqual(['Kementerian Keuangan', 'Provinsi Jawa Tengah']);
		const baik = await filtered(2023, 'kota', 'indeks', { predikat: 'Baik' });
		expect(baik.map((r) => r.name)).not.toContain('Kota Bekasi'); // Cukup
		expect(baik).toHaveLength(4);
	});

	it('filters by minimum value exactly on the DECIMAL (3.93 passes 3.93)', async () => {
		expect(shown(await filtered(2024, 'kota', 'indeks', { min: '3.93' }))).toEqual([
			[1, true, 'Kota Bandung', 410],
			[1, true, 'Kota Cimahi', 410],
			[3, true, 'Kota Semarang', 393],
			[3, true, 'Kota Surakarta', 393]
		]);
		// on the category's own measure
		const k = await filtered(2024, 'kota', 'kebijakan', { min: '4.00' });
		expect(k.map((r) => r.name)).toEqual(['Kota Bandung', 'Kota Semarang', 'Kota Surakarta']);
	});

	it('filters by minimum improvement, leaving out those without a previous evaluation', async () => {
		// ranked by index; both improved by exactly +1.22 (a DECIMAL comparison, not a double)
		expect(shown(await filtered(2024, 'kota', 'indeks', { naik: '1.22' }))).toEqual([
			[3, true, 'Kota Surakarta', 393],
			[5, false, 'Kota Magelang', 382]
		]);
		const neg = await filtered(2024, 'kota', 'peningkatan', { naik: '-0.15' });
		expect(neg.map((r) => r.name)).toEqual([
			'Kota Magelang',
			'Kota Surakarta',
			'Kota Bandung',
			'Kota Cimahi'
		]);
	});

	it('searches the name case-insensitively, with % and _ taken literally', async () => {
		expect((await filtered(2024, 'semua', 'indeks', { q: 'KOTA S' })).map((r) => r.name)).toEqual([
			'Kota Semarang',
			'Kota Surakarta'
		]);
		expect(await filtered(2024, 'semua', 'indeks', { q: '%' })).toEqual([]);
		expect(await filtered(2024, 'semua', 'indeks', { q: "'; DROP TABLE result; --" })).toEqual([]);
		expect(await rank(2024, 'semua', 'indeks')).toHaveLength(9);
	});

	it('keeps only instansi evaluated in both years when asked', async () => {
		const rows = await filtered(2024, 'kota', 'indeks', { dua: true });
		expect(rows.map((r) => r.name)).toEqual([
			'Kota Bandung',
			'Kota Cimahi',
			'Kota Surakarta',
			'Kota Magelang'
		]);
		// 2023 has no earlier official year: nobody was evaluated in both
		expect(await filtered(2023, 'kota', 'indeks', { dua: true })).toEqual([]);
	});

	it('combines filters', async () => {
		const rows = await filtered(2024, 'semua', 'peningkatan', {
			provinsi: '33',
			predikat: 'Sangat Baik',
			naik: '0.30'
		});
		expect(shown(rows)).toEqual([
			[1, true, 'Kota Magelang', 122],
			[1, true, 'Kota Surakarta', 122]
		]);
	});
});

describe('not_evaluated', () => {
	it('lists instansi of the group without an official result that year', async () => {
		const names = async (year: number, k: Kelompok) =>
			(await queries.notEvaluated(engine, year, k)).map((r) => [r.name, r.last_year]);
		expect(await names(2024, 'kota')).toEqual([['Kota Bekasi', 2023]]);
		expect(await names(2023, 'kota')).toEqual([['Kota Semarang', 2024]]);
		expect(await names(2024, 'semua')).toEqual([['Kota Bekasi', 2023]]);
		expect(await names(2024, 'provinsi')).toEqual([]);
		// a reported value is not an evaluation
		expect(await names(2022, 'kota')).toHaveLength(6);
	});
});
