import { describe, expect, it } from 'vitest';
import { categoryPaths, type CategoryItem } from './category';
import { categoryCsv, csvMeasure } from './category-csv';
import { whyNot } from './availability';
import type { YearFact } from '$lib/db/types';
import type { AwardCategoryRow } from '$lib/db/row-types';

const item = (over: Partial<CategoryItem>): CategoryItem => ({
	peringkat: 1,
	seri: false,
	dari: 2,
	id: '35.73',
	kind: 'kota',
	name: 'Kota Malang',
	provinsi: 'Jawa Timur',
	provinsi_kode: '35',
	nilai: 4.24,
	index: 4.24,
	predicate: 'Memuaskan',
	status: 'official',
	perubahan: 0.42,
	prev_year: 2023,
	prev_index: 3.82,
	source_id: 'lap2024',
	source: 'Tabel 32 No 33',
	...over
});

describe('category CSV', () => {
	it('writes the table rows in order with the report, table and No as the source', () => {
		const csv = categoryCsv(
			[
				item({}),
				item({ id: 'kota-x', name: '=Kota X', peringkat: 2, nilai: -0.2, perubahan: -0.2 })
			],
			{ lap2024: 'Laporan Pelaksanaan Evaluasi SPBE Tahun 2024' }
		);
		expect(csv.split('\r\n')).toEqual([
			'peringkat,kode,nama,provinsi,nilai,indeks,predikat,status,sumber,seri,perubahan_indeks,tahun_sebelumnya',
			'1,35.73,Kota Malang,Jawa Timur,4.24,4.24,Memuaskan,official,"Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 32 No 33",false,0.42,2023',
			'2,kota-x,\'=Kota X,Jawa Timur,-0.20,4.24,Memuaskan,official,"Laporan Pelaksanaan Evaluasi SPBE Tahun 2024, Tabel 32 No 33",false,-0.20,2023',
			''
		]);
	});

	it('keeps two decimals for scores and negative changes as numbers', () => {
		expect(csvMeasure(4.2)).toBe('4.20');
		expect(csvMeasure(-0.19)).toBe('-0.19');
		expect(csvMeasure(null)).toBeNull();
	});
});

describe('categoryPaths', () => {
	const rule = (slug: string, kelompok: string, measure: string) =>
		({ slug, kelompok, measure }) as unknown as AwardCategoryRow;
	const year = (
		year: number,
		status: YearFact['status'],
		methodology: string,
		domains = true
	): YearFact => ({
		year,
		status,
		methodology,
		domains,
		rows: 1,
		complete: true,
		source_id: ''
	});

	it('lists every category in every group its rule names, in every year it can be ranked', () => {
		const paths = categoryPaths(
			[rule('indeks', 'kota;semua', 'index'), rule('peningkatan', 'kota', 'index_change')],
			[year(2023, 'official', 'pp59-2020'), year(2024, 'official', 'pp59-2020')]
		);
		// peningkatan 2023 has no earlier table year: nothing to rank, so no permalink
		expect(paths.map((p) => `${p.kategori}/${p.kelompok}/${p.tahun}`)).toEqual([
			'indeks/semua/2023',
			'indeks/semua/2024',
			'indeks/kota/2023',
			'indeks/kota/2024',
			'peningkatan/kota/2024'
		]);
	});

	it('ranks 2018 by index only, never a compiled year, peningkatan never across methodologies', () => {
		const years = [
			year(2018, 'official', 'pp5-2018', false),
			year(2019, 'compiled', 'pp5-2018', false),
			year(2021, 'secondary', 'pp59-2020'),
			year(2022, 'secondary', 'pp59-2020'),
			year(2025, 'reported', 'pp59-2020', false)
		];
		const paths = categoryPaths(
			[
				rule('indeks', 'kota', 'index'),
				rule('peningkatan', 'kota', 'index_change'),
				rule('layanan', 'kota', 'layanan')
			],
			years
		).map((p) => `${p.kategori}/${p.tahun}`);
		expect(paths).toEqual([
			'indeks/2018',
			'indeks/2021',
			'indeks/2022',
			'peningkatan/2022',
			'layanan/2021',
			'layanan/2022'
		]);
		expect(whyNot(years, 2018, 'layanan')).toBe('domains');
		expect(whyNot(years, 2021, 'index_change')).toBe('previous');
		expect(whyNot(years, 2019, 'index')).toBe('compiled');
		expect(whyNot(years, 2025, 'index')).toBe('none');
	});
});
