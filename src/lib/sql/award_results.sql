-- The Digital Leadership Government Award results that public reporting names, each with
-- its source, newest edition first. No DLGA index values are published (see /kepemimpinan).
SELECT a.award, a.edition, a.category, a.rank, a.recipient, a.instansi_id,
	i.name, i.kind, i.provinsi_nama,
	a.source_id, s.publisher AS source_publisher, s.title AS source_title,
	s.address AS source_address, a.note
FROM award_result a
LEFT JOIN instansi i ON i.id = a.instansi_id
LEFT JOIN source s ON s.id = a.source_id
ORDER BY a.edition DESC, a.category, a.rank NULLS LAST, a.recipient
