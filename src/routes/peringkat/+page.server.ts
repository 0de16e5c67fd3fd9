import { manifest, published } from '$lib/server/published';
import { kelompokOf, queries } from '$lib/db/queries';

export async function load() {
	const rules = await queries.awardCategories(await published());
	return {
		rules: rules.map((r) => ({ ...r, groups: kelompokOf(r) })),
		years: manifest().officialYears
	};
}
