import { error, json } from '@sveltejs/kit';
import { categoryEntries } from '$lib/ranking/category.server';
import { categoryCharts } from '$lib/ranking/category-charts.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = categoryEntries;

/** The ranking page's charts, drawn at build time (read by the page, see +page.ts). */
export const GET: RequestHandler = async ({ params }) => {
	const charts = await categoryCharts(params);
	if (!charts) error(404, 'no such ranking');
	return json(charts);
};
