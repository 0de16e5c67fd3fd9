-- The report's count of evaluated instansi per group against the rows published here.
WITH published AS (
	SELECT r.year, CASE WHEN i.kind IN ('kementerian', 'lembaga') THEN 'pusat' ELSE i.kind END AS kelompok, count(*) AS rows
	FROM result r JOIN instansi i ON i.id = r.instansi_id
	WHERE r.status = 'official'
	GROUP BY ALL
)
SELECT c.year, c.kelompok, c.count AS reported, coalesce(p.rows, 0) AS published, c.source_id, c.source_table
FROM report_count c
LEFT JOIN published p USING (year, kelompok)
ORDER BY c.year DESC, CASE c.kelompok WHEN 'pusat' THEN 0 WHEN 'provinsi' THEN 1 WHEN 'kabupaten' THEN 2 ELSE 3 END
