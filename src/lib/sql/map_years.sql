-- The years the map can show: those with a table of results for regions (official,
-- secondary or imported; never reported or compiled values), from the data, so a year the
-- pipeline adds appears without a code change. One status per year.
SELECT r.year, min(r.status) AS status, count(*) AS regions
FROM result r
JOIN instansi i ON i.id = r.instansi_id
WHERE i.kode IS NOT NULL AND r.status IN ('official', 'secondary', 'imported')
GROUP BY r.year
ORDER BY r.year
