-- Climbers and fallers: every instansi of a kelompok evaluated in year $2 (dari) or $3 (ke).
-- $1 kelompok (as in ranking.sql), $2 dari, $3 ke (dari < ke).
-- selisih is exact (DECIMAL); peringkat ranks the change (1 = largest rise, ties share);
-- rank_dari / rank_ke are official ranks by index in the kelompok in each year (NULL for a
-- reported value: reported values never rank). keikutsertaan says who entered or left.
-- status: 'official' (both sides official), 'reported' (both reported), 'imported' (issue 6:
-- a side from a dataset imported in this browser, the other official or imported), else
-- 'mixed'. Imported rows rank among that year's imported rows (a year in `result` is either
-- official or imported, never both).
WITH scope AS (
	SELECT id, kode, slug, name, kind, provinsi_nama
	FROM instansi
	WHERE $1 = 'semua' OR kind = $1 OR ($1 = 'daerah' AND kind IN ('provinsi', 'kabupaten', 'kota'))
),
yearly AS (
	SELECT
		r.instansi_id, r.year, r."index", r.predicate, r.status, r.methodology,
		r.source_id, r.source_table, r.source_row,
		CASE WHEN r.status <> 'reported' THEN rank() OVER (
			PARTITION BY r.year, r.status = 'reported' ORDER BY r."index" DESC
		) END AS rank_in_year
	FROM result r
	JOIN scope s ON s.id = r.instansi_id
	WHERE r.year IN ($2, $3)
	-- one value per instansi and year: an imported one (issue 6) before a reported one
	QUALIFY row_number() OVER (PARTITION BY r.instansi_id, r.year ORDER BY r.status = 'reported') = 1
),
paired AS (
	SELECT
		s.id, s.kode, s.slug, s.name, s.kind, s.provinsi_nama,
		a."index" AS dari, b."index" AS ke,
		CAST(b."index" - a."index" AS DECIMAL(4, 2)) AS selisih,
		a.predicate AS predikat_dari, b.predicate AS predikat_ke,
		a.status AS status_dari, b.status AS status_ke,
		a.methodology AS metodologi_dari, b.methodology AS metodologi_ke,
		a.rank_in_year AS rank_dari, b.rank_in_year AS rank_ke,
		CASE WHEN a.instansi_id IS NULL THEN 'masuk' WHEN b.instansi_id IS NULL THEN 'keluar' ELSE 'keduanya' END AS keikutsertaan,
		a.source_id AS source_dari, a.source_table AS tabel_dari,
		b.source_id AS source_ke, b.source_table AS tabel_ke
	FROM scope s
	LEFT JOIN yearly a ON a.instansi_id = s.id AND a.year = $2
	LEFT JOIN yearly b ON b.instansi_id = s.id AND b.year = $3
	WHERE a.instansi_id IS NOT NULL OR b.instansi_id IS NOT NULL
)
SELECT
	CASE WHEN selisih IS NOT NULL THEN rank() OVER (ORDER BY selisih DESC NULLS LAST) END AS peringkat,
	selisih IS NOT NULL AND count(*) OVER (PARTITION BY selisih) > 1 AS seri,
	CASE
		WHEN status_dari IS NULL OR status_ke IS NULL THEN NULL
		WHEN status_dari = 'official' AND status_ke = 'official' THEN 'official'
		WHEN status_dari <> 'reported' AND status_ke <> 'reported' THEN 'imported'
		WHEN status_dari = 'reported' AND status_ke = 'reported' THEN 'reported'
		ELSE 'mixed'
	END AS status,
	metodologi_dari IS DISTINCT FROM metodologi_ke AND selisih IS NOT NULL AS lintas_metodologi,
	*
FROM paired
ORDER BY selisih DESC NULLS LAST, keikutsertaan, name
