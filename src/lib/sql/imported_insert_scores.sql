-- Aspect and indicator values of the staged rows (tolok_import_staging_scores: source row,
-- measure code < 100 aspek, ≥ 100 indikator, integer hundredths). $1 dataset id.
-- hundredths × 0.01 is an exact DECIMAL product (no floating point on the way).
INSERT INTO imported_score
SELECT $1, s.instansi_id, s.year::SMALLINT,
	CASE WHEN v.code < 100 THEN 'aspek' ELSE 'indikator' END,
	(v.code % 100)::TINYINT,
	CAST(CAST(v.hundredths AS DECIMAL(5, 0)) * 0.01 AS DECIMAL(3, 2))
FROM tolok_import_staging_scores v
JOIN tolok_import_staging s ON s.source_row = v.source_row
