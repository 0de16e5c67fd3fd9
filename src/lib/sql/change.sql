-- Climbers and fallers: every instansi of a kelompok with a value in year $2 (dari) or $3 (ke).
-- $1 kelompok (as in ranking.sql), $2 dari, $3 ke (dari < ke).
-- selisih is exact (DECIMAL); peringkat ranks the change (1 = largest rise, ties share);
-- rank_dari / rank_ke are ranks by index in the kelompok in each year, only where that year
-- has a table that ranks (official or secondary; imported in the browser): NULL for a
-- compiled or reported value. keikutsertaan says who entered or left.
-- One value per instansi and year, the strongest: official or secondary (a year has one of
-- them), then imported, then compiled, then reported.
-- status: the two values' common status (official, secondary, compiled, reported), 'imported'
-- when a side is imported and the other official or imported, else 'mixed'; status_dari and
-- status_ke say which. lintas_metodologi: the two years fall under different regulations
-- (PermenPANRB 5/2018 → 59/2020). Imported rows rank among that year's imported rows.
-- An Indeks SPBE and an Indeks Pemdi (methodology_version.index_name) are never subtracted:
-- across that switch selisih is NULL and the two values stand side by side (indeks_dari, indeks_ke).
WITH scope AS (
	SELECT id, kode, slug, name, kind, provinsi_nama
	FROM instansi
	WHERE $1 = 'semua' OR kind = $1 OR ($1 = 'daerah' AND kind IN ('provinsi', 'kabupaten', 'kota'))
),
values_ AS (
	SELECT r.instansi_id, r.year, r."index", r.predicate, r.status, r.methodology,
		r.source_id, r.source_table, r.source_row, mv.index_name AS indeks
	FROM result r
	JOIN scope s ON s.id = r.instansi_id
	LEFT JOIN methodology_version mv ON mv.id = r.methodology
	WHERE r.year IN ($2, $3)
	QUALIFY row_number() OVER (
		PARTITION BY r.instansi_id, r.year
		ORDER BY CASE r.status WHEN 'official' THEN 0 WHEN 'secondary' THEN 0 WHEN 'imported' THEN 1 WHEN 'compiled' THEN 2 ELSE 3 END
	) = 1
),
yearly AS (
	SELECT *,
		CASE WHEN status NOT IN ('reported', 'compiled') THEN rank() OVER (
			PARTITION BY year, status IN ('reported', 'compiled') ORDER BY "index" DESC
		) END AS rank_in_year
	FROM values_
),
paired AS (
	SELECT
		s.id, s.kode, s.slug, s.name, s.kind, s.provinsi_nama,
		a."index" AS dari, b."index" AS ke,
		CASE WHEN a.indeks IS NOT DISTINCT FROM b.indeks
			THEN CAST(b."index" - a."index" AS DECIMAL(4, 2)) END AS selisih,
		a.indeks AS indeks_dari, b.indeks AS indeks_ke,
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
		WHEN status_dari = status_ke THEN status_dari
		WHEN status_dari IN ('official', 'imported') AND status_ke IN ('official', 'imported') THEN 'imported'
		ELSE 'mixed'
	END AS status,
	metodologi_dari IS DISTINCT FROM metodologi_ke AND selisih IS NOT NULL AS lintas_metodologi,
	*
FROM paired
ORDER BY selisih DESC NULLS LAST, keikutsertaan, name
