import { published } from '$lib/server/published';
import { queries } from '$lib/db/queries';

export async function load() {
	const e = await published();
	const [sources, notes, reconciliation, weights, counts, rules] = await Promise.all([
		queries.sources(e),
		queries.dataNotes(e),
		queries.reconciliation(e),
		queries.methodologyWeights(e),
		queries.reportCounts(e),
		queries.awardCategories(e)
	]);
	return { sources, notes, reconciliation, weights, counts, rules };
}
