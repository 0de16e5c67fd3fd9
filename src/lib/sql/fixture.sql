-- A tiny, hand-checkable fixture for the query tests (run after schema.sql).
-- Not published data: names are real places, every number is invented.
--
-- Instansi (10): kementerian-keuangan, badan-pusat-statistik (lembaga), Provinsi Jawa Tengah,
-- Kabupaten Sumedang, and six kota in Jawa Barat (32) and Jawa Tengah (33).
--
-- Official index by year (— = not evaluated that year):
--
--   instansi                 kind         2023   2024   peningkatan 2024
--   Kementerian Keuangan     kementerian  4.34   4.45   +0.11
--   Badan Pusat Statistik    lembaga      4.02   4.10   +0.08
--   Provinsi Jawa Tengah     provinsi     4.02   4.31   +0.29
--   Kabupaten Sumedang       kabupaten    3.50   3.93   +0.43
--   Kota Bandung             kota         3.90   4.10   +0.20   tie at the top (index)
--   Kota Cimahi              kota         4.25   4.10   -0.15   tie at the top (index)
--   Kota Semarang            kota         —      3.93   NULL    new in 2024; middle tie (index)
--   Kota Surakarta           kota         2.71   3.93   +1.22   middle tie (index)
--   Kota Magelang            kota         2.60   3.82   +1.22   ties Surakarta exactly
--   Kota Bekasi              kota         2.10   —              only 2023; no domain values
--
-- Kota by index 2024: Bandung 1, Cimahi 1, Semarang 3, Surakarta 3, Magelang 5.
-- Semua by index 2024: 4.45 | 4.31 | 4.10 ×3 | 3.93 ×3 | 3.82 → 1, 2, 3, 3, 3, 6, 6, 6, 9.
-- Peningkatan: in doubles 3.82 - 2.6 = 1.2199999999999998 but 3.93 - 2.71 = 1.2200000000000002,
-- so only exact DECIMAL arithmetic keeps Magelang and Surakarta tied. (2.70 → 3.92 would not
-- show it: in doubles it gives 1.2199999999999998 too.)
--
-- Domains 2024 each have a different leader: kebijakan BPS 5.00 (Bandung and Semarang tie
-- at 4.20 among kota), tata kelola Jawa Tengah 4.70, manajemen Bandung 4.30, layanan Cimahi
-- 4.65. Domain values are illustrative and are not weighted to the index.
--
-- Reported: Kota Semarang 2022 index 3.00 from a news article (rep001). It must never rank,
-- never count as a previous evaluation (so Semarang's 2024 peningkatan stays NULL) and never
-- count in predicate_counts or report_counts.
--
-- Statistic (national_series.sql picks the latest report, then its lowest-numbered table):
--   index 2022      lap2023 Tabel 4 2.34, lap2024 Tabel 4 2.34          → lap2024 Tabel 4
--   index 2023      lap2023 Tabel 4 2.78, lap2024 Tabel 4 2.79          → lap2024 Tabel 4 (2.79)
--   index 2024      lap2024 Tabel 4 2.84, lap2024 Tabel 5 2.84          → lap2024 Tabel 4
--   kebijakan 2024  lap2024 Tabel 12 2.50, lap2024 Tabel 5 2.50         → Tabel 5 (numeric, not text order)
--   layanan 2023    lap2023 Tabel 7 2.90 only                           → lap2023 Tabel 7
--   ignored: a Nasional max, an Instansi Pusat mean, an aspect (a1) mean.
--
-- report_count: 2024 pusat 2 / provinsi 1 / kabupaten 1 / kota 5 (all match), 2023 kabupaten 2
-- (one published), 2022 kota 4 (none published: the reported row does not count).

INSERT INTO source (id, publisher, title, date, address, note) VALUES
	('lap2024', 'Kementerian PANRB', 'Laporan Pelaksanaan Evaluasi SPBE Tahun 2024', '2024-12', NULL, NULL),
	('lap2023', 'Kementerian PANRB', 'Laporan Pelaksanaan Evaluasi SPBE Tahun 2023', '2024-01', NULL, NULL),
	('permen59', 'Kementerian PANRB', 'Peraturan Menteri PANRB Nomor 59 Tahun 2020', '2020', NULL, NULL),
	('rep001', 'contoh.example', 'Semarang raih predikat Baik', NULL, 'https://contoh.example/semarang-2022', 'reported'),
	('rep002', 'lain.example', 'SPBE Kota Semarang 3,05', NULL, 'https://lain.example/semarang', 'reported');

INSERT INTO instansi (id, kind, kode, slug, name, provinsi_kode, provinsi_nama, subgroup, abbreviation) VALUES
	('kementerian-keuangan', 'kementerian', NULL, 'kementerian-keuangan', 'Kementerian Keuangan', NULL, NULL, 'Kementerian', 'Kemenkeu'),
	('badan-pusat-statistik', 'lembaga', NULL, 'badan-pusat-statistik', 'Badan Pusat Statistik', NULL, NULL, 'LPNK', 'BPS'),
	('33', 'provinsi', '33', 'provinsi-jawa-tengah', 'Provinsi Jawa Tengah', '33', 'Jawa Tengah', NULL, NULL),
	('32.11', 'kabupaten', '32.11', 'kabupaten-sumedang', 'Kabupaten Sumedang', '32', 'Jawa Barat', NULL, NULL),
	('32.73', 'kota', '32.73', 'kota-bandung', 'Kota Bandung', '32', 'Jawa Barat', NULL, NULL),
	('32.75', 'kota', '32.75', 'kota-bekasi', 'Kota Bekasi', '32', 'Jawa Barat', NULL, NULL),
	('32.77', 'kota', '32.77', 'kota-cimahi', 'Kota Cimahi', '32', 'Jawa Barat', NULL, NULL),
	('33.71', 'kota', '33.71', 'kota-magelang', 'Kota Magelang', '33', 'Jawa Tengah', NULL, NULL),
	('33.72', 'kota', '33.72', 'kota-surakarta', 'Kota Surakarta', '33', 'Jawa Tengah', NULL, NULL),
	('33.74', 'kota', '33.74', 'kota-semarang', 'Kota Semarang', '33', 'Jawa Tengah', NULL, NULL);

INSERT INTO result (instansi_id, year, methodology, "index", kebijakan, tata_kelola, manajemen, layanan,
	predicate, status, source_id, source_table, source_row, name_as_printed, subgroup) VALUES
	-- 2024
	('kementerian-keuangan', 2024, 'pp59-2020', 4.45, 4.80, 4.50, 3.90, 4.60, 'Memuaskan', 'official', 'lap2024', 'Tabel 9', 5, 'Kementerian Keuangan', 'Kementerian'),
	('badan-pusat-statistik', 2024, 'pp59-2020', 4.10, 5.00, 4.00, 3.10, 4.20, 'Sangat Baik', 'official', 'lap2024', 'Tabel 12', 3, 'Badan Pusat Statistik', 'LPNK'),
	('33', 2024, 'pp59-2020', 4.31, 4.60, 4.70, 3.40, 4.40, 'Memuaskan', 'official', 'lap2024', 'Tabel 17', 14, 'Provinsi Jawa Tengah', NULL),
	('32.11', 2024, 'pp59-2020', 3.93, 3.50, 3.80, 3.60, 4.15, 'Sangat Baik', 'official', 'lap2024', 'Tabel 28', 11, 'Kabupaten Sumedang', NULL),
	('32.73', 2024, 'pp59-2020', 4.10, 4.20, 4.10, 4.30, 4.00, 'Sangat Baik', 'official', 'lap2024', 'Tabel 28', 20, 'Kota Bandung', NULL),
	('32.77', 2024, 'pp59-2020', 4.10, 3.80, 3.90, 3.80, 4.65, 'Sangat Baik', 'official', 'lap2024', 'Tabel 28', 26, 'Kota Cimahi', NULL),
	('33.74', 2024, 'pp59-2020', 3.93, 4.20, 3.60, 3.20, 4.10, 'Sangat Baik', 'official', 'lap2024', 'Tabel 31', 34, 'Kota Semarang', NULL),
	('33.72', 2024, 'pp59-2020', 3.93, 4.00, 3.70, 3.00, 4.05, 'Sangat Baik', 'official', 'lap2024', 'Tabel 31', 33, 'Kota Surakarta', NULL),
	('33.71', 2024, 'pp59-2020', 3.82, 3.60, 3.50, 2.90, 3.95, 'Sangat Baik', 'official', 'lap2024', 'Tabel 31', 30, 'Kota Magelang', NULL),
	-- 2023
	('kementerian-keuangan', 2023, 'pp59-2020', 4.34, 4.70, 4.40, 3.80, 4.50, 'Memuaskan', 'official', 'lap2023', 'Tabel 8', 5, 'Kementerian Keuangan', 'Kementerian'),
	('badan-pusat-statistik', 2023, 'pp59-2020', 4.02, 4.90, 3.90, 3.00, 4.05, 'Sangat Baik', 'official', 'lap2023', 'Tabel 11', 3, 'Badan Pusat Statistik', 'LPNK'),
	('33', 2023, 'pp59-2020', 4.02, 4.30, 4.20, 3.30, 4.10, 'Sangat Baik', 'official', 'lap2023', 'Tabel 16', 14, 'Provinsi Jawa Tengah', NULL),
	('32.11', 2023, 'pp59-2020', 3.50, 3.20, 3.40, 3.30, 3.70, 'Sangat Baik', 'official', 'lap2023', 'Tabel 27', 11, 'Kabupaten Sumedang', NULL),
	('32.73', 2023, 'pp59-2020', 3.90, 4.10, 4.00, 4.00, 3.80, 'Sangat Baik', 'official', 'lap2023', 'Tabel 27', 20, 'Kota Bandung', NULL),
	('32.77', 2023, 'pp59-2020', 4.25, 4.00, 4.10, 4.00, 4.50, 'Memuaskan', 'official', 'lap2023', 'Tabel 27', 26, 'Kota Cimahi', NULL),
	('32.75', 2023, 'pp59-2020', 2.10, NULL, NULL, NULL, NULL, 'Cukup', 'official', 'lap2023', 'Tabel 27', 22, 'Kota Bekasi', NULL),
	('33.72', 2023, 'pp59-2020', 2.71, 3.00, 2.50, 2.00, 2.90, 'Baik', 'official', 'lap2023', 'Tabel 30', 33, 'Kota Surakarta', NULL),
	('33.71', 2023, 'pp59-2020', 2.60, 2.80, 2.40, 1.90, 2.80, 'Baik', 'official', 'lap2023', 'Tabel 30', 30, 'Kota Magelang', NULL),
	-- 2022, reported in the press only
	('33.74', 2022, 'pp59-2020', 3.00, NULL, NULL, NULL, NULL, 'Baik', 'reported', 'rep001', NULL, NULL, 'Pemkot Semarang', NULL);

INSERT INTO methodology_version VALUES
	('pp5-2018', 'PermenPANRB 5/2018', 2018, 2020, 'permen59', NULL, 'Indeks SPBE', true),
	('pp59-2020', 'PermenPANRB 59/2020', 2021, NULL, 'permen59', NULL, 'Indeks SPBE', true);

-- The bands of both SPBE regulations (the same five), as the pipeline builds them from
-- data/spbe/predicates.csv and data/reference/predicates_pp5_2018.csv.
INSERT INTO predicate_band VALUES
	('pp5-2018', 1, 'Kurang', NULL, 1.80, '< 1,8', 'permen5'),
	('pp5-2018', 2, 'Cukup', 1.80, 2.60, '1,8 – < 2,6', 'permen5'),
	('pp5-2018', 3, 'Baik', 2.60, 3.50, '2,6 – < 3,5', 'permen5'),
	('pp5-2018', 4, 'Sangat Baik', 3.50, 4.20, '3,5 – < 4,2', 'permen5'),
	('pp5-2018', 5, 'Memuaskan', 4.20, 5.00, '4,2 – 5,0', 'permen5'),
	('pp59-2020', 1, 'Kurang', NULL, 1.80, '< 1,8', 'permen59'),
	('pp59-2020', 2, 'Cukup', 1.80, 2.60, '1,8 – < 2,6', 'permen59'),
	('pp59-2020', 3, 'Baik', 2.60, 3.50, '2,6 – < 3,5', 'permen59'),
	('pp59-2020', 4, 'Sangat Baik', 3.50, 4.20, '3,5 – < 4,2', 'permen59'),
	('pp59-2020', 5, 'Memuaskan', 4.20, 5.00, '4,2 – 5,0', 'permen59');

INSERT INTO methodology (version, level, no, name, parent_no, weight_percent) VALUES
	('pp59-2020', 'domain', 1, 'Kebijakan Internal SPBE', NULL, 13.00),
	('pp59-2020', 'domain', 2, 'Tata Kelola SPBE', NULL, 25.00),
	('pp59-2020', 'domain', 3, 'Manajemen SPBE', NULL, 16.50),
	('pp59-2020', 'domain', 4, 'Layanan SPBE', NULL, 45.50),
	('pp59-2020', 'aspect', 2, 'Perencanaan Strategis SPBE', 2, 10.00),
	('pp59-2020', 'aspect', 1, 'Kebijakan Internal Tata Kelola SPBE', 1, 13.00),
	('pp59-2020', 'indicator', 1, 'Tingkat Kematangan Kebijakan Internal Arsitektur SPBE', 1, 1.30),
	('pp5-2018', 'domain', 1, 'Kebijakan Internal', NULL, 20.00);

INSERT INTO statistic VALUES
	(2022, 'Nasional', 'index', 'Indeks SPBE', 'mean', 2.34, 'lap2023', 'Tabel 4'),
	(2022, 'Nasional', 'index', 'Indeks SPBE', 'mean', 2.34, 'lap2024', 'Tabel 4'),
	(2023, 'Nasional', 'index', 'Indeks SPBE', 'mean', 2.78, 'lap2023', 'Tabel 4'),
	(2023, 'Nasional', 'index', 'Indeks SPBE', 'mean', 2.79, 'lap2024', 'Tabel 4'),
	(2024, 'Nasional', 'index', 'Indeks SPBE', 'mean', 2.84, 'lap2024', 'Tabel 5'),
	(2024, 'Nasional', 'index', 'Indeks SPBE', 'mean', 2.84, 'lap2024', 'Tabel 4'),
	(2024, 'Nasional', 'kebijakan', 'Kebijakan Internal SPBE', 'mean', 2.50, 'lap2024', 'Tabel 12'),
	(2024, 'Nasional', 'kebijakan', 'Kebijakan Internal SPBE', 'mean', 2.50, 'lap2024', 'Tabel 5'),
	(2023, 'Nasional', 'layanan', 'Layanan SPBE', 'mean', 2.90, 'lap2023', 'Tabel 7'),
	(2024, 'Nasional', 'index', 'Indeks SPBE', 'max', 4.45, 'lap2024', 'Tabel 5'),
	(2024, 'Instansi Pusat', 'index', 'Indeks SPBE', 'mean', 3.21, 'lap2024', 'Tabel 8'),
	(2024, 'Nasional', 'a1', 'Kebijakan Internal Tata Kelola SPBE', 'mean', 2.10, 'lap2024', 'Tabel 6');

INSERT INTO report_count (year, kelompok, count, source_id, source_table, complete) VALUES
	(2024, 'pusat', 2, 'lap2024', 'Tabel 9-16', true),
	(2024, 'provinsi', 1, 'lap2024', 'Tabel 17-54', true),
	(2024, 'kabupaten', 1, 'lap2024', 'Tabel 17-54', true),
	(2024, 'kota', 5, 'lap2024', 'Tabel 17-54', true),
	(2023, 'kota', 5, 'lap2023', 'Tabel 16-53', true),
	(2023, 'kabupaten', 2, 'lap2023', 'Tabel 16-53', true),
	(2022, 'kota', 4, 'rep001', 'n/a', true);

INSERT INTO data_note VALUES
	('32.75', 2023, 'caveat', NULL, 'Only the index is printed for Kota Bekasi', 'lap2023'),
	('33.71', 2023, 'filled_cell', 'layanan', 'Empty cell filled from the total', 'lap2023'),
	('32.73', 2024, 'out_of_scale', 'manajemen', 'Printed 43.0; read as 4.30', 'lap2024'),
	('32.77', 2023, 'boundary_predicate', 'index', 'Index 4.25 sits just above the Memuaskan bound', 'lap2023'),
	(NULL, 2024, 'as_printed', NULL, 'Table 28 repeats its header', 'lap2024');

INSERT INTO reconciliation (instansi_id, name_as_reported, year, reported, official, kind, source_id, message) VALUES
	('32.73', 'Kota Bandung', 2024, 4.10, 4.10, 'agrees', 'rep001', 'Matches Laporan 2024'),
	('33.72', 'Pemkot Surakarta', 2024, 3.95, 3.93, 'disagrees', 'rep001', 'Article prints 3.95; the report 3.93'),
	('33.74', 'Kota Semarang', 2022, 3.00, NULL, 'reported_conflict', 'rep002', 'rep001 prints 3.00, rep002 prints 3.05'),
	(NULL, 'Kota Antah Berantah', 2024, 3.50, NULL, 'unmatched', 'rep001', 'No instansi of that name');

INSERT INTO award_result VALUES
	('DLGA', 2023, 'Leading Change (kota)', 1, 'Kota Bandung', '32.73', 'rep001', NULL),
	('DLGA', 2023, 'Leading Change (kota)', 2, 'Kota Magelang', '33.71', 'rep001', 'invented for the fixture');

-- The award categories, as in data/reference/award_categories.csv (the
-- basis text shortened). ranking.sql reads the measure and direction from here.
INSERT INTO award_category VALUES
	('indeks', 1, 'Pencapaian Indeks SPBE', 'SPBE Index achievement', 'index', 'desc', 'provinsi;kabupaten;kota;kementerian;lembaga;daerah;semua', 'permen59', 'The index'),
	('peningkatan', 2, 'Peningkatan Indeks SPBE', 'SPBE Index improvement', 'index_change', 'desc', 'provinsi;kabupaten;kota;kementerian;lembaga;daerah;semua', 'permen59', 'Index minus the previous official index'),
	('layanan', 3, 'Penerapan Layanan SPBE', 'SPBE services', 'layanan', 'desc', 'provinsi;kabupaten;kota;kementerian;lembaga;daerah;semua', 'permen59', 'Domain Layanan'),
	('tata-kelola', 4, 'Pelaksanaan Tata Kelola SPBE', 'SPBE governance', 'tata_kelola', 'desc', 'provinsi;kabupaten;kota;kementerian;lembaga;daerah;semua', 'permen59', 'Domain Tata Kelola'),
	('kebijakan', 5, 'Penguatan Kebijakan SPBE', 'SPBE policy', 'kebijakan', 'desc', 'provinsi;kabupaten;kota;kementerian;lembaga;daerah;semua', 'permen59', 'Domain Kebijakan'),
	('manajemen', 6, 'Penerapan Manajemen SPBE', 'SPBE management', 'manajemen', 'desc', 'provinsi;kabupaten;kota;kementerian;lembaga;daerah;semua', 'permen59', 'Domain Manajemen');

-- A dataset imported in the browser (status 'imported', a year without
-- official data; 2026, so that import.test.ts can still import a 2025 file), as src/lib/import/tables.ts inserts it. Bekasi and Magelang tie.
INSERT INTO source (id, publisher, title, date, address, note) VALUES
	('impor-uji', 'impor lokal', 'uji-2026', '2026-01-15', NULL, 'uji-2026.csv');
INSERT INTO result (instansi_id, year, methodology, "index", kebijakan, tata_kelola, manajemen, layanan,
	predicate, status, source_id, source_table, source_row, name_as_printed, subgroup) VALUES
	('32.73', 2026, 'pp59-2020', 4.30, 4.40, 4.20, 4.30, 4.30, 'Memuaskan', 'imported', 'impor-uji', NULL, 2, 'Kota Bandung', NULL),
	('32.75', 2026, 'pp59-2020', 3.10, NULL, NULL, NULL, NULL, 'Baik', 'imported', 'impor-uji', NULL, 3, 'Kota Bekasi', NULL),
	('33.71', 2026, 'pp59-2020', 3.10, 3.00, 3.10, 3.00, 3.20, 'Baik', 'imported', 'impor-uji', NULL, 4, 'Kota Magelang', NULL);
-- A reported 2026 value for Kota Bandung beside its imported one: the imported one is used.
INSERT INTO result (instansi_id, year, methodology, "index", kebijakan, tata_kelola, manajemen, layanan,
	predicate, status, source_id, source_table, source_row, name_as_printed, subgroup) VALUES
	('32.73', 2026, 'pp59-2020', 4.66, NULL, NULL, NULL, NULL, 'Memuaskan', 'reported', 'rep001', NULL, NULL, 'Pemkot Bandung', NULL);
