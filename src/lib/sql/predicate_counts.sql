-- How many evaluated instansi hold each predicate, per official year, in one kelompok.
-- $1 kelompok (as in ranking.sql). Predicates as printed in the report.
SELECT r.year, r.predicate, count(*) AS jumlah
FROM result r
JOIN instansi i ON i.id = r.instansi_id
WHERE r.status = 'official'
	AND ($1 = 'semua' OR i.kind = $1 OR ($1 = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota')))
GROUP BY r.year, r.predicate
ORDER BY r.year, r.predicate
