-- Key facts per kind for the home page: the top instansi in year $1 and the biggest climber
-- from year $2 to $1 (official values only; ties listed together, names in order).
WITH cur AS (
	SELECT r.instansi_id AS id, r."index", i.kind, i.name
	FROM result r JOIN instansi i ON i.id = r.instansi_id
	WHERE r.year = $1 AND r.status = 'official'
),
prev AS (
	SELECT instansi_id AS id, "index" FROM result WHERE year = $2 AND status = 'official'
),
top AS (
	SELECT kind, name, id, "index" AS value, rank() OVER (PARTITION BY kind ORDER BY "index" DESC) AS rk
	FROM cur
),
climb AS (
	SELECT c.kind, c.name, c.id, CAST(c."index" - p."index" AS DECIMAL(4, 2)) AS value,
		rank() OVER (PARTITION BY c.kind ORDER BY c."index" - p."index" DESC) AS rk
	FROM cur c JOIN prev p USING (id)
),
facts AS (
	SELECT 'top' AS fact, kind, string_agg(name, ' / ' ORDER BY name) AS names, min(id) AS id, max(value) AS value
	FROM top WHERE rk = 1 GROUP BY kind
	UNION ALL
	SELECT 'climber' AS fact, kind, string_agg(name, ' / ' ORDER BY name) AS names, min(id) AS id, max(value) AS value
	FROM climb WHERE rk = 1 GROUP BY kind
)
SELECT * FROM facts
ORDER BY fact DESC, CASE kind WHEN 'provinsi' THEN 0 WHEN 'kabupaten' THEN 1 WHEN 'kota' THEN 2 WHEN 'kementerian' THEN 3 ELSE 4 END
