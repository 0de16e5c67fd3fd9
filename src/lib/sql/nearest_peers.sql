-- For each chosen instansi ($1: ids comma-separated, or '*'), the $2 instansi of the same kind
-- whose four domains in the same (latest official) year lie nearest: squared Euclidean distance (exact DECIMAL) over
-- Kebijakan, Tata Kelola, Manajemen and Layanan, ties by name.
WITH latest AS (
	SELECT r.instansi_id AS id, i.kind, i.name, r.year, r.kebijakan, r.tata_kelola, r.manajemen, r.layanan
	FROM result r
	JOIN instansi i ON i.id = r.instansi_id
	WHERE r.status = 'official' AND r.kebijakan IS NOT NULL AND r.tata_kelola IS NOT NULL
		AND r.manajemen IS NOT NULL AND r.layanan IS NOT NULL
	QUALIFY r.year = max(r.year) OVER (PARTITION BY r.instansi_id)
)
SELECT a.id, b.id AS peer_id, b.name AS peer_name, b.year,
	(a.kebijakan - b.kebijakan) * (a.kebijakan - b.kebijakan)
		+ (a.tata_kelola - b.tata_kelola) * (a.tata_kelola - b.tata_kelola)
		+ (a.manajemen - b.manajemen) * (a.manajemen - b.manajemen)
		+ (a.layanan - b.layanan) * (a.layanan - b.layanan) AS jarak_kuadrat
FROM latest a
JOIN latest b ON b.kind = a.kind AND b.year = a.year AND b.id <> a.id
WHERE $1 = '*' OR list_contains(string_split($1, ','), a.id)
QUALIFY row_number() OVER (PARTITION BY a.id ORDER BY jarak_kuadrat, b.name) <= $2
ORDER BY a.id, jarak_kuadrat, b.name
