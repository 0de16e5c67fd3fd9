/**
 * A tiny, valid copy of data/ for tests: every input file as a few lines of CSV, and a registry
 * of a few real Kemendagri regions and central bodies. `buildModel(fixtureRaw(),
 * fixtureRegistry())` returns no problems; a test breaks one file at a time through
 * `fixtureRaw({ results: … })` and checks the one problem that follows.
 *
 * The official rows are real rows of the 2024 and 2023 reports (Kementerian Kesehatan, Badan
 * Pusat Statistik, Provinsi Jawa Timur, Kab. Malang, Kab. Banyuwangi, Kota Malang), so each
 * index follows from its domains with the PermenPANRB 59/2020 weights and each predicate is
 * the band of its index. Line numbers (header = line 1) are stable: tests name them.
 */
import type { CentralAlias, CentralInstansi } from '../../src/lib/instansi';
import type { Region, RegionAlias } from '../../src/lib/regions';
import { parseCsv } from './csv';
import { COLUMNS, type RawData, type Registry } from './raw';

/** The file each input is read from, as the real reader names it (see read.ts DATA_FILES). */
export const FIXTURE_FILES: Record<keyof RawData, string> = {
	results: 'data/spbe/spbe_results.csv',
	national: 'data/spbe/national_index.csv',
	groupMeans: 'data/spbe/group_means.csv',
	methodology: 'data/spbe/methodology.csv',
	predicates: 'data/spbe/predicates.csv',
	reported: 'data/reported/values.csv',
	dlga: 'data/awards/dlga.csv',
	sources: 'data/reference/sources.csv',
	counts: 'data/reference/report_counts.csv',
	versions: 'data/reference/methodology_versions.csv',
	awardCategories: 'data/reference/award_categories.csv',
	structurePp5: 'data/reference/methodology_pp5_2018.csv',
	predicatesPp5: 'data/reference/predicates_pp5_2018.csv',
	regionNames: 'data/reference/region_names.csv',
	provinceSplits: 'data/reference/province_splits.csv'
};

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

const RESULTS_HEADER =
	'year,table_no,row_no,instansi_group,province_name,instansi_name,' +
	'domain_1_kebijakan,domain_2_tata_kelola,domain_3_manajemen,domain_4_layanan,index,predicate,note';

const FILLED_NOTE =
	'"D1 printed \',60\' (leading digit lost); filled 4.60: the formula allows only 4.6 or 4.7"';

/** The source of the fixture's one reported row (data/reported/values.csv line 2). */
export const FIXTURE_REPORTED_SOURCE =
	'https://malangkota.go.id/2025/01/03/spbe-kota-malang-diganjar-predikat-memuaskan-oleh-kementerian-panrb';

