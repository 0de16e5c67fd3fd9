-- An imported dataset's rows of years that already have data: kept apart, never ranked.
-- $1 dataset id, $2 years (comma-separated), $3 dataset name.
INSERT INTO imported_result
{{imported_staged}}
