-- Every known result of the chosen instansi (official, secondary, compiled, reported) with its
-- source and, for a year with a table that ranks (official or secondary), its rank among the
-- same kind nationally and within its province of that year (Papua before the 2022 split).
-- $1: the instansi ids, comma-separated ('35.73,32.73'), or '*' for every instansi (the build).
-- Ranks are computed over the whole set first, then filtered, so they never depend on $1.
--   peringkat_*  standard competition ranking (1, 1, 3) on exact DECIMALs, highest first
--   seri_*       the rank is shared
--   dari_*       how many of that kind were evaluated that year (in the province)
--   persentil_*  share of the OTHER evaluated peers with a strictly lower index:
--                (peers below) / (peers − 1), 0 with no other peer (percent_rank)
--   atas_*       the next higher index among peers, its rank and the first name holding it
--                (by name); selisih_atas_* = that index − this index (NULL at the top)
--   ambang_berikut, predikat_berikut, selisih_ambang: the next predicate band of the value's
--                own methodology (predicate_band) and the distance to its lower bound (NULL
--                at the top band)
-- Within-province ranks are only for kabupaten and kota. Reported and compiled rows never rank.
-- Imported rows (status 'imported', in the browser only) rank among that year's imported
-- rows: a year in `result` is either a table year or imported, never both.
WITH official AS (
	SELECT r.instansi_id AS id, r.year, r."index", i.kind, i.name,
		CASE WHEN i.kind IN ('kabupaten', 'kota') THEN coalesce(p.provinsi_kode, i.provinsi_kode) END AS prov
	FROM result r
	JOIN instansi i ON i.id = r.instansi_id
	LEFT JOIN instansi_province p ON p.instansi_id = r.instansi_id
		AND r.year BETWEEN coalesce(p.first_year, 0) AND coalesce(p.last_year, 9999)
	WHERE r.status NOT IN ('reported', 'compiled')
),
ranked AS (
	SELECT
		id, year, kind, prov, "index", name,
		rank() OVER (PARTITION BY year, kind ORDER BY "index" DESC) AS peringkat_nasional,
		count(*) OVER (PARTITION BY year, kind, "index") > 1 AS seri_nasional,
		count(*) OVER (PARTITION BY year, kind) AS dari_nasional,
		percent_rank() OVER (PARTITION BY year, kind ORDER BY "index") AS persentil_nasional,
		CASE WHEN prov IS NOT NULL THEN rank() OVER (PARTITION BY year, kind, prov ORDER BY "index" DESC) END AS peringkat_provinsi,
		CASE WHEN prov IS NOT NULL THEN count(*) OVER (PARTITION BY year, kind, prov, "index") > 1 END AS seri_provinsi,
		CASE WHEN prov IS NOT NULL THEN count(*) OVER (PARTITION BY year, kind, prov) END AS dari_provinsi,
		CASE WHEN prov IS NOT NULL THEN percent_rank() OVER (PARTITION BY year, kind, prov ORDER BY "index") END AS persentil_provinsi
	FROM official
),
-- each distinct index level with the level just above it
levels_nasional AS (
	SELECT year, kind, "index", lead("index") OVER (PARTITION BY year, kind ORDER BY "index") AS atas
	FROM (SELECT DISTINCT year, kind, "index" FROM official)
),
levels_provinsi AS (
	SELECT year, kind, prov, "index", lead("index") OVER (PARTITION BY year, kind, prov ORDER BY "index") AS atas
	FROM (SELECT DISTINCT year, kind, prov, "index" FROM official WHERE prov IS NOT NULL)
),
holders_nasional AS (
	SELECT year, kind, "index", min(peringkat_nasional) AS peringkat, min(name) AS nama
	FROM ranked GROUP BY ALL
),
holders_provinsi AS (
	SELECT year, kind, prov, "index", min(peringkat_provinsi) AS peringkat, min(name) AS nama
	FROM ranked WHERE prov IS NOT NULL GROUP BY ALL
),
joined AS (
	SELECT
		k.*,
		ln.atas - k."index" AS selisih_atas_nasional,
		hn.peringkat AS atas_peringkat_nasional,
		hn.nama AS atas_nama_nasional,
		lp.atas - k."index" AS selisih_atas_provinsi,
		hp.peringkat AS atas_peringkat_provinsi,
		hp.nama AS atas_nama_provinsi
	FROM ranked k
	JOIN levels_nasional ln ON ln.year = k.year AND ln.kind = k.kind AND ln."index" = k."index"
	LEFT JOIN holders_nasional hn ON hn.year = k.year AND hn.kind = k.kind AND hn."index" = ln.atas
	LEFT JOIN levels_provinsi lp ON lp.year = k.year AND lp.kind = k.kind AND lp.prov = k.prov AND lp."index" = k."index"
	LEFT JOIN holders_provinsi hp ON hp.year = k.year AND hp.kind = k.kind AND hp.prov = k.prov AND hp."index" = lp.atas
),
bands AS (
	SELECT b.methodology, b.predicate AS predikat, n.predicate AS predikat_berikut, n.lower AS ambang_berikut
	FROM predicate_band b
	JOIN predicate_band n ON n.methodology = b.methodology AND n.no = b.no + 1
)
SELECT
	r.instansi_id AS id,
	r.year,
	r."index",
	r.kebijakan,
	r.tata_kelola,
	r.manajemen,
	r.layanan,
	r.predicate,
	r.status,
	r.methodology,
	r.source_id,
	r.source_table,
	r.source_row,
	s.publisher AS source_publisher,
	s.title AS source_title,
	s.address AS source_address,
	r.note,
	r.caveat,
	b.predikat_berikut,
	CAST(b.ambang_berikut AS DECIMAL(3, 2)) AS ambang_berikut,
	CAST(b.ambang_berikut AS DECIMAL(3, 2)) - r."index" AS selisih_ambang,
	f.peringkat_nasional, f.seri_nasional, f.dari_nasional, f.persentil_nasional,
	f.selisih_atas_nasional, f.atas_peringkat_nasional, f.atas_nama_nasional,
	f.peringkat_provinsi, f.seri_provinsi, f.dari_provinsi, f.persentil_provinsi,
	f.selisih_atas_provinsi, f.atas_peringkat_provinsi, f.atas_nama_provinsi
FROM result r
LEFT JOIN source s ON s.id = r.source_id
LEFT JOIN bands b ON b.methodology = r.methodology AND b.predikat = r.predicate
LEFT JOIN joined f ON f.id = r.instansi_id AND f.year = r.year AND r.status NOT IN ('reported', 'compiled')
WHERE $1 = '*' OR list_contains(string_split($1, ','), r.instansi_id)
ORDER BY r.instansi_id, r.year, r.status
