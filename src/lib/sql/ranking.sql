-- Ranks the instansi of one kelompok in one evaluation year by an award category's measure.
-- $1 year, $2 kelompok (semua | daerah | provinsi | kabupaten | kota | kementerian | lembaga),
-- $3 category (a slug of award_category: indeks | peningkatan | layanan | tata-kelola | …).
-- The measure and direction come from award_category (data/reference/award_categories.csv),
-- so a change in the award's rules is a data change; a category not ranked in the kelompok
-- (or unknown) gives no rows.
-- Standard competition ranking (1, 2, 2, 4) on exact DECIMALs; ties ordered by name.
-- Reported values never rank; rows whose measure is unknown (no previous evaluation for
-- peningkatan) come last with peringkat NULL so the page can count them.
-- ranking_filtered.sql is this query with the reader's filters applied after ranking.
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
-- ties and the group size by aggregation, not by more windows: duckdb-wasm spends most of
-- this query's time sorting for each window (one window, rank(), is enough)
ties AS (
	SELECT nilai, count(*) AS n FROM keyed WHERE nilai IS NOT NULL GROUP BY nilai
)
SELECT
	CASE WHEN k.nilai IS NOT NULL THEN rank() OVER (ORDER BY k.sort_key DESC NULLS LAST) END AS peringkat,
	coalesce(t.n, 0) > 1 AS seri,
	(SELECT count(nilai) FROM keyed) AS dari,
	k.* EXCLUDE (direction, sort_key)
FROM keyed k
LEFT JOIN ties t ON t.nilai = k.nilai
ORDER BY k.sort_key DESC NULLS LAST, k.name
