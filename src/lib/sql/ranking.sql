-- Ranks the instansi of one kelompok in one evaluation year by an award category's measure.
-- $1 year, $2 kelompok (semua | daerah | provinsi | kabupaten | kota | kementerian | lembaga),
-- $3 category (a slug of award_category: indeks | peningkatan | layanan | tata-kelola | …).
-- The measure and direction come from award_category (data/reference/award_categories.csv),
-- so a change in the award's rules is a data change; a category not ranked in the kelompok
-- (or unknown) gives no rows.
-- Standard competition ranking (1, 2, 2, 4) on exact DECIMALs; ties ordered by name.
-- Only a table ranks (official or secondary; imported in the browser): reported and compiled
-- values never do. peningkatan compares consecutive table years of the same methodology
-- (2024 over 2023, 2023 over 2022, 2022 over 2021; never across PermenPANRB 5/2018 → 59/2020):
-- rows without a value in that previous year come last with peringkat NULL, counted by the page.
-- provinsi_kode / provinsi_nama are the province of that year (Papua before the 2022 split).
-- ranking_filtered.sql is this query with the reader's filters applied after ranking.
WITH rule AS (
	SELECT measure, direction
	FROM award_category
	WHERE slug = $3 AND list_contains(string_split(kelompok, ';'), $2)
),
scope AS (
	SELECT
		i.id, i.kind, i.kode, i.slug, i.name,
		coalesce(p.provinsi_kode, i.provinsi_kode) AS provinsi_kode,
		coalesce(pn.provinsi_nama, i.provinsi_nama) AS provinsi_nama,
		r.year, r."index", r.kebijakan, r.tata_kelola, r.manajemen, r.layanan, r.predicate,
		r.status, r.source_id, r.source_table, r.source_row, r.subgroup, r.methodology
	FROM result r
	JOIN instansi i ON i.id = r.instansi_id
	LEFT JOIN instansi_province p ON p.instansi_id = r.instansi_id
		AND r.year BETWEEN coalesce(p.first_year, 0) AND coalesce(p.last_year, 9999)
	LEFT JOIN instansi pn ON pn.id = p.provinsi_kode
	WHERE r.year = $1
		AND r.status NOT IN ('reported', 'compiled')
		AND ($2 = 'semua' OR i.kind = $2 OR ($2 = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota')))
),
-- the table year before $1 under the same methodology
previous_year AS (
	SELECT max(r.year) AS year
	FROM result r
	WHERE r.year < $1 AND r.status NOT IN ('reported', 'compiled')
		AND r.methodology = (SELECT any_value(methodology) FROM scope)
),
previous AS (
	SELECT r.instansi_id, r."index" AS prev_index, r.year AS prev_year
	FROM result r
	WHERE r.year = (SELECT year FROM previous_year) AND r.status NOT IN ('reported', 'compiled')
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
