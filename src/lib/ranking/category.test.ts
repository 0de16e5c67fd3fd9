import { describe, expect, it } from 'vitest';
import { categoryCsv, categoryPaths, csvMeasure, type CategoryItem } from './category';
import type { AwardCategoryRow } from '$lib/db/queries';

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
	it('lists every category in every group its rule names, in every year', () => {
		const rule = (slug: string, kelompok: string) =>
			({ slug, kelompok }) as unknown as AwardCategoryRow;
		const paths = categoryPaths(
			[rule('indeks', 'kota;semua'), rule('peningkatan', 'kota')],
			[2023, 2024]
		);
		expect(paths.map((p) => `${p.kategori}/${p.kelompok}/${p.tahun}`)).toEqual([
			'indeks/semua/2023',
			'indeks/semua/2024',
			'indeks/kota/2023',
			'indeks/kota/2024',
			'peningkatan/kota/2023',
			'peningkatan/kota/2024'
		]);
	});
});
