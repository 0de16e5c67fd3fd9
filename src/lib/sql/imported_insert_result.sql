-- An imported dataset's rows of years that no official or imported data holds: ranked.
-- $1 dataset id, $2 years (comma-separated), $3 dataset name.
INSERT INTO result
{{imported_staged}}
