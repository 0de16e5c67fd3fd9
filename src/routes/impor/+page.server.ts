import { published, queries } from '$lib/server/published';
import { methodologiesFrom } from '$lib/methodology';
import { importMethodology } from '$lib/import';

/**
 * Every methodology with its years, bands and structure (no names), for the import check: a
 * row's predicate takes its year's bands, an Indeks Pemdi file is checked against
 * PermenPANRB 8/2026 (or refused when it is not installed).
 */
export async function load() {
	const e = await published();
	const [versions, items, bands] = await Promise.all([
		queries.methodologies(e),
		queries.methodologyItems(e),
		queries.predicateBands(e)
	]);
	return { methodologies: methodologiesFrom(versions, items, bands).map(importMethodology) };
}
