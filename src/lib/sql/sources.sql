-- Every source with how many figures it backs, and the status of those figures: official
-- reports and regulations first, then the secondary and compiled history, then articles.
WITH s AS (
	SELECT id, publisher, title, date, address, note,
		coalesce(status, CASE WHEN note = 'reported' THEN 'reported' WHEN publisher = 'impor lokal' THEN 'imported' ELSE 'official' END) AS kind
	FROM source
)
SELECT s.id, s.publisher, s.title, s.date, s.address, s.note,
	s.kind AS status,
	s.kind IN ('official', 'reference') AS official,
	count(r.instansi_id) AS figures
FROM s
LEFT JOIN result r ON r.source_id = s.id
GROUP BY s.id, s.publisher, s.title, s.date, s.address, s.note, s.kind
ORDER BY CASE s.kind WHEN 'official' THEN 0 WHEN 'reference' THEN 0 WHEN 'secondary' THEN 1 WHEN 'compiled' THEN 2 WHEN 'reported' THEN 3 ELSE 4 END, s.id
