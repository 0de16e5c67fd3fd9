-- The history added to the fixture (run after schema.sql and fixture.sql) for the tests of
-- the years 2018–2022: invented numbers, real places. Used by history.test.ts only.
--
--   2018 official (PermenPANRB 5/2018, index only) · 2019 compiled (never ranked) ·
--   2021 secondary · 2022 secondary and incomplete (Kemenkeu and Kota Surakarta missing)
--
--   kota            2018  2019c  2021  2022  2023  2024   peningkatan 2023 over 2022
--   Kota Bandung    3.11  3.72   3.19  3.61  3.90  4.10   +0.29  (2)
--   Kota Cimahi     2.00  —      3.00  3.10  4.25  4.10   +1.15  (1)
--   Kota Bekasi     —     —      1.90  2.00  2.10  —      +0.10  (3)
--   Kota Magelang   1.75  2.00   2.20  2.60  2.60  3.82   ±0.00  (4)
--   Kota Surakarta  1.90  —      2.40  —     2.71  3.93   NULL: not in the incomplete 2022
--
-- Peningkatan 2022 over 2021 (kota): Bandung +0.42, Magelang +0.40, Cimahi and Bekasi +0.10.
-- Peningkatan 2021: NULL for all (2018 is another methodology).
-- Papua: Kabupaten Jayawijaya (95.01) is in Papua (91) until 2022 and in Papua Pegunungan
-- (95, formed 2022, evaluated from 2023) after; in 2021 it ranks 2 of 2 kabupaten in Papua.
-- Indicators 1–3 (weight 1.30 % each) for four kota in 2021 and three in 2022.
-- An imported 2027 value under the Indeks Pemdi (its own bands: 3.60 is 0.40 below 4.00).

INSERT INTO source (id, publisher, title, date, address, note, status) VALUES
	('lap2018', 'Kementerian PANRB', 'Hasil Evaluasi SPBE Tahun 2018', '2019-03', NULL, NULL, 'official'),
	('data2122', 'Kementerian PANRB (salinan data evaluasi)', 'Data Evaluasi SPBE Tahun 2021–2022', '2023-11', NULL, NULL, 'secondary'),
	('kompilasi', 'ferrysusanto275/ta_elaine', 'Data_lengkap.csv', '2023-12', NULL, NULL, 'compiled');

INSERT INTO instansi VALUES
	('91', 'provinsi', '91', 'provinsi-papua', 'Provinsi Papua', '91', 'Papua', NULL, NULL, NULL, NULL),
	('95', 'provinsi', '95', 'provinsi-papua-pegunungan', 'Provinsi Papua Pegunungan', '95', 'Papua Pegunungan', NULL, NULL, 2023, NULL),
	('91.03', 'kabupaten', '91.03', 'kabupaten-jayapura', 'Kabupaten Jayapura', '91', 'Papua', NULL, NULL, NULL, NULL),
	('95.01', 'kabupaten', '95.01', 'kabupaten-jayawijaya', 'Kabupaten Jayawijaya', '95', 'Papua Pegunungan', NULL, NULL, NULL, NULL),
	('kepolisian-daerah-aceh', 'lembaga', NULL, 'kepolisian-daerah-aceh', 'Kepolisian Daerah Aceh', NULL, NULL, 'Alat Negara', 'Polda Aceh', NULL, 2018);

INSERT INTO instansi_province VALUES
	('95.01', '91', NULL, 2022),
	('95.01', '95', 2023, NULL);

