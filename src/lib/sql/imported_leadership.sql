-- Imported leadership indices of the Digital Leadership Government Award, ranked.
-- imported_leadership exists once imported_schema.sql has run.
-- $1 kelompok: provinsi | kabupaten | kota (or daerah: all three).
-- One ranking per dataset, year and measure (idl | idcd): datasets are never mixed.
-- Standard competition ranking (1, 1, 3) on exact DECIMALs, descending; ties by name.
WITH measured AS (
	SELECT source_id, instansi_id, year, 'idl' AS measure, idl AS nilai, name_as_printed
	FROM imported_leadership
	WHERE idl IS NOT NULL
	UNION ALL
	SELECT source_id, instansi_id, year, 'idcd', idcd, name_as_printed
	FROM imported_leadership
	WHERE idcd IS NOT NULL
),
scope AS (
	SELECT m.*, i.name, i.kind, i.provinsi_nama
	FROM measured m
	JOIN instansi i ON i.id = m.instansi_id
	WHERE i.kind = $1 OR ($1 = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota'))
),
ties AS (
	SELECT source_id, year, measure, nilai, count(*) AS n
	FROM scope
	GROUP BY ALL
)
SELECT
	s.measure,
	s.source_id,
	src.title AS dataset,
	s.year,
	rank() OVER (PARTITION BY s.source_id, s.year, s.measure ORDER BY s.nilai DESC) AS peringkat,
	t.n > 1 AS seri,
	s.instansi_id AS id,
	s.name,
	s.kind,
	s.provinsi_nama,
	s.nilai,
	s.name_as_printed
FROM scope s
JOIN ties t USING (source_id, year, measure, nilai)
JOIN source src ON src.id = s.source_id
ORDER BY s.measure DESC, s.year DESC, dataset, s.source_id, peringkat, s.name
