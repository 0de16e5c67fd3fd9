import { error } from '@sveltejs/kit';
import { profileSet } from '$lib/server/profiles';
import { profileCard } from '$lib/server/og-cards';
import { ogPng, pngResponse } from '$lib/server/og';

export const prerender = true;

export async function entries() {
	const set = await profileSet();
	return set.directory.filter((d) => d.kode === null).map((d) => ({ slug: d.id }));
}

export async function GET({ params, url }) {
	const card = await profileCard(params.slug);
	if (!card) error(404, `unknown instansi ${params.slug}`);
	return pngResponse(await ogPng(card, url));
}