/** The CSV text of every fixture file. Line numbers are given in the comments. */
export const FIXTURE_CSV: Readonly<Record<keyof RawData, string>> = {
	results: lines(
		RESULTS_HEADER,
		/* 2 */ '2024,9,20,Kementerian,,Kementerian Kesehatan,3.10,3.80,3.00,4.13,3.73,Sangat Baik,',
		/* 3 */ '2024,10,3,LPNK,,Badan Pusat Statistik,4.70,4.70,3.36,4.81,4.53,Memuaskan,',
		/* 4 */ `2024,32,1,Pemerintah Provinsi,Jawa Timur,Pemerintah Provinsi Jawa Timur,4.60,4.40,3.09,4.87,4.43,Memuaskan,${FILLED_NOTE}`,
		/* 5 */ '2024,32,12,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Banyuwangi,5.00,4.60,4.18,5.00,4.77,Memuaskan,',
		/* 6 */ '2024,32,14,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Malang,3.90,3.40,1.73,4.62,3.74,Sangat Baik,',
		/* 7 */ '2024,32,33,Pemerintah Kota,Jawa Timur,Pemerintah Kota Malang,4.70,4.30,2.55,4.69,4.24,Memuaskan,',
		/* 8 */ '2023,8,20,Kementerian,,Kementerian Kesehatan,2.60,3.70,2.64,3.55,3.31,Baik,',
		/* 9 */ '2023,9,4,LPNK,,Badan Pusat Statistik,4.20,4.20,3.00,4.57,4.17,Sangat Baik,',
		/* 10 */ '2023,31,1,Pemerintah Provinsi,Jawa Timur,Pemerintah Provinsi Jawa Timur,3.10,3.10,1.36,4.88,3.62,Sangat Baik,',
		/* 11 */ '2023,31,12,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Banyuwangi,4.70,4.20,3.91,4.82,4.50,Memuaskan,',
		/* 12 */ '2023,31,14,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Malang,3.10,2.70,2.27,4.20,3.36,Baik,',
		/* 13 */ '2023,31,33,Pemerintah Kota,Jawa Timur,Pemerintah Kota Malang,4.40,3.10,2.73,4.45,3.82,Sangat Baik,'
	),
	national: lines(
		'year,measure,value,source_table,label_as_printed,note',
		/* 2 */ "2020,mean:D3 Manajemen,,Laporan 2024 Tabel 4,Indeks Domain Manajemen / 2020,printed '-'",
		/* 3 */ '2023,mean:index,2.79,Laporan 2024 Tabel 4,Indeks SPBE Nasional / 2023,',
		/* 4 */ '2024,mean:index,3.12,Laporan 2024 Tabel 4,Indeks SPBE Nasional / 2024,',
		/* 5 */ '2024,max:index,4.77,Laporan 2024 Tabel 5,Max,',
		/* 6 */ '2023,mean:index,2.79,Laporan 2023 Tabel 4,Rerata,',
		/* 7 */ '2023,target:index,2.60,Laporan 2023 Tabel 4,Target,'
	),
	groupMeans: lines(
		'year,group,measure,value,source_table,label_as_printed,note',
		/* 2 */ '2024,Instansi Pusat,mean:index,3.71,Laporan 2024 Tabel 6,Rerata,',
		/* 3 */ '2024,Kabupaten,mean:A1 Kebijakan Tata Kelola,3.23,Laporan 2024 Tabel 8,A.1 Kebijakan Tata Kelola,',
		/* 4 */ '2023,Instansi Pusat,mean:index,3.31,Laporan 2023 Tabel 5,Rerata,'
	),
	methodology: lines(
		'indicator_no,indicator_name,aspect_no,aspect_name,domain_no,domain_name,weight_percent,aspect_weight_percent,domain_weight_percent',
		/* 2 */ '1,Tingkat Kematangan Kebijakan Internal Arsitektur SPBE,1,Kebijakan Internal Tata Kelola SPBE,1,Kebijakan Internal SPBE,13.00,13.00,13.00',
		/* 3 */ '11,Tingkat Kematangan Arsitektur SPBE,2,Perencanaan Strategis SPBE,2,Tata Kelola SPBE,25.00,25.00,25.00',
		/* 4 */ '21,Tingkat Kematangan Penerapan Manajemen Risiko SPBE,5,Penerapan Manajemen SPBE,3,Manajemen SPBE,16.50,16.50,16.50',
		/* 5 */ '42,Tingkat Kematangan Layanan Pengaduan Pelayanan Publik,8,Layanan Publik Berbasis Elektronik,4,Layanan SPBE,45.50,45.50,45.50'
	),
	predicates: lines(
		'predicate,lower_bound,upper_bound',
		'Memuaskan,4.2,5.0',
		'Sangat Baik,3.5,4.2',
		'Baik,2.6,3.5',
		'Cukup,1.8,2.6',
		'Kurang,,1.8'
	),
	reported: lines(
		'name,type,province,year,index,predicate,source,note',
		/* 2 */ `Kota Malang,kota,Jawa Timur,2022,2.60,Baik,${FIXTURE_REPORTED_SOURCE},`
	),
	dlga: lines(
		'award,edition,category,rank,recipient,kode,source,note',
		/* 2 */ 'DLGA,2022,Leading Change & Influence (kota),1,Kota Bandung (Sekda Ema Sumarna),32.73,"""Layanan Digital Ema Berhasil Mendapatkan Gelar Terbaik 1 Digital Leadership Government Awards"", 28 February 2023",'
	),
	sources: lines(
		'id,publisher,title,date,address,note',
		/* 2 */ 'lap2024,Kementerian PANRB,Laporan Pelaksanaan Evaluasi SPBE Tahun 2024,2024-12,,',
		/* 3 */ 'lap2023,Kementerian PANRB,Laporan Pelaksanaan Evaluasi SPBE Tahun 2023,2024-01,,',
		/* 4 */ 'permen59,Kementerian PANRB,Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE,2020,,'
	),
	counts: lines(
		'year,kelompok,count,source_id,source_table',
		/* 2 */ '2024,pusat,2,lap2024,Tabel 9-16',
		/* 3 */ '2024,provinsi,1,lap2024,Tabel 17-54',
		/* 4 */ '2024,kabupaten,2,lap2024,Tabel 17-54',
		/* 5 */ '2024,kota,1,lap2024,Tabel 17-54',
		/* 6 */ '2023,pusat,2,lap2023,Tabel 8-15',
		/* 7 */ '2023,provinsi,1,lap2023,Tabel 16-53',
		/* 8 */ '2023,kabupaten,2,lap2023,Tabel 16-53',
		/* 9 */ '2023,kota,1,lap2023,Tabel 16-53'
	),
	versions: lines(
		'id,regulation,first_year,last_year,source_id,index_name,structure,note',
		/* 2 */ 'pp59-2020,PermenPANRB 59/2020,2021,,permen59,Indeks SPBE,spbe,Evaluations from 2021'
	),
	awardCategories: lines(
		'slug,no,name_id,name_en,measure,direction,kelompok,source_id,basis',
		/* 2 */ 'indeks,1,Pencapaian Indeks SPBE,SPBE Index achievement,index,desc,kota;semua,permen59,The index',
		/* 3 */ 'peningkatan,2,Peningkatan Indeks SPBE,SPBE Index improvement,index_change,desc,kota;semua,permen59,The change'
	),
	structurePp5: lines(
		'level,no,name,parent_no,weight_percent,source_id',
		/* 2 */ 'domain,1,Kebijakan Internal SPBE,,17.00,permen5',
		/* 3 */ 'domain,2,Tata Kelola SPBE,,28.00,permen5',
		/* 4 */ 'domain,3,Layanan SPBE,,55.00,permen5'
	),
	predicatesPp5: lines(
		'predicate,lower_bound,upper_bound,lower_inclusive,upper_inclusive,interval_as_printed',
		'Memuaskan,4.2,5.0,yes,yes,"4,2 – 5,0"',
		'Sangat Baik,3.5,4.2,yes,no,"3,5 – < 4,2"',
		'Baik,2.6,3.5,yes,no,"2,6 – < 3,5"',
		'Cukup,1.8,2.6,yes,no,"1,8 – < 2,6"',
		'Kurang,,1.8,,no,"< 1,8"'
	),
	regionNames: lines(
		'kode,name,reason',
		/* 2 */ '35.73,Kota Malang,the registry spells it so too (a row to test the table)'
	),
	provinceSplits: lines('kode,parent_kode,first_year,basis')
};

