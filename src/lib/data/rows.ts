/**
 * The shapes of the answers pages read (one row type per query) and the vocabulary that goes
 * with them, for pages and components: they take these from here, never from `$lib/db`.
 * Types and constants only: importing this module starts nothing.
 */
export { DOMAINS } from '$lib/scores/domains';
export { kelompokOf } from '$lib/kelompok';
export type {
	AwardCategoryRow,
	ChangePairRow,
	ChangeRow,
	DomainKey,
	MapValueRow,
	NearestPeerRow,
	PemdiResultRow,
	PredicateCountRow,
	ProfileResultRow,
	RankingFilters,
	RankingRow,
	SeriesRow,
	SourceRow
} from '$lib/db/row-types';
export type { Kategori, Kelompok } from '$lib/kelompok';
export type { Manifest, OptionalFolder, SiteFacts, YearFact } from '$lib/db/types';
