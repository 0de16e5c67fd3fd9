-- Each year's source counts per group (pusat, provinsi, kabupaten, kota; semua for a whole
-- year) against the table rows published (official, secondary or compiled), latest first.
-- complete = false: the year's rows are fewer than its evaluation (the 2022 secondary sheet).
WITH rows_ AS (
	SELECT r.year, CASE WHEN i.kind IN ('kementerian', 'lembaga') THEN 'pusat' ELSE i.kind END AS kelompok, r.status
	FROM result r JOIN instansi i ON i.id = r.instansi_id
	WHERE r.status IN ('official', 'secondary', 'compiled')
),
published AS (
	SELECT year, kelompok, count(*) AS rows FROM rows_ GROUP BY ALL
	UNION ALL
	SELECT year, 'semua', count(*) FROM rows_ GROUP BY ALL
)
SELECT c.year, c.kelompok, c.count AS reported, coalesce(p.rows, 0) AS published, c.source_id, c.source_table,
	c.complete, c.note
FROM report_count c
LEFT JOIN published p USING (year, kelompok)
ORDER BY c.year DESC, CASE c.kelompok WHEN 'pusat' THEN 0 WHEN 'provinsi' THEN 1 WHEN 'kabupaten' THEN 2 WHEN 'kota' THEN 3 ELSE 4 END
