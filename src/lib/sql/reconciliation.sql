-- Reported values set against the tables (official, secondary, compiled): disagreements and
-- conflicts first; table_status says which kind of table the value was set against.
SELECT c.kind, c.year, c.name_as_reported, c.reported, c.official, c.table_status, c.message,
	i.id AS instansi_id, i.name, s.address, s.title AS source_title
FROM reconciliation c
LEFT JOIN instansi i ON i.id = c.instansi_id
JOIN source s ON s.id = c.source_id
ORDER BY CASE c.kind WHEN 'disagrees' THEN 0 WHEN 'reported_conflict' THEN 1 WHEN 'unmatched' THEN 2 ELSE 3 END,
	c.year, c.name_as_reported, c.source_id
