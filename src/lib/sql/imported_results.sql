-- Imported results of one instansi ($1 id, or '*' for every one): rows of datasets loaded
-- into `result` (years without official data) and those kept apart in `imported_result`
-- (years with official data), each with its dataset's name. imported_result exists once
-- imported_schema.sql has run (the first import, or the start-up restore). indeks: the index
-- of the year's methodology (Indeks SPBE, Indeks Pemdi), never shown on the other's axis.
SELECT
	r.instansi_id AS id, r.year, r."index", r.kebijakan, r.tata_kelola, r.manajemen, r.layanan,
	r.predicate, r.source_id, s.title AS dataset, r.name_as_printed, r.source_row,
	false AS terpisah, mv.index_name AS indeks
FROM result r
JOIN source s ON s.id = r.source_id
LEFT JOIN methodology_version mv ON mv.id = r.methodology
WHERE r.status = 'imported' AND ($1 = '*' OR r.instansi_id = $1)
UNION ALL
SELECT
	r.instansi_id, r.year, r."index", r.kebijakan, r.tata_kelola, r.manajemen, r.layanan,
	r.predicate, r.source_id, s.title, r.name_as_printed, r.source_row,
	true, mv.index_name
FROM imported_result r
JOIN source s ON s.id = r.source_id
LEFT JOIN methodology_version mv ON mv.id = r.methodology
WHERE $1 = '*' OR r.instansi_id = $1
ORDER BY year DESC, dataset
