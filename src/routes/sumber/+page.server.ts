import { manifest, published } from '$lib/server/published';
import { queries } from '$lib/server/published';
import { methodologiesFrom } from '$lib/methodology';

export async function load() {
	const e = await published();
	const [sources, notes, reconciliation, counts, rules, versions, items, bands] = await Promise.all(
		[
			queries.sources(e),
			queries.dataNotes(e),
			queries.reconciliation(e),
			queries.reportCounts(e),
			queries.awardCategories(e),
			queries.methodologies(e),
			queries.methodologyItems(e),
			queries.predicateBands(e)
		]
	);
	const m = manifest();
	return {
		sources,
		notes,
		reconciliation,
		counts,
		rules,
		// the structure's names stay on the indicator pages; here the counts and weights
		methodologies: methodologiesFrom(versions, items, bands).map((x) => ({
			...x,
			items: x.items.filter((i) => i.level !== 'indicator'),
			indicators: x.items.filter((i) => i.level === 'indicator').length
		})),
		history: m.history,
		pemdi: m.pemdi
	};
}
