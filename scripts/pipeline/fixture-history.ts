/**
 * A tiny, valid copy of the history folder for tests: real rows of the three files (so each
 * 2021/2022 index follows from its 47 levels), with the reference tables about them and a
 * registry that can place them. Line numbers (header = line 1) are stable: tests name them.
 */

export const SPBE_2018_HEADER =
	'year,table_no,row_no,instansi_group,province_name,instansi_name,index,predicate,note';
export const SPBE_2018_ROWS = [
	/* 2 */ '2018,5,3,Alat Negara,,Kepolisian Daerah Aceh,1.47,Kurang,"index printed with a decimal comma \'1,47\'"',
	/* 3 */ '2018,9,16,Sekretariat Lembaga Non Struktural,,Sekretariat Ombudsman Republik Indonesia,1.45,Kurang,',
	/* 4 */ '2018,24,35,Kota,Jawa Timur,Pemerintah Kota Malang,2.44,Cukup,',
	/* 5 */ '2018,26,15,Kota,Kalimantan Barat,Pemerintah Kota Singkawang,1.74,Kurang,',
	/* 6 */ '2018,43,1,Provinsi,Papua,Pemerintah Provinsi Papua,2.24,Cukup,',
	/* 7 */ '2018,43,3,Kabupaten,Papua,Pemerintah Kab. Boven Digoel,1.73,Kurang,'
];

export const INDICATORS_HEADER =
	'year,source_row,kode_kemenpanrb,instansi_name,kategori,daerah,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,i11,i12,i13,i14,i15,i16,i17,i18,i19,i20,i21,i22,i23,i24,i25,i26,i27,i28,i29,i30,i31,i32,i33,i34,i35,i36,i37,i38,i39,i40,i41,i42,i43,i44,i45,i46,i47,aspek_1,aspek_2,aspek_3,aspek_4,aspek_5,aspek_6,aspek_7,aspek_8,domain_kebijakan,domain_tata_kelola,domain_manajemen,domain_layanan,index_unrounded,index,predicate,note';
export const INDICATORS_ROWS = [
	/* 2 */ '2021,123,4056,Ombudsman Republik Indonesia,Lembaga Non Struktural,Pusat,3,3,3,1,3,3,3,3,3,3,2,2,3,2,1,3,2,2,1,4,1,1,1,1,1,1,1,1,1,1,1,3,3,3,3,3,3,3,3,2,3,3,2,2,1,1,2,2.8000000000000003,2.25,2,2.5,1,1,2.9000000000000004,1.8333333333333333,2.8000000000000003,2.2000000000000002,1,2.4780219780219781,2.2065000000000001,2.21,Cukup,',
	/* 3 */ '2021,247,6573,Pemerintah Kota Malang,Pemerintah Kota,Jawa Timur,2,2,1,2,3,3,3,3,3,3,2,2,3,2,3,3,3,3,4,3,1,1,1,1,1,1,1,1,1,1,1,4,4,4,3,3,2,3,3,3,3,3,4,4,3,4,4,2.5,2.25,3,3.5,1,1,3.2,3.6666666666666665,2.5,2.8000000000000003,1,3.3846153846153846,2.7300000000000004,2.73,Baik,',
	/* 4 */ "2021,253,6672,Pemerintah Kota Singkawang,Pemerintah Kota,Kalimantan Barat,5,5,2,2,3,5,3,3,3,5,2,2,2,1,2,3,4,2,2,3,2,2,2,2,2,2,1,2,1,1,1,3,4,4,4,2,2,2,2,2,2,4,3,2,3,3,3,3.6,1.75,2.75,2.5,1.875,1,2.7,3,3.6,2.3000000000000003,1.6363636363636365,2.8186813186813184,2.5955000000000004,2.60,Cukup,index rounds to 2.60 but the unrounded index 2.5955 is in band 'Cukup'",
	/* 5 */ '2021,305,8008,Pemerintah Kab. Jayawijaya,Pemerintah Kabupaten,Papua,3,3,3,3,3,2,2,3,2,1,2,2,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,1,4,1,1,1,1,1,3,1,1,2,3,1,1,2.5,1.5,1.25,1,1,1,1.7000000000000002,1.5,2.5,1.3,1,1.6208791208791209,1.5525000000000002,1.55,Kurang,',
	/* 6 */ '2021,515,8210,Pemerintah Kab. Tambrauw,Pemerintah Kabupaten,Papua Barat,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1.00,Kurang,Kode 8210 also used in this sheet for Pemerintah Provinsi Papua (kept as in the sheet)',
	/* 7 */ '2021,517,8210,Pemerintah Provinsi Papua,Pemerintah Provinsi,Papua,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,4,4,4,4,1,4,1,1,2,1,4,2,2,3,4,3,1,1,1,1,1,1,2.6,3,1,1,1,2.7582417582417582,1.8000000000000003,1.80,Cukup,Kode 8210 also used in this sheet for Pemerintah Kab. Tambrauw (kept as in the sheet)',
	/* 8 */ '2022,56,4056,Ombudsman Republik Indonesia,Lembaga Non Struktural,Pusat,5,5,2,2,3,3,3,3,3,5,3,3,3,3,1,5,3,2,2,3,1,2,1,1,2,1,1,1,2,3,2,4,4,4,4,4,4,4,3,4,3,5,3,5,1,3,2,3.4000000000000004,3,2.75,2.5,1.25,2.333333333333333,3.8000000000000003,3.1666666666666665,3.4000000000000004,2.8000000000000003,1.5454545454545454,3.5494505494505493,3.0120000000000005,3.01,Baik,',
	/* 9 */ '2022,183,8008,Pemerintah Kab. Jayawijaya,Pemerintah Kabupaten,Papua,2,2,2,1,3,2,2,3,1,1,2,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,4,1,1,1,2,1,2,2,2,3,3,2,1,1.9000000000000001,1.25,1.25,1,1,1,1.5,2.1666666666666665,1.9000000000000001,1.2,1,1.7637362637362637,1.5145,1.51,Kurang,',
	/* 10 */ '2022,478,6573,Pemerintah Kota Malang,Pemerintah Kota,Jawa Timur,2,2,3,3,3,3,2,2,2,3,1,2,2,2,1,2,2,2,2,3,1,1,1,1,2,1,1,1,1,1,1,4,4,4,3,3,4,3,3,3,4,4,3,3,4,4,4,2.5,1.75,1.75,2.5,1.125,1,3.5,3.6666666666666665,2.5,1.9000000000000001,1.0909090909090908,3.5659340659340657,2.6025,2.60,Baik,'
];

