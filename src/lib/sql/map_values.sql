-- The map's values: every region (province, kabupaten, kota) with its result of ONE year,
-- $1, and nothing from any other year. A region without a table value that year (not
-- evaluated, or only a reported value) comes back with NULL values and status, so the map
-- draws it grey, "belum dievaluasi". Table years only: official, secondary (a copy of the
-- ministry's data) and imported (a reader's file, in the browser); a year holds one of them.
-- $1 year.
SELECT
	i.id, i.kind, i.name, i.provinsi_kode, i.provinsi_nama,
	r.year, r.status, r.predicate,
	r."index", r.kebijakan, r.tata_kelola, r.manajemen, r.layanan,
	r.source_id, r.source_table, r.source_row
FROM instansi i
LEFT JOIN result r
	ON r.instansi_id = i.id
	AND r.year = $1
	AND r.status IN ('official', 'secondary', 'imported')
WHERE i.kode IS NOT NULL
ORDER BY i.kode
