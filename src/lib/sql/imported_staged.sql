-- The staged rows of one imported dataset (tolok_import_staging, Arrow IPC built in the
-- import worker) as rows of `result`: status 'imported', the dataset as source.
-- $1 the dataset's id, $2 the years to take (comma-separated), $3 the dataset's name.
-- Scores arrive as exact text and become DECIMAL(3,2) here.
SELECT
	s.instansi_id,
	s.year::SMALLINT,
	-- the methodology governing the row's year (its bands give the gap to the next predicate)
	coalesce((SELECT id FROM methodology_version WHERE s.year BETWEEN first_year AND coalesce(last_year, 9999) LIMIT 1), 'impor'),
	CAST(s."index" AS DECIMAL(3, 2)),
	CAST(s.kebijakan AS DECIMAL(3, 2)),
	CAST(s.tata_kelola AS DECIMAL(3, 2)),
	CAST(s.manajemen AS DECIMAL(3, 2)),
	CAST(s.layanan AS DECIMAL(3, 2)),
	s.predicate,
	'imported',
	$1,
	NULL,
	CASE WHEN s.source_row <= 32767 THEN s.source_row::SMALLINT END,
	s.name,
	NULL,
	$3,
	NULL
FROM tolok_import_staging s
WHERE s."index" IS NOT NULL
	AND list_contains(string_split($2, ','), CAST(s.year AS VARCHAR))