export const COMPILED_HEADER = 'instansi_name,index_2019,index_2020,index_2018_compiled';
export const COMPILED_ROWS = [
	/* 2 */ 'Kepolisian Daerah Aceh,1.29,,1.47',
	/* 3 */ 'Sekretariat Ombudsman Republik Indonesia,1.41,,1.45',
	/* 4 */ 'Pemerintah Kota Malang,2.85,2.85,2.44',
	/* 5 */ 'Pemerintah Kota Singkawang,1.9,1.9,1.74',
	/* 6 */ 'Pemerintah Kab. Boven Digoel,1.73,1.73,1.73'
];

import { readFileSync } from 'node:fs';
import type { Region } from '../../src/lib/regions';
import { parseCsv } from './csv';
import { FIXTURE_CSV, FIXTURE_REGIONS, fixtureRaw, fixtureRegistry } from './fixture';
import { HISTORY_COLUMNS, type RawData, type RawHistory, type Registry } from './raw';

/** The folder the fixture pretends to read. */
export const HISTORY_FIXTURE_DIR = 'history';

const text = (header: string, rows: readonly string[]) => [header, ...rows].join('\n') + '\n';

/** The history files' texts, and our reference tables about them. */
export const HISTORY_CSV: Readonly<Record<Exclude<keyof RawHistory, 'dir'>, string>> = {
	spbe2018: text(SPBE_2018_HEADER, SPBE_2018_ROWS),
	indicators: text(INDICATORS_HEADER, INDICATORS_ROWS),
	compiled: text(COMPILED_HEADER, COMPILED_ROWS),
	counts: text('year,kelompok,count,source_id,source_table,complete,note', [
		/* 2 */ '2018,pusat,2,lap2018,Gambar 8,yes,',
		/* 3 */ '2018,provinsi,1,lap2018,Gambar 8,yes,',
		/* 4 */ '2018,kabupaten,1,lap2018,Gambar 8,yes,',
		/* 5 */ '2018,kota,2,lap2018,Gambar 8,yes,',
		/* 6 */ '2021,pusat,1,data2122,Sheet 2021,yes,',
		/* 7 */ '2021,provinsi,1,data2122,Sheet 2021,yes,',
		/* 8 */ '2021,kabupaten,2,data2122,Sheet 2021,yes,',
		/* 9 */ '2021,kota,2,data2122,Sheet 2021,yes,',
		/* 10 */ '2022,pusat,1,data2122,Sheet 2022,no,the sheet is incomplete',
		/* 11 */ '2022,kabupaten,1,data2122,Sheet 2022,no,the sheet is incomplete',
		/* 12 */ '2022,kota,1,data2122,Sheet 2022,no,the sheet is incomplete',
		/* 13 */ '2019,semua,5,kompilasi,Data_lengkap.csv,yes,',
		/* 14 */ '2020,semua,3,kompilasi,Data_lengkap.csv,yes,'
	]),
	sources: text('id,publisher,title,date,address,note,status', [
		'lap2018,Kementerian PANRB,Hasil Evaluasi SPBE Tahun 2018,2019-03,,,official',
		'data2122,Kementerian PANRB (salinan data evaluasi),Data Evaluasi SPBE Tahun 2021–2022,2023-11,,,secondary',
		'kompilasi,ferrysusanto275/ta_elaine,Data_lengkap.csv,2023-12,,,compiled'
	])
};

