import { error } from '@sveltejs/kit';
import { categoryCsv } from '$lib/ranking/category-csv';
import { categoryEntries, categoryRanking, sourceTitles } from '$lib/ranking/category.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = categoryEntries;

/** The permalink's table as CSV: the same rows in the same order. */
export const GET: RequestHandler = async ({ params }) => {
	const ranking = await categoryRanking(params);
	if (!ranking) error(404, 'no such ranking');
	return new Response(categoryCsv(ranking.items, await sourceTitles()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
