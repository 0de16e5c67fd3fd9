-- Tables that exist only in the browser, created on the first import or when stored
-- datasets are restored (src/lib/import/tables.ts). Every row names its dataset: source_id = source.id, publisher
-- 'impor lokal'. Removing a dataset deletes exactly its rows in each.

-- rows of imported datasets whose year already had data when imported (same columns as
-- result; the other imported rows are in result, status 'imported')
CREATE TABLE IF NOT EXISTS imported_result AS SELECT * FROM result WHERE false;

-- aspect and indicator scores, one value per row (PermenPANRB 59/2020: aspek 1–8,
-- indikator 1–47, each 0–5; names in the methodology table)
CREATE TABLE IF NOT EXISTS imported_score (
	source_id VARCHAR NOT NULL,
	instansi_id VARCHAR NOT NULL,
	year SMALLINT NOT NULL,
	measure VARCHAR NOT NULL,     -- aspek | indikator
	number TINYINT NOT NULL,      -- aspect_no or indicator_no in methodology
	value DECIMAL(3, 2) NOT NULL
);

-- leadership indices of the Digital Leadership Government Award: Indeks Digital
-- Leadership (idl) and Indeks Digital Capability Daerah (idcd). Their scale is not
-- published; imports accept 0–100 with two decimals.
CREATE TABLE IF NOT EXISTS imported_leadership (
	source_id VARCHAR NOT NULL,
	instansi_id VARCHAR NOT NULL,
	year SMALLINT NOT NULL,
	idl DECIMAL(5, 2),
	idcd DECIMAL(5, 2),
	name_as_printed VARCHAR,
	source_row INTEGER
);