/** Every input parsed from the fixture texts, with any file replaced by `overrides`. */
export function fixtureRaw(overrides: Partial<Record<keyof RawData, string>> = {}): RawData {
	const table = <K extends keyof RawData>(key: K) =>
		parseCsv(FIXTURE_FILES[key], overrides[key] ?? FIXTURE_CSV[key], COLUMNS[key]);
	return {
		results: table('results'),
		national: table('national'),
		groupMeans: table('groupMeans'),
		methodology: table('methodology'),
		predicates: table('predicates'),
		reported: table('reported'),
		dlga: table('dlga'),
		sources: table('sources'),
		counts: table('counts'),
		versions: table('versions'),
		awardCategories: table('awardCategories'),
		structurePp5: table('structurePp5'),
		predicatesPp5: table('predicatesPp5'),
		regionNames: table('regionNames'),
		provinceSplits: table('provinceSplits')
	};
}

const JAWA_TIMUR = { provinsiKode: '35', provinsiNama: 'Jawa Timur' } as const;
const JAWA_BARAT = { provinsiKode: '32', provinsiNama: 'Jawa Barat' } as const;

/** Real Kemendagri codes and names (idn-area-data), two provinces and four regencies. */
export const FIXTURE_REGIONS: readonly Region[] = [
	{ kode: '35', nama: 'Jawa Timur', kind: 'provinsi', ...JAWA_TIMUR },
	{ kode: '35.07', nama: 'Kabupaten Malang', kind: 'kabupaten', ...JAWA_TIMUR },
	{ kode: '35.10', nama: 'Kabupaten Banyuwangi', kind: 'kabupaten', ...JAWA_TIMUR },
	{ kode: '35.73', nama: 'Kota Malang', kind: 'kota', ...JAWA_TIMUR },
	{ kode: '32', nama: 'Jawa Barat', kind: 'provinsi', ...JAWA_BARAT },
	{ kode: '32.73', nama: 'Kota Bandung', kind: 'kota', ...JAWA_BARAT }
];

/** Two real central bodies as data/reference/central_instansi.csv lists them. */
export const FIXTURE_CENTRAL: readonly CentralInstansi[] = [
	{
		slug: 'kementerian-kesehatan',
		name: 'Kementerian Kesehatan',
		kind: 'kementerian',
		abbreviation: 'Kemenkes'
	},
	{
		slug: 'badan-pusat-statistik',
		name: 'Badan Pusat Statistik',
		kind: 'lembaga',
		abbreviation: 'BPS'
	}
];

/** A fresh registry (callers may change its arrays). */
export function fixtureRegistry(): Registry {
	const regionAliases: RegionAlias[] = [];
	const centralAliases: CentralAlias[] = [];
	return {
		regions: FIXTURE_REGIONS.map((r) => ({ ...r })),
		regionAliases,
		central: FIXTURE_CENTRAL.map((c) => ({ ...c })),
		centralAliases,
		centralFormer: new Map()
	};
}
