/**
 * Which index a methodology produces, by its `index_name` in methodology_version: PermenPANRB
 * 5/2018 and 59/2020 the Indeks SPBE, PermenPANRB 8/2026 the Indeks Pemdi. Values of two
 * indices are never placed on one axis, ranked together or subtracted: a change across the
 * switch is two values with a note.
 */

/** methodology_version.index_name of PermenPANRB 8/2026 (data/reference/methodology_versions.csv) */
export const INDEKS_PEMDI = 'Indeks Pemdi';

/** Whether a methodology (as methodologiesFrom gives it, or a row of methodologies.sql) is Pemdi's. */
export const isPemdi = (m: { indexName: string } | { index_name: string }): boolean =>
	('indexName' in m ? m.indexName : m.index_name) === INDEKS_PEMDI;
