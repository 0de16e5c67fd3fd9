-- How many instansi of each kind hold each level of each indicator in year $1 (the years with
-- indicator levels: 2021, 2022), for the national page per indicator.
WITH v AS (
	SELECT i.kind, unnest(x.levels) AS level, generate_subscripts(x.levels, 1) AS no
	FROM indicator_level x
	JOIN instansi i ON i.id = x.instansi_id
	WHERE x.year = $1
)
SELECT kind, CAST(no AS INTEGER) AS no, CAST(level AS INTEGER) AS level, count(*) AS jumlah
FROM v
GROUP BY kind, no, level
ORDER BY kind, no, level
