-- Instansi of a kelompok with no value in a table year: listed beside a ranking, never ranked
-- and never counted as zero. Only instansi that existed as such that year (a province formed
-- in 2022 is not listed for 2021; a Polda, evaluated on its own only in 2018, not for 2024).
-- last_year: its latest table year (official or secondary), if any.
-- $1 year, $2 kelompok (semua | daerah | provinsi | kabupaten | kota | kementerian | lembaga).
SELECT i.id, i.kind, i.name, i.provinsi_nama,
	(SELECT max(r2.year) FROM result r2
		WHERE r2.instansi_id = i.id AND r2.status IN ('official', 'secondary')) AS last_year
FROM instansi i
WHERE ($2 = 'semua' OR i.kind = $2 OR ($2 = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota')))
	AND $1 BETWEEN coalesce(i.since_year, 0) AND coalesce(i.until_year, 9999)
	AND NOT EXISTS (
		SELECT 1 FROM result r
		WHERE r.instansi_id = i.id AND r.year = $1 AND r.status IN ('official', 'secondary')
	)
ORDER BY i.name
