-- The published Indeks Pemdi results (data/pemdi/results.csv, once added), per year and
-- predicate, with the band's order and the source: empty until results are published.
-- $1 the Indeks Pemdi's index_name in methodology_version (one source: methodology/family.ts).
-- Imported rows never count here: only tables (official or secondary).
SELECT r.year, r.predicate, b.no AS band_no, count(*) AS n,
	CAST(avg(r."index") AS DOUBLE) AS mean, min(r.source_id) AS source_id,
	min(s.title) AS source_title, min(r.source_table) AS source_table
FROM pemdi_result r
JOIN methodology_version v ON v.id = r.methodology AND v.index_name = $1
LEFT JOIN predicate_band b ON b.methodology = r.methodology AND b.predicate = r.predicate
LEFT JOIN source s ON s.id = r.source_id
WHERE r.status IN ('official', 'secondary')
GROUP BY r.year, r.predicate, b.no
ORDER BY r.year, b.no
