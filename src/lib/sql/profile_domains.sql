-- The four domains of every table result (official or secondary) of the chosen instansi
-- against their peers (the same kind in the same year), one row per domain.
-- $1: the instansi ids, comma-separated, or '*' for every instansi (the build).
--   median              the peers' median (DuckDB's median on DECIMAL(3,2): hundredths)
--   atas_sepersepuluh   the top tenth's threshold: the 90th percentile (quantile_disc), a value
--                       the best tenth of the peers reach or exceed
--   bobot               the domain's weight in percent (methodology of that result)
--   dampak              index points the instansi would gain if this domain reached 5:
--                       bobot / 100 × (5 − nilai); where improvement counts most
WITH wide AS (
	SELECT r.instansi_id AS id, r.year, r.methodology, i.kind,
		r.kebijakan, r.tata_kelola, r.manajemen, r.layanan
	FROM result r
	JOIN instansi i ON i.id = r.instansi_id
	WHERE r.status IN ('official', 'secondary')
),
long AS (
	UNPIVOT wide ON kebijakan, tata_kelola, manajemen, layanan INTO NAME domain VALUE nilai
),
peers AS (
	SELECT year, kind, domain,
		median(nilai) AS median,
		quantile_disc(nilai, 0.9) AS atas_sepersepuluh,
		count(*) AS dari
	FROM long
	GROUP BY ALL
),
weights AS (
	SELECT version, weight_percent AS bobot,
		CASE no WHEN 1 THEN 'kebijakan' WHEN 2 THEN 'tata_kelola' WHEN 3 THEN 'manajemen' WHEN 4 THEN 'layanan' END AS domain
	FROM methodology
	WHERE level = 'domain' AND version = 'pp59-2020' -- the four domains (5/2018 had three)
)
SELECT
	l.id, l.year, l.domain, l.nilai,
	p.median, p.atas_sepersepuluh, p.dari,
	l.nilai - p.median AS selisih_median,
	w.bobot,
	CAST(5 AS DECIMAL(3, 2)) - l.nilai AS ruang,
	w.bobot * (CAST(5 AS DECIMAL(3, 2)) - l.nilai) / 100 AS dampak
FROM long l
JOIN peers p USING (year, kind, domain)
LEFT JOIN weights w ON w.version = l.methodology AND w.domain = l.domain
WHERE $1 = '*' OR list_contains(string_split($1, ','), l.id)
ORDER BY l.id, l.year, CASE l.domain WHEN 'kebijakan' THEN 1 WHEN 'tata_kelola' THEN 2 WHEN 'manajemen' THEN 3 ELSE 4 END
