/**
 * Which award category can be ranked in which year. Only a per-instansi table ranks (official
 * or secondary; compiled and reported values never do); a domain category needs the domains
 * (2018 printed the index only); peningkatan needs the previous table year under the same
 * methodology (never 2021 over 2018). A category × year that cannot be ranked is not linked
 * anywhere, and its address explains why (the not-found page reads whyNot).
 */
import type { YearFact } from '$lib/db/types';
import type { RankingMeasure } from '$lib/scores/domains';

export type Measure = RankingMeasure;
export type WhyNot = 'domains' | 'previous' | 'compiled' | 'none';

const TABLE = new Set(['official', 'secondary']);

/** The years with a table that ranks, oldest first. */
export function tableYears(years: readonly YearFact[]): number[] {
	return years.filter((y) => TABLE.has(y.status)).map((y) => y.year);
}

/** The table year before `year` under the same methodology, if any. */
export function previousTableYear(years: readonly YearFact[], year: number): number | null {
	const own = years.find((y) => y.year === year);
	const before = years.filter(
		(y) => TABLE.has(y.status) && y.year < year && y.methodology === own?.methodology
	);
	return before.at(-1)?.year ?? null;
}

/** Why `measure` cannot be ranked in `year`, or null when it can. */
export function whyNot(years: readonly YearFact[], year: number, measure: Measure): WhyNot | null {
	const fact = years.find((y) => y.year === year);
	if (!fact || fact.status === 'reported') return 'none';
	if (fact.status === 'compiled') return 'compiled';
	if (measure === 'index') return null;
	if (measure === 'index_change')
		return previousTableYear(years, year) === null ? 'previous' : null;
	return fact.domains ? null : 'domains';
}
