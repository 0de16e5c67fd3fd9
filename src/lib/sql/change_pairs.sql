-- Every (dari, ke) pair of evaluation years, per kelompok, where at least one instansi has a
-- value in both years: the climbers-and-fallers pages that exist. Counts say how many
-- pairs are official on both sides, and how many have a side imported in this browser
-- (issue 6; always 0 in the build).
WITH k(kelompok) AS (
	VALUES ('semua'), ('daerah'), ('provinsi'), ('kabupaten'), ('kota'), ('kementerian'), ('lembaga')
),
scoped AS (
	SELECT k.kelompok, r.instansi_id, r.year, r.status
	FROM k
	JOIN instansi i ON k.kelompok = 'semua' OR i.kind = k.kelompok
		OR (k.kelompok = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota'))
	JOIN result r ON r.instansi_id = i.id
	-- one value per instansi and year: an imported one (issue 6) before a reported one
	QUALIFY row_number() OVER (PARTITION BY k.kelompok, r.instansi_id, r.year ORDER BY r.status = 'reported') = 1
)
SELECT a.kelompok, a.year AS dari, b.year AS ke,
	count(*) AS pasangan,
	count(*) FILTER (WHERE a.status = 'official' AND b.status = 'official') AS resmi,
	count(*) FILTER (WHERE a.status = 'imported' OR b.status = 'imported') AS impor
FROM scoped a
JOIN scoped b ON b.kelompok = a.kelompok AND b.instansi_id = a.instansi_id AND b.year > a.year
GROUP BY ALL
ORDER BY a.kelompok, dari, ke
