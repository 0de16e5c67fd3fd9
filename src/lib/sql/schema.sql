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
	abbreviation VARCHAR,
	since_year SMALLINT,          -- first year it can be evaluated (a province formed in 2022: 2023)
	until_year SMALLINT           -- last year it was evaluated as itself (34 Polda: 2018; LIPI: 2021)
);

-- A region's province where it changed (the 2022 Papua split): Kab. Jayawijaya is in Papua
-- (91) until 2022 and in Papua Pegunungan (95) from 2023. Regions not listed never moved.
CREATE TABLE instansi_province (
	instansi_id VARCHAR NOT NULL,
	provinsi_kode VARCHAR NOT NULL,
	first_year SMALLINT,          -- NULL: from the start
	last_year SMALLINT            -- NULL: still
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
	status VARCHAR NOT NULL,      -- official | secondary | compiled | reported | imported
	source_id VARCHAR NOT NULL,
	source_table VARCHAR,         -- "Tabel 32"
	source_row SMALLINT,          -- the report's No
	name_as_printed VARCHAR NOT NULL,
	subgroup VARCHAR,
	note VARCHAR,
	caveat VARCHAR
);

-- The published Indeks Pemdi results (data/pemdi/results.csv, from 2026): the columns of
-- result, in a table of their own, so that no SPBE series, ranking, profile or year list, all
-- of which read result, can take a Pemdi value beside SPBE ones.
CREATE TABLE pemdi_result AS SELECT * FROM result WHERE false;

CREATE TABLE source (
	id VARCHAR PRIMARY KEY,
	publisher VARCHAR NOT NULL,
	title VARCHAR NOT NULL,
	date VARCHAR,
	address VARCHAR,
	note VARCHAR,
	status VARCHAR                -- official | secondary | compiled | reported | reference (NULL: imported)
);

-- Each regulation with the years it governs: PermenPANRB 5/2018 (2018–2020), 59/2020
-- (2021–2025), 8/2026 Indeks Pemdi (from 2026; installed = false without its folder).
CREATE TABLE methodology_version (
	id VARCHAR PRIMARY KEY,
	regulation VARCHAR NOT NULL,
	first_year SMALLINT NOT NULL,
	last_year SMALLINT,
	source_id VARCHAR NOT NULL,
	note VARCHAR,
	index_name VARCHAR NOT NULL,  -- Indeks SPBE | Indeks Pemdi: never on one axis or subtracted
	installed BOOLEAN NOT NULL
);

CREATE TABLE methodology (
	version VARCHAR NOT NULL,
	level VARCHAR NOT NULL,       -- domain | aspect | indicator
	no SMALLINT NOT NULL,
	name VARCHAR NOT NULL,
	parent_no SMALLINT,
	weight_percent DECIMAL(5,2) NOT NULL,
	code VARCHAR                  -- the regulation's code where it has one (IK-01)
);

-- The predicate bands of each methodology, lowest first (no 1 = Kurang … 5 = Memuaskan):
-- lower bound inclusive, upper exclusive (inclusive for the top band); NULL: open.
-- Built from data/spbe/predicates.csv, data/reference/predicates_pp5_2018.csv and the Pemdi
-- folder's predicates.csv; every predicate and gap to the next band is joined from here.
CREATE TABLE predicate_band (
	methodology VARCHAR NOT NULL,
	no SMALLINT NOT NULL,
	predicate VARCHAR NOT NULL,
	lower DECIMAL(3,2),
	upper DECIMAL(3,2),
	interval_as_printed VARCHAR NOT NULL,
	source_id VARCHAR NOT NULL
);

-- Indicator levels (1–5) of the 2021 and 2022 history, one row per instansi and year, the
-- levels in the methodology's indicator order (levels[1] is indicator 1); the index of each
-- follows exactly from its 47 levels (checked by the pipeline). A list keeps the published file
-- small (50,000 levels in about 60 kB); the queries unnest it with generate_subscripts.
CREATE TABLE indicator_level (
	instansi_id VARCHAR NOT NULL,
	year SMALLINT NOT NULL,
	methodology VARCHAR NOT NULL,
	levels UTINYINT[] NOT NULL
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
	source_table VARCHAR NOT NULL,
	complete BOOLEAN NOT NULL,    -- false: the year's rows are fewer than its evaluation (2022)
	note VARCHAR
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
	official DECIMAL(3,2),        -- the table's value (official, secondary or compiled)
	kind VARCHAR NOT NULL,        -- agrees | disagrees | reported_conflict | unmatched
	source_id VARCHAR NOT NULL,
	message VARCHAR NOT NULL,
	table_status VARCHAR          -- official | secondary | compiled (the status of `official`)
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
