-- Each methodology (PermenPANRB 5/2018, 59/2020, 8/2026) with the years it governs, whether
-- its structure is installed, and its source.
SELECT v.id, v.regulation, v.first_year, v.last_year, v.index_name, v.installed, v.note,
	v.source_id, s.title AS source_title
FROM methodology_version v
LEFT JOIN source s ON s.id = v.source_id
ORDER BY v.first_year