INSERT INTO result (instansi_id, year, methodology, "index", kebijakan, tata_kelola, manajemen, layanan,
	predicate, status, source_id, source_table, source_row, name_as_printed, subgroup) VALUES
	-- 2018
	('kementerian-keuangan', 2018, 'pp5-2018', 4.53, NULL, NULL, NULL, NULL, 'Memuaskan', 'official', 'lap2018', 'Tabel 3', 10, 'Kementerian Keuangan', 'Kementerian'),
	('badan-pusat-statistik', 2018, 'pp5-2018', 3.33, NULL, NULL, NULL, NULL, 'Baik', 'official', 'lap2018', 'Tabel 4', 18, 'Badan Pusat Statistik', 'LPNK'),
	('kepolisian-daerah-aceh', 2018, 'pp5-2018', 1.47, NULL, NULL, NULL, NULL, 'Kurang', 'official', 'lap2018', 'Tabel 5', 3, 'Kepolisian Daerah Aceh', 'Alat Negara'),
	('33', 2018, 'pp5-2018', 2.50, NULL, NULL, NULL, NULL, 'Cukup', 'official', 'lap2018', 'Tabel 23', 1, 'Pemerintah Provinsi Jawa Tengah', 'Provinsi'),
	('32.11', 2018, 'pp5-2018', 2.20, NULL, NULL, NULL, NULL, 'Cukup', 'official', 'lap2018', 'Tabel 22', 16, 'Pemerintah Kab. Sumedang', 'Kabupaten'),
	('32.73', 2018, 'pp5-2018', 3.11, NULL, NULL, NULL, NULL, 'Baik', 'official', 'lap2018', 'Tabel 22', 20, 'Pemerintah Kota Bandung', 'Kota'),
	('32.77', 2018, 'pp5-2018', 2.00, NULL, NULL, NULL, NULL, 'Cukup', 'official', 'lap2018', 'Tabel 22', 24, 'Pemerintah Kota Cimahi', 'Kota'),
	('33.72', 2018, 'pp5-2018', 1.90, NULL, NULL, NULL, NULL, 'Cukup', 'official', 'lap2018', 'Tabel 23', 33, 'Pemerintah Kota Surakarta', 'Kota'),
	('33.71', 2018, 'pp5-2018', 1.75, NULL, NULL, NULL, NULL, 'Kurang', 'official', 'lap2018', 'Tabel 23', 31, 'Pemerintah Kota Magelang', 'Kota'),
	('95.01', 2018, 'pp5-2018', 1.20, NULL, NULL, NULL, NULL, 'Kurang', 'official', 'lap2018', 'Tabel 43', 6, 'Pemerintah Kab. Jayawijaya', 'Kabupaten'),
	('91.03', 2018, 'pp5-2018', 2.03, NULL, NULL, NULL, NULL, 'Cukup', 'official', 'lap2018', 'Tabel 43', 4, 'Pemerintah Kab. Jayapura', 'Kabupaten'),
	-- 2019, compiled
	('32.73', 2019, 'pp5-2018', 3.72, NULL, NULL, NULL, NULL, 'Sangat Baik', 'compiled', 'kompilasi', 'Data_lengkap.csv', 311, 'Pemerintah Kota Bandung', NULL),
	('33.71', 2019, 'pp5-2018', 2.00, NULL, NULL, NULL, NULL, 'Cukup', 'compiled', 'kompilasi', 'Data_lengkap.csv', 330, 'Pemerintah Kota Magelang', NULL),
	-- 2021, secondary
	('kementerian-keuangan', 2021, 'pp59-2020', 3.72, 4.00, 3.50, 3.20, 3.90, 'Sangat Baik', 'secondary', 'data2122', 'Sheet 2021', 84, 'Kementerian Keuangan', 'Kementerian'),
	('33', 2021, 'pp59-2020', 2.74, 3.00, 2.70, 1.90, 3.00, 'Baik', 'secondary', 'data2122', 'Sheet 2021', 200, 'Pemerintah Provinsi Jawa Tengah', 'Pemerintah Provinsi'),
	('32.73', 2021, 'pp59-2020', 3.19, 2.70, 3.10, 1.27, 4.07, 'Baik', 'secondary', 'data2122', 'Sheet 2021', 33, 'Pemerintah Kota Bandung', 'Pemerintah Kota'),
	('32.77', 2021, 'pp59-2020', 3.00, 3.00, 3.00, 2.00, 3.50, 'Baik', 'secondary', 'data2122', 'Sheet 2021', 40, 'Pemerintah Kota Cimahi', 'Pemerintah Kota'),
	('32.75', 2021, 'pp59-2020', 1.90, 2.00, 2.00, 1.00, 2.20, 'Cukup', 'secondary', 'data2122', 'Sheet 2021', 38, 'Pemerintah Kota Bekasi', 'Pemerintah Kota'),
	('33.72', 2021, 'pp59-2020', 2.40, 2.50, 2.50, 1.50, 2.70, 'Cukup', 'secondary', 'data2122', 'Sheet 2021', 60, 'Pemerintah Kota Surakarta', 'Pemerintah Kota'),
	('33.71', 2021, 'pp59-2020', 2.20, 2.00, 2.20, 1.20, 2.60, 'Cukup', 'secondary', 'data2122', 'Sheet 2021', 59, 'Pemerintah Kota Magelang', 'Pemerintah Kota'),
	('95.01', 2021, 'pp59-2020', 1.55, 2.50, 1.30, 1.00, 1.62, 'Kurang', 'secondary', 'data2122', 'Sheet 2021', 305, 'Pemerintah Kab. Jayawijaya', 'Pemerintah Kabupaten'),
	('91.03', 2021, 'pp59-2020', 1.70, 2.00, 1.50, 1.00, 1.90, 'Kurang', 'secondary', 'data2122', 'Sheet 2021', 518, 'Pemerintah Kab. Jayapura', 'Pemerintah Kabupaten'),
	-- 2022, secondary and incomplete
	('badan-pusat-statistik', 2022, 'pp59-2020', 3.00, 3.00, 3.00, 2.50, 3.20, 'Baik', 'secondary', 'data2122', 'Sheet 2022', 70, 'Badan Pusat Statistik', 'Lembaga Pemerintah Non Kementerian'),
	('33', 2022, 'pp59-2020', 3.34, 3.50, 3.20, 2.50, 3.60, 'Baik', 'secondary', 'data2122', 'Sheet 2022', 500, 'Pemerintah Provinsi Jawa Tengah', 'Pemerintah Provinsi'),
	('32.73', 2022, 'pp59-2020', 3.61, 4.10, 3.00, 2.55, 4.20, 'Sangat Baik', 'secondary', 'data2122', 'Sheet 2022', 443, 'Pemerintah Kota Bandung', 'Pemerintah Kota'),
	('32.77', 2022, 'pp59-2020', 3.10, 3.00, 3.00, 2.00, 3.70, 'Baik', 'secondary', 'data2122', 'Sheet 2022', 450, 'Pemerintah Kota Cimahi', 'Pemerintah Kota'),
	('32.75', 2022, 'pp59-2020', 2.00, 2.00, 2.00, 1.20, 2.30, 'Cukup', 'secondary', 'data2122', 'Sheet 2022', 441, 'Pemerintah Kota Bekasi', 'Pemerintah Kota'),
	('33.71', 2022, 'pp59-2020', 2.60, 2.50, 2.50, 1.50, 3.10, 'Baik', 'secondary', 'data2122', 'Sheet 2022', 470, 'Pemerintah Kota Magelang', 'Pemerintah Kota'),
	('95.01', 2022, 'pp59-2020', 1.51, 1.90, 1.20, 1.00, 1.76, 'Kurang', 'secondary', 'data2122', 'Sheet 2022', 183, 'Pemerintah Kab. Jayawijaya', 'Pemerintah Kabupaten'),
	('91.03', 2022, 'pp59-2020', 1.80, 2.00, 1.60, 1.00, 2.00, 'Cukup', 'secondary', 'data2122', 'Sheet 2022', 184, 'Pemerintah Kab. Jayapura', 'Pemerintah Kabupaten'),
	-- 2027, imported under the Indeks Pemdi
	('32.11', 2027, 'pemdi-2026', 3.60, NULL, NULL, NULL, NULL, 'Sangat Baik', 'imported', 'impor-uji', NULL, 2, 'Kabupaten Sumedang', NULL);

