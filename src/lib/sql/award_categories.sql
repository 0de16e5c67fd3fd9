-- The Digital Government Award's categories: what each ranks by, in which groups, and the
-- source of the rule (data/reference/award_categories.csv). ranking.sql reads the same table.
SELECT c.slug, c.no, c.name_id, c.name_en, c.measure, c.direction,
	c.kelompok, -- ';'-separated
	c.source_id, s.title AS source_title, c.basis
FROM award_category c
LEFT JOIN source s ON s.id = c.source_id
ORDER BY c.no, c.slug
