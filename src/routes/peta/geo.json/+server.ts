import { json } from '@sveltejs/kit';
import { mapGeo } from '$lib/server/geo';

export const prerender = true;

/** The boundaries as SVG paths (build output only), fetched by /peta in the browser. */
export function GET() {
	return json(mapGeo());
}
