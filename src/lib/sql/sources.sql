-- Every source with how many figures it backs. Official reports first, then reported articles.
SELECT s.id, s.publisher, s.title, s.date, s.address, s.note,
	(s.note IS DISTINCT FROM 'reported') AS official,
	count(r.instansi_id) AS figures
FROM source s
LEFT JOIN result r ON r.source_id = s.id
GROUP BY ALL
ORDER BY official DESC, s.id
