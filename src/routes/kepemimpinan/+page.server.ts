import { published } from '$lib/server/published';
import { queries } from '$lib/db/queries';

export async function load() {
	return { results: await queries.awardResults(await published()) };
}
