-- Per year and kind, what the year's table holds: how many instansi, how many per predicate,
-- and the sum of their indices in hundredths (for an exact plain mean, never asserted to be
-- the printed one). Official, secondary and compiled values (a year has one table status);
-- reported and imported values are left out.
SELECT r.year, r.status, r.methodology, i.kind,
	count(*) AS jumlah,
	count(*) FILTER (WHERE r.predicate = 'Kurang') AS kurang,
	count(*) FILTER (WHERE r.predicate = 'Cukup') AS cukup,
	count(*) FILTER (WHERE r.predicate = 'Baik') AS baik,
	count(*) FILTER (WHERE r.predicate = 'Sangat Baik') AS sangat_baik,
	count(*) FILTER (WHERE r.predicate = 'Memuaskan') AS memuaskan,
	CAST(sum(r."index" * 100) AS INTEGER) AS jumlah_indeks_h
FROM result r
JOIN instansi i ON i.id = r.instansi_id
WHERE r.status IN ('official', 'secondary', 'compiled')
GROUP BY r.year, r.status, r.methodology, i.kind
ORDER BY r.year, CASE i.kind WHEN 'kementerian' THEN 0 WHEN 'lembaga' THEN 1 WHEN 'provinsi' THEN 2 WHEN 'kabupaten' THEN 3 ELSE 4 END
