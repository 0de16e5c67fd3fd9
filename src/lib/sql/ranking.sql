-- Ranks the instansi of one kelompok in one evaluation year by an award category's measure.
-- $1 year, $2 kelompok (semua | daerah | provinsi | kabupaten | kota | kementerian | lembaga),
-- $3 category (indeks | peningkatan | kebijakan | tata-kelola | manajemen | layanan).
-- Standard competition ranking (1, 2, 2, 4) on exact DECIMALs; ties ordered by name.
-- Reported values never rank; rows whose measure is unknown (no previous evaluation for
-- peningkatan) come last with peringkat NULL so the page can count them.
WITH scope AS (
	SELECT
		i.id, i.kind, i.kode, i.slug, i.name, i.provinsi_kode, i.provinsi_nama,
		r.year, r."index", r.kebijakan, r.tata_kelola, r.manajemen, r.layanan, r.predicate,
		r.status, r.source_id, r.source_table, r.source_row, r.subgroup
	FROM result r
	JOIN instansi i ON i.id = r.instansi_id
	WHERE r.year = $1
		AND r.status <> 'reported'
		AND ($2 = 'semua' OR i.kind = $2 OR ($2 = 'daerah' AND i.kind IN ('provinsi', 'kabupaten', 'kota')))
),
previous AS (
	SELECT instansi_id, arg_max("index", year) AS prev_index, max(year) AS prev_year
	FROM result
	WHERE year < $1 AND status <> 'reported'
	GROUP BY instansi_id
),
measured AS (
	SELECT
		s.*,
		p.prev_index,
		p.prev_year,
		CAST(CASE $3
			WHEN 'indeks' THEN s."index"
			WHEN 'kebijakan' THEN s.kebijakan
			WHEN 'tata-kelola' THEN s.tata_kelola
			WHEN 'manajemen' THEN s.manajemen
			WHEN 'layanan' THEN s.layanan
			WHEN 'peningkatan' THEN s."index" - p.prev_index
		END AS DECIMAL(4, 2)) AS nilai
	FROM scope s
	LEFT JOIN previous p ON p.instansi_id = s.id
)
SELECT
	CASE WHEN nilai IS NOT NULL THEN rank() OVER (ORDER BY nilai DESC NULLS LAST) END AS peringkat,
	nilai IS NOT NULL AND count(*) OVER (PARTITION BY nilai) > 1 AS seri,
	count(nilai) OVER () AS dari,
	*
FROM measured
ORDER BY nilai DESC NULLS LAST, name
