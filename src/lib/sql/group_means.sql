-- Published means by group and year (index and domains), as printed in the reports'
-- group tables (2024 Tabel 6–8, 2023 Tabel 5–6). Where two tables print the same figure,
-- the lowest-numbered table of the latest report wins.
SELECT st.year, st.scope, st.measure, st.value, st.source_id, st.source_table
FROM statistic st
JOIN source s ON s.id = st.source_id
WHERE st.stat = 'mean' AND st.scope <> 'Nasional'
	AND st.measure IN ('index', 'kebijakan', 'tata_kelola', 'manajemen', 'layanan')
QUALIFY row_number() OVER (
	PARTITION BY st.year, st.scope, st.measure
	ORDER BY s.date DESC NULLS LAST, CAST(regexp_extract(st.source_table, '\d+') AS INTEGER)
) = 1
ORDER BY st.scope, st.measure, st.year
