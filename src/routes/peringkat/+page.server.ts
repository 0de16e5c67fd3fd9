import { manifest, published } from '$lib/server/published';
import { kelompokOf } from '$lib/data/rows';
import { queries } from '$lib/server/published';
import { tableYears, whyNot } from '$lib/ranking/availability';

export async function load() {
	const rules = await queries.awardCategories(await published());
	const years = manifest().years;
	return {
		// each category with the years it can be ranked in (latest first): nothing else is linked
		rules: rules.map((r) => ({
			...r,
			groups: kelompokOf(r),
			years: tableYears(years)
				.filter((y) => whyNot(years, y, r.measure) === null)
				.reverse()
		})),
		latest: manifest().latestYear
	};
}