INSERT INTO methodology_version VALUES
	('pemdi-2026', 'PermenPANRB 8/2026', 2026, NULL, 'permen59', NULL, 'Indeks Pemdi', true);
UPDATE methodology_version SET last_year = 2025 WHERE id = 'pp59-2020';

INSERT INTO predicate_band VALUES
	('pemdi-2026', 1, 'Kurang', 1.00, 1.50, '1,00 – < 1,50', 'permen8'),
	('pemdi-2026', 2, 'Cukup', 1.50, 2.50, '1,50 – < 2,50', 'permen8'),
	('pemdi-2026', 3, 'Baik', 2.50, 3.50, '2,50 – < 3,50', 'permen8'),
	('pemdi-2026', 4, 'Sangat Baik', 3.50, 4.00, '3,50 – < 4,00', 'permen8'),
	('pemdi-2026', 5, 'Memuaskan', 4.00, 5.00, '4,00 – 5,00', 'permen8');

INSERT INTO methodology (version, level, no, name, parent_no, weight_percent) VALUES
	('pp59-2020', 'indicator', 2, 'Tingkat Kematangan Kebijakan Internal Peta Rencana SPBE', 1, 1.30),
	('pp59-2020', 'indicator', 3, 'Tingkat Kematangan Kebijakan Internal Manajemen Data', 1, 1.30);

INSERT INTO indicator_level VALUES
	('32.73', 2021, 'pp59-2020', [2, 3, 1]),
	('32.77', 2021, 'pp59-2020', [3, 3, 2]),
	('33.71', 2021, 'pp59-2020', [1, 2, 2]),
	('33.72', 2021, 'pp59-2020', [4, 1, 1]),
	('32.73', 2022, 'pp59-2020', [3, 3, 2]),
	('32.77', 2022, 'pp59-2020', [3, 4, 2]),
	('33.71', 2022, 'pp59-2020', [1, 2, 3]);

INSERT INTO report_count VALUES
	(2022, 'kota', 4, 'data2122', 'Sheet 2022', false, 'the sheet is incomplete');
