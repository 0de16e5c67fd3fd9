import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** /en/peringkat/… is the route /peringkat/… in English: one route tree serves both languages. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
