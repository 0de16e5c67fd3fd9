import { error } from '@sveltejs/kit';
import { profileSet } from '$lib/server/profiles';
import { profileCard } from '$lib/server/og-cards';
import { ogPng, pngResponse } from '$lib/server/og';

export const prerender = true;

export async function entries() {
	const set = await profileSet();
	return set.directory.filter((d) => d.kode !== null).map((d) => ({ kode: d.id }));
}

export async function GET({ params, url }) {
	const card = await profileCard(params.kode);
	if (!card) error(404, `unknown region ${params.kode}`);
	return pngResponse(await ogPng(card, url));
}
