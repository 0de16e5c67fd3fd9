-- The staging tables of an import, dropped before and after each dataset is inserted.
DROP TABLE IF EXISTS tolok_import_staging;
DROP TABLE IF EXISTS tolok_import_staging_scores;
