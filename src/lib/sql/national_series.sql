-- The national Indeks SPBE and domain means per year, as printed. Where several tables
-- print the same figure, the most recent report wins, and within it the lowest-numbered
-- table (for 2018–2024: Laporan 2024 Tabel 4, the series table).
SELECT st.year, st.measure, st.value, st.source_id, st.source_table
FROM statistic st
JOIN source s ON s.id = st.source_id
WHERE st.scope = 'Nasional' AND st.stat = 'mean'
	AND st.measure IN ('index', 'kebijakan', 'tata_kelola', 'manajemen', 'layanan')
QUALIFY row_number() OVER (
	PARTITION BY st.year, st.measure
	ORDER BY s.date DESC NULLS LAST, CAST(regexp_extract(st.source_table, '\d+') AS INTEGER)
) = 1
ORDER BY st.measure, st.year
