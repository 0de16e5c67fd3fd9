-- ranking.sql with the reader's filters: the same ranking (same CTEs, kept in step by
-- ranking.test.ts, which checks that with no filter it returns exactly ranking.sql's rows),
-- then rows filtered AFTER ranking, so every row keeps its official rank within the group
-- ("=3 dari 93") and the filters only hide rows.
-- $1 year, $2 kelompok, $3 category, as ranking.sql; each filter is NULL when unused:
-- $4 provinsi_kode ('35'; a province itself counts as in its province),
-- $5 minimum predicate (Kurang < Cukup < Baik < Sangat Baik < Memuaskan),
-- $6 minimum value of the category's measure, as text ('3.50': compared as DECIMAL),
-- $7 minimum improvement of the index since the previous official evaluation, as text,
-- $8 part of the name (case-insensitive, no wildcards),
-- $9 true: only instansi also evaluated in the previous official year.
WITH rule AS (
	SELECT measure, direction
	FROM award_category
	WHERE slug = $3 AND list_contains(string_split(kelompok, ';'), $2)
),
scope AS (
	SELECT
		i.id, i.kind, i.kode, i.slug, i.name, i.provinsi_kode, i.provinsi_nama,
		r.year, r."index", r.kebijakan, r.tata_kelola, r.manajemen, r.layanan, r.predicate,
		r.status, r.source_id, r.source_table, r.source_row, r.subgroup
	FROM result r
	JOIN instansi i ON i.id = r.instansi_id
	WHERE r.year = $1
		AND r.status <> 'reported'
		AND ($2 = 'semua' OR i.kind = $2 OR ($2 = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota')))
),
previous AS (
	SELECT instansi_id, arg_max("index", year) AS prev_index, max(year) AS prev_year
	FROM result
	WHERE year < $1 AND status <> 'reported'
	GROUP BY instansi_id
),
measured AS (
	SELECT
		s.*,
		p.prev_index,
		p.prev_year,
		CAST(s."index" - p.prev_index AS DECIMAL(4, 2)) AS perubahan,
		CAST(CASE rule.measure
			WHEN 'index' THEN s."index"
			WHEN 'kebijakan' THEN s.kebijakan
			WHEN 'tata_kelola' THEN s.tata_kelola
			WHEN 'manajemen' THEN s.manajemen
			WHEN 'layanan' THEN s.layanan
			WHEN 'index_change' THEN s."index" - p.prev_index
		END AS DECIMAL(4, 2)) AS nilai,
		rule.direction
	FROM scope s
	CROSS JOIN rule
	LEFT JOIN previous p ON p.instansi_id = s.id
),
keyed AS (
	SELECT *, CASE WHEN direction = 'asc' THEN -nilai ELSE nilai END AS sort_key
	FROM measured
),
ranked AS (
	SELECT
		CASE WHEN nilai IS NOT NULL THEN rank() OVER (ORDER BY sort_key DESC NULLS LAST) END AS peringkat,
		nilai IS NOT NULL AND count(*) OVER (PARTITION BY nilai) > 1 AS seri,
		count(nilai) OVER () AS dari,
		* EXCLUDE (direction)
	FROM keyed
)
SELECT * EXCLUDE (sort_key)
FROM ranked
WHERE ($4 IS NULL OR provinsi_kode = $4)
	AND ($5 IS NULL OR list_position(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan'], predicate)
		>= list_position(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan'], CAST($5 AS VARCHAR)))
	AND ($6 IS NULL OR nilai >= CAST($6 AS DECIMAL(4, 2)))
	AND ($7 IS NULL OR perubahan >= CAST($7 AS DECIMAL(4, 2)))
	AND ($8 IS NULL OR contains(lower(name), lower(CAST($8 AS VARCHAR))))
	AND (NOT coalesce($9, false) OR prev_year = (
		SELECT max(year) FROM result WHERE year < $1 AND status = 'official'
	))
ORDER BY sort_key DESC NULLS LAST, name
