-- Removes one imported dataset ($1 its id): its rows in every imported table and its source
-- row. Nothing else: official rows and other datasets stay as they are.
DELETE FROM result WHERE status = 'imported' AND source_id = $1;
DELETE FROM imported_result WHERE source_id = $1;
DELETE FROM imported_score WHERE source_id = $1;
DELETE FROM imported_leadership WHERE source_id = $1;
DELETE FROM source WHERE id = $1 AND publisher = 'impor lokal';
