-- THE TEST ORACLE of the ranking filters, not used by the site: pages filter their own rows with
-- applyFilters (src/lib/ranking/filters.ts, the one definition). This independent statement of
-- the same rules in SQL is what filters-sql.test.ts and the end-to-end filter tests
-- (peringkat.spec.ts) compare the page's rows against.
-- ranking.sql with the reader's filters: {{ranking}} below is ranking.sql itself (composed
-- by src/lib/db/compose.ts), and rows are filtered AFTER ranking, so every row keeps its
-- official rank within the group ("=3 dari 93") and the filters only hide rows.
-- ranking.test.ts checks that with no filter it returns exactly ranking.sql's rows.
-- $1 year, $2 kelompok, $3 category, as ranking.sql; each filter is NULL when unused:
-- $4 provinsi_kode ('35'; a province itself counts as in its province),
-- $5 minimum predicate (Kurang < Cukup < Baik < Sangat Baik < Memuaskan, in the order of the
--    row's methodology's bands),
-- $6 minimum value of the category's measure, as text ('3.50': compared as DECIMAL),
-- $7 minimum improvement of the index since the previous official evaluation, as text,
-- $8 part of the name (case-insensitive, no wildcards),
-- $9 true: only instansi also in the previous table year (the year peningkatan compares with).
SELECT *
FROM ({{ranking}}) AS ranked
WHERE ($4 IS NULL OR provinsi_kode = $4)
	AND ($5 IS NULL OR (
		SELECT b.no FROM predicate_band b WHERE b.methodology = ranked.methodology AND b.predicate = ranked.predicate
	) >= (
		SELECT b.no FROM predicate_band b WHERE b.methodology = ranked.methodology AND b.predicate = CAST($5 AS VARCHAR)
	))
	AND ($6 IS NULL OR nilai >= CAST($6 AS DECIMAL(4, 2)))
	AND ($7 IS NULL OR perubahan >= CAST($7 AS DECIMAL(4, 2)))
	AND ($8 IS NULL OR contains(lower(name), lower(CAST($8 AS VARCHAR))))
	AND (NOT coalesce($9, false) OR prev_year IS NOT NULL)
ORDER BY peringkat ASC NULLS LAST, name