/** The history parsed from the fixture texts, with any file replaced by `overrides`. */
export function fixtureHistory(
	overrides: Partial<Record<Exclude<keyof RawHistory, 'dir'>, string>> = {}
): RawHistory {
	const table = <K extends Exclude<keyof RawHistory, 'dir'>>(key: K, file: string) =>
		parseCsv(file, overrides[key] ?? HISTORY_CSV[key], HISTORY_COLUMNS[key]);
	return {
		dir: HISTORY_FIXTURE_DIR,
		spbe2018: table('spbe2018', `${HISTORY_FIXTURE_DIR}/spbe_2018.csv`),
		indicators: table('indicators', `${HISTORY_FIXTURE_DIR}/spbe_indicators_2021_2022.csv`),
		compiled: table('compiled', `${HISTORY_FIXTURE_DIR}/spbe_index_2019_2020_compiled.csv`),
		counts: table('counts', 'data/reference/history_counts.csv'),
		sources: table('sources', 'data/reference/history_sources.csv')
	};
}

/**
 * data/ as the base fixture, with the real 47 indicators of PermenPANRB 59/2020, PermenPANRB
 * 5/2018 governing 2018–2020 (its source and version rows added) and the Papua split, so the
 * history can be placed and checked.
 */
export function historyData(overrides: Partial<Record<keyof RawData, string>> = {}): RawData {
	return fixtureRaw({
		// the 2021/2022 indices are recomputed from all 47 indicators
		methodology: readFileSync('data/spbe/methodology.csv', 'utf8'),
		versions:
			FIXTURE_CSV.versions.replace(',2021,,permen59,', ',2021,2025,permen59,') +
			'pp5-2018,PermenPANRB 5/2018,2018,2020,permen5,Indeks SPBE,pp5,Evaluations 2018–2020\n',
		sources:
			FIXTURE_CSV.sources +
			'permen5,Kementerian PANRB,Peraturan Menteri PANRB Nomor 5 Tahun 2018,2018,,\n',
		provinceSplits:
			FIXTURE_CSV.provinceSplits +
			'93,91,2023,Papua Selatan from Papua\n95,91,2023,Papua Pegunungan from Papua\n96,92,2023,Papua Barat Daya from Papua Barat\n',
		...overrides
	});
}

const province = (kode: string, nama: string): Region => ({
	kode,
	nama,
	kind: 'provinsi',
	provinsiKode: kode,
	provinsiNama: nama
});
const regency = (kode: string, nama: string, p: Region): Region => ({
	kode,
	nama,
	kind: nama.startsWith('Kota') ? 'kota' : 'kabupaten',
	provinsiKode: p.kode,
	provinsiNama: p.nama
});
const KALBAR = province('61', 'Kalimantan Barat');
const PAPUA = province('91', 'Papua');
const PAPUA_BARAT = province('92', 'Papua Barat');
const PAPUA_SELATAN = province('93', 'Papua Selatan');
const PEGUNUNGAN = province('95', 'Papua Pegunungan');
const BARAT_DAYA = province('96', 'Papua Barat Daya');

/** Real Kemendagri codes the history fixture needs, beyond the base fixture's. */
export const HISTORY_REGIONS: readonly Region[] = [
	KALBAR,
	regency('61.72', 'Kota Singkawang', KALBAR),
	PAPUA,
	PAPUA_BARAT,
	PAPUA_SELATAN,
	regency('93.02', 'Kabupaten Boven Digoel', PAPUA_SELATAN),
	PEGUNUNGAN,
	regency('95.01', 'Kabupaten Jayawijaya', PEGUNUNGAN),
	BARAT_DAYA,
	regency('96.04', 'Kabupaten Tambrauw', BARAT_DAYA)
];

/** The base registry, the regions above, Ombudsman (renamed) and Polda Aceh (former). */
export function historyRegistry(): Registry {
	const reg = fixtureRegistry();
	reg.regions.push(...HISTORY_REGIONS.map((r) => ({ ...r })));
	reg.central.push(
		{
			slug: 'sekretariat-jenderal-ombudsman',
			name: 'Sekretariat Jenderal Ombudsman',
			kind: 'lembaga',
			abbreviation: 'Ombudsman RI'
		},
		{
			slug: 'kepolisian-daerah-aceh',
			name: 'Kepolisian Daerah Aceh',
			kind: 'lembaga',
			abbreviation: 'Polda Aceh'
		}
	);
	reg.centralAliases.push(
		{
			alias: 'Ombudsman Republik Indonesia',
			slug: 'sekretariat-jenderal-ombudsman',
			reason: '2021'
		},
		{
			alias: 'Sekretariat Ombudsman Republik Indonesia',
			slug: 'sekretariat-jenderal-ombudsman',
			reason: '2018'
		}
	);
	reg.centralFormer.set('kepolisian-daerah-aceh', { lastYear: 2018, reason: 'a Polda' });
	return reg;
}

export { FIXTURE_REGIONS };
