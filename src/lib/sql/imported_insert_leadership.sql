-- Leadership indices (IDL, IDCD) of the staged rows. $1 dataset id.
INSERT INTO imported_leadership
SELECT $1, s.instansi_id, s.year::SMALLINT,
	CAST(s.idl AS DECIMAL(5, 2)), CAST(s.idcd AS DECIMAL(5, 2)), s.name, s.source_row
FROM tolok_import_staging s
WHERE s.idl IS NOT NULL OR s.idcd IS NOT NULL
