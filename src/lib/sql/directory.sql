-- Every instansi (all 552 regions, evaluated or not, and every central body) with its latest
-- official result and its latest reported one: the profile pages' list, the search index,
-- the map's values and the comparison's names.
WITH latest AS (
	SELECT instansi_id, max(year) AS year
	FROM result WHERE status = 'official' GROUP BY ALL
)
SELECT
	i.id, i.kind, i.kode, i.slug, i.name, i.provinsi_kode, i.provinsi_nama, i.abbreviation,
	l.year,
	r."index", r.kebijakan, r.tata_kelola, r.manajemen, r.layanan, r.predicate,
	(SELECT count(*) FROM result x WHERE x.instansi_id = i.id) AS results
FROM instansi i
LEFT JOIN latest l ON l.instansi_id = i.id
LEFT JOIN result r ON r.instansi_id = i.id AND r.year = l.year AND r.status = 'official'
ORDER BY CASE i.kind WHEN 'provinsi' THEN 1 WHEN 'kabupaten' THEN 2 WHEN 'kota' THEN 2 WHEN 'kementerian' THEN 3 ELSE 4 END,
	coalesce(i.kode, ''), i.name
