import { error } from '@sveltejs/kit';
import { categoryEntries } from '$lib/ranking/category.server';
import { rankingCard } from '$lib/server/og-cards';
import { ogPng, pngResponse } from '$lib/server/og';

export const prerender = true;
export const entries = categoryEntries;

export async function GET({ params, url }) {
	const card = await rankingCard(params);
	if (!card) error(404, 'no such ranking');
	return pngResponse(await ogPng(card, url));
}
