/**
 * The four domains of the Indeks SPBE (PermenPANRB 59/2020), in the reports' order, named
 * as the `result` table's columns name them. The one list: the pipeline, the queries' row
 * types, the import, the charts and the map read it from here.
 */
export const DOMAINS = ['kebijakan', 'tata_kelola', 'manajemen', 'layanan'] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * What a ranking (an award category) ranks by: the index, its change since the previous
 * table year, or one domain.
 */
export const RANKING_MEASURES = ['index', 'index_change', ...DOMAINS] as const;
export type RankingMeasure = (typeof RANKING_MEASURES)[number];

export function isDomain(s: string): s is Domain {
	return (DOMAINS as readonly string[]).includes(s);
}
