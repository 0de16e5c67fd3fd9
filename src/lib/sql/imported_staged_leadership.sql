-- Whether the staged rows carry leadership columns (datasets stored before IDL and IDCD were
-- kept do not).
SELECT count(*) > 0 AS has_leadership
FROM information_schema.columns
WHERE table_catalog = current_database()
  AND table_name = 'tolok_import_staging' AND column_name = 'idl'
