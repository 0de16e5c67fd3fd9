-- Instansi of a kelompok with no official result in a year: listed as "belum dievaluasi"
-- (not evaluated) beside a ranking, never ranked and never counted as zero.
-- $1 year, $2 kelompok (semua | daerah | provinsi | kabupaten | kota | kementerian | lembaga).
SELECT i.id, i.kind, i.name, i.provinsi_nama,
	(SELECT max(r2.year) FROM result r2
		WHERE r2.instansi_id = i.id AND r2.status = 'official') AS last_year
FROM instansi i
WHERE ($2 = 'semua' OR i.kind = $2 OR ($2 = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota')))
	AND NOT EXISTS (
		SELECT 1 FROM result r
		WHERE r.instansi_id = i.id AND r.year = $1 AND r.status = 'official'
	)
ORDER BY i.name
