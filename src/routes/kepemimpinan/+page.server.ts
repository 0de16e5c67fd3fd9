import { published } from '$lib/server/published';
import { queries } from '$lib/server/published';

export async function load() {
	return { results: await queries.awardResults(await published()) };
}
