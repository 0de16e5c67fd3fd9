import { changePairs } from '$lib/change/load';

/** Every pair of years per group, and which the build prerenders. */
export async function load() {
	return { pairs: await changePairs() };
}
