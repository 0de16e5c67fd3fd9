-- Data-quality notes (values outside the scale, boundary predicates, filled cells, caveats, a
-- province printed otherwise, the half-up rounding of the 2021/2022 indices).
SELECT n.kind, n.year, n.field, n.message, n.source_id, i.id AS instansi_id, i.name, i.kind AS instansi_kind
FROM data_note n
LEFT JOIN instansi i ON i.id = n.instansi_id
ORDER BY CASE n.kind WHEN 'out_of_scale' THEN 0 WHEN 'boundary_predicate' THEN 1 WHEN 'filled_cell' THEN 2 WHEN 'caveat' THEN 3 WHEN 'province' THEN 4 WHEN 'rounding' THEN 5 ELSE 6 END,
	n.year, i.name, n.field, n.message
