-- Awards received by the chosen instansi ($1: ids comma-separated, or '*'), with the source.
SELECT a.instansi_id AS id, a.award, a.edition, a.category, a.rank, a.recipient, a.note,
	a.source_id, s.publisher AS source_publisher, s.title AS source_title, s.address AS source_address
FROM award_result a
LEFT JOIN source s ON s.id = a.source_id
WHERE $1 = '*' OR list_contains(string_split($1, ','), a.instansi_id)
ORDER BY a.instansi_id, a.edition DESC, a.award, a.category
