import { json } from '@sveltejs/kit';
import { changePairs } from '$lib/change/load';

export const prerender = true;

/** Every climbers page that exists, for the not-found page's list of valid pairs. */
export async function GET() {
	return json(await changePairs());
}
