-- The relational model Tolok publishes (one Arrow IPC file per table).
-- Scores are DECIMAL(3,2): exact through every difference and ranking.
-- Written by scripts/build-data.ts; loaded unchanged by the browser and the prerenderer.

CREATE TABLE instansi (
	id VARCHAR PRIMARY KEY,       -- Kemendagri code for regions (35.73), slug for central bodies
	kind VARCHAR NOT NULL,        -- kementerian | lembaga | provinsi | kabupaten | kota
	kode VARCHAR,                 -- Kemendagri code (regions only)
	slug VARCHAR NOT NULL,
	name VARCHAR NOT NULL,        -- official name (idn-area-data for regions)
	provinsi_kode VARCHAR,
	provinsi_nama VARCHAR,
	subgroup VARCHAR,             -- the report's own group for central bodies (LPNK, LNS, …)
	abbreviation VARCHAR
);

CREATE TABLE result (
	instansi_id VARCHAR NOT NULL,
	year SMALLINT NOT NULL,
	methodology VARCHAR NOT NULL,
	"index" DECIMAL(3,2) NOT NULL,
	kebijakan DECIMAL(3,2),
	tata_kelola DECIMAL(3,2),
	manajemen DECIMAL(3,2),
	layanan DECIMAL(3,2),
	predicate VARCHAR NOT NULL,
	status VARCHAR NOT NULL,      -- official | reported | imported
	source_id VARCHAR NOT NULL,
	source_table VARCHAR,         -- "Tabel 32"
	source_row SMALLINT,          -- the report's No
	name_as_printed VARCHAR NOT NULL,
	subgroup VARCHAR,
	note VARCHAR,
	caveat VARCHAR
);

CREATE TABLE source (
	id VARCHAR PRIMARY KEY,
	publisher VARCHAR NOT NULL,
	title VARCHAR NOT NULL,
	date VARCHAR,
	address VARCHAR,
	note VARCHAR
);

CREATE TABLE methodology_version (
	id VARCHAR PRIMARY KEY,
	regulation VARCHAR NOT NULL,
	first_year SMALLINT NOT NULL,
	last_year SMALLINT,
	source_id VARCHAR NOT NULL,
	note VARCHAR
);

CREATE TABLE methodology (
	version VARCHAR NOT NULL,
	level VARCHAR NOT NULL,       -- domain | aspect | indicator
	no SMALLINT NOT NULL,
	name VARCHAR NOT NULL,
	parent_no SMALLINT,
	weight_percent DECIMAL(5,2) NOT NULL
);

CREATE TABLE statistic (
	year SMALLINT NOT NULL,
	scope VARCHAR NOT NULL,       -- Nasional, Instansi Pusat, Pemerintah Daerah, Kementerian, Kabupaten, …
	measure VARCHAR NOT NULL,     -- index | kebijakan | tata_kelola | manajemen | layanan | a1 … a8
	measure_label VARCHAR NOT NULL,
	stat VARCHAR NOT NULL,        -- mean | max | min | target
	value DECIMAL(3,2) NOT NULL,
	source_id VARCHAR NOT NULL,
	source_table VARCHAR NOT NULL
);

CREATE TABLE report_count (
	year SMALLINT NOT NULL,
	kelompok VARCHAR NOT NULL,
	count INTEGER NOT NULL,
	source_id VARCHAR NOT NULL,
	source_table VARCHAR NOT NULL
);

CREATE TABLE data_note (
	instansi_id VARCHAR,
	year SMALLINT,
	kind VARCHAR NOT NULL,
	field VARCHAR,
	message VARCHAR NOT NULL,
	source_id VARCHAR
);

CREATE TABLE reconciliation (
	instansi_id VARCHAR,
	name_as_reported VARCHAR NOT NULL,
	year SMALLINT NOT NULL,
	reported DECIMAL(3,2) NOT NULL,
	official DECIMAL(3,2),
	kind VARCHAR NOT NULL,        -- agrees | disagrees | reported_conflict | unmatched
	source_id VARCHAR NOT NULL,
	message VARCHAR NOT NULL
);

CREATE TABLE award_result (
	award VARCHAR NOT NULL,
	edition SMALLINT NOT NULL,
	category VARCHAR NOT NULL,
	rank SMALLINT,
	recipient VARCHAR NOT NULL,
	instansi_id VARCHAR NOT NULL,
	source_id VARCHAR NOT NULL,
	note VARCHAR
);

-- The Digital Government Award's categories as data (data/reference/award_categories.csv):
-- ranking.sql reads the measure and direction from here, so a rule change is a data change.
CREATE TABLE award_category (
	slug VARCHAR PRIMARY KEY,     -- indeks | peningkatan | layanan | tata-kelola | kebijakan | manajemen
	no SMALLINT NOT NULL,         -- display order
	name_id VARCHAR NOT NULL,
	name_en VARCHAR NOT NULL,
	measure VARCHAR NOT NULL,     -- index | index_change | kebijakan | tata_kelola | manajemen | layanan
	direction VARCHAR NOT NULL,   -- desc (higher is better) | asc
	kelompok VARCHAR NOT NULL,    -- the groups it is ranked in, ';'-separated
	source_id VARCHAR NOT NULL,
	basis VARCHAR NOT NULL        -- where the rule comes from, in words
);
