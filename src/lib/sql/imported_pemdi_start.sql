-- The imported Indeks Pemdi rows with their indicator values (IK-01…IK-20 in imported_score),
-- for a what-if simulation that starts from one: one line per row and indicator value (a row
-- without any indicator value comes once, number null). Rows loaded into `result` and those
-- kept apart in `imported_result` alike; values in integer hundredths (exact DECIMAL × 100).
-- $1 the Indeks Pemdi's index_name. imported_result exists once imported_schema.sql has run.
SELECT
	r.source_id, s.title AS dataset, r.instansi_id AS id, r.year::INTEGER AS year,
	coalesce(i.name, r.name_as_printed) AS name,
	CAST(r."index" * 100 AS INTEGER) AS index_h,
	sc.number::INTEGER AS number,
	CAST(sc.value * 100 AS INTEGER) AS value_h
FROM (
	SELECT instansi_id, year, "index", methodology, source_id, name_as_printed
	FROM result WHERE status = 'imported'
	UNION ALL
	SELECT instansi_id, year, "index", methodology, source_id, name_as_printed
	FROM imported_result
) r
JOIN source s ON s.id = r.source_id
JOIN methodology_version mv ON mv.id = r.methodology
LEFT JOIN instansi i ON i.id = r.instansi_id
LEFT JOIN imported_score sc
	ON sc.source_id = r.source_id AND sc.instansi_id = r.instansi_id AND sc.year = r.year
	AND sc.measure = 'indikator'
WHERE mv.index_name = $1
ORDER BY r.year DESC, name, r.source_id, sc.number
