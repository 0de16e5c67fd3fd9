-- The national Indeks SPBE and domain means per year, as printed. Where several tables
-- print the same figure, the latest report's lowest-numbered table wins (for 2018–2024:
-- Laporan 2024 Tabel 4, the series table).
SELECT year, measure, value, source_id, source_table
FROM statistic
WHERE scope = 'Nasional' AND stat = 'mean'
	AND measure IN ('index', 'kebijakan', 'tata_kelola', 'manajemen', 'layanan')
QUALIFY row_number() OVER (
	PARTITION BY year, measure
	ORDER BY source_id DESC, CAST(regexp_extract(source_table, '\d+') AS INTEGER)
) = 1
ORDER BY measure, year
