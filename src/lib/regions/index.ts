export { searchKey, splitKind } from './normalise.ts';
export { createRegionMatcher, editDistance } from './match.ts';
export type {
	MatchHint,
	MatchResult,
	Region,
	RegionAlias,
	RegionKind,
	RegionMatcher
} from './match.ts';
