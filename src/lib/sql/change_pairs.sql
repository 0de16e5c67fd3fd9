-- Every (dari, ke) pair of years, per kelompok, where at least one instansi has a value in both
-- years: the climbers-and-fallers pages that exist (some prerendered, the others answered in
-- the browser at the same address). Counts: pasangan (all), resmi (official on both sides),
-- tabel (official or secondary on both sides), impor (a side imported in this browser;
-- always 0 in the build).
WITH k(kelompok) AS (
	VALUES ('semua'), ('daerah'), ('provinsi'), ('kabupaten'), ('kota'), ('kementerian'), ('lembaga')
),
scoped AS (
	SELECT k.kelompok, r.instansi_id, r.year, r.status
	FROM k
	JOIN instansi i ON k.kelompok = 'semua' OR i.kind = k.kelompok
		OR (k.kelompok = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota'))
	JOIN result r ON r.instansi_id = i.id
	-- one value per instansi and year, the strongest (as change.sql takes it)
	QUALIFY row_number() OVER (
		PARTITION BY k.kelompok, r.instansi_id, r.year
		ORDER BY CASE r.status WHEN 'official' THEN 0 WHEN 'secondary' THEN 0 WHEN 'imported' THEN 1 WHEN 'compiled' THEN 2 ELSE 3 END
	) = 1
)
SELECT a.kelompok, a.year AS dari, b.year AS ke,
	count(*) AS pasangan,
	count(*) FILTER (WHERE a.status = 'official' AND b.status = 'official') AS resmi,
	count(*) FILTER (WHERE a.status IN ('official', 'secondary') AND b.status IN ('official', 'secondary')) AS tabel,
	count(*) FILTER (WHERE a.status = 'imported' OR b.status = 'imported') AS impor
FROM scoped a
JOIN scoped b ON b.kelompok = a.kelompok AND b.instansi_id = a.instansi_id AND b.year > a.year
GROUP BY ALL
ORDER BY a.kelompok, dari, ke
