-- The share of evaluated instansi rated Baik or better, per official year and kind,
-- counted from the reports' per-instansi tables (predicates as printed).
SELECT r.year, i.kind,
	count(*) AS total,
	count(*) FILTER (WHERE r.predicate IN ('Baik', 'Sangat Baik', 'Memuaskan')) AS baik_plus
FROM result r
JOIN instansi i ON i.id = r.instansi_id
WHERE r.status = 'official'
GROUP BY r.year, i.kind
ORDER BY r.year, CASE kind WHEN 'kementerian' THEN 0 WHEN 'lembaga' THEN 1 WHEN 'provinsi' THEN 2 WHEN 'kabupaten' THEN 3 ELSE 4 END
