-- For each chosen instansi ($1: ids comma-separated, or '*') and each year with indicator
-- levels (2021, 2022): its level of each indicator beside its peers' (the same kind, that
-- year) median (quantile_disc: a level some peer holds) and best level, its level in its
-- previous year with levels (for the change), and the indicator's weight in percent.
-- Computed over every instansi first, then filtered, so peers never depend on $1.
WITH v AS (
	SELECT id, year, methodology, CAST(no AS INTEGER) AS no, CAST(value AS INTEGER) AS value, kind
	FROM (
		SELECT x.instansi_id AS id, x.year, x.methodology, i.kind,
			unnest(x.levels) AS value, generate_subscripts(x.levels, 1) AS no
		FROM indicator_level x
		JOIN instansi i ON i.id = x.instansi_id
	)
),
peers AS (
	SELECT year, kind, no,
		quantile_disc(value, 0.5) AS median,
		max(value) AS terbaik,
		count(*) AS dari
	FROM v
	GROUP BY ALL
),
history AS (
	SELECT id, year, no,
		lag(value) OVER (PARTITION BY id, no ORDER BY year) AS sebelumnya,
		lag(year) OVER (PARTITION BY id, no ORDER BY year) AS tahun_sebelumnya
	FROM v
)
SELECT v.id, v.year, v.methodology, v.no, v.value AS level,
	p.median, p.terbaik, p.dari,
	h.sebelumnya, h.tahun_sebelumnya,
	m.weight_percent AS bobot
FROM v
JOIN peers p USING (year, kind, no)
JOIN history h USING (id, year, no)
LEFT JOIN methodology m ON m.version = v.methodology AND m.level = 'indicator' AND m.no = v.no
WHERE $1 = '*' OR list_contains(string_split($1, ','), v.id)
ORDER BY v.id, v.year, v.no
