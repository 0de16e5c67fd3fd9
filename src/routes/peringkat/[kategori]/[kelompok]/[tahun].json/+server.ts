import { error, json } from '@sveltejs/kit';
import { manifest, published, queries } from '$lib/server/published';
import { KATEGORI, KELOMPOK, type Kategori, type Kelompok } from '$lib/kelompok';
import { slim } from '$lib/ranking/slim';
import { pack } from '$lib/columns';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The index ranking of every group in the latest year: what the home page's group choice shows. */
export const entries: EntryGenerator = () =>
	KELOMPOK.map((kelompok) => ({
		kategori: 'indeks',
		kelompok,
		tahun: String(manifest().latestYear)
	}));

/**
 * One ranking's rows (the same SQL and the same small rows as its page, sent as columns),
 * fetched by the home page when the reader changes the group, so that answer never waits for
 * DuckDB.
 */
export const GET: RequestHandler = async ({ params }) => {
	const { kategori, kelompok } = params;
	const year = Number(params.tahun);
	if (
		!(KATEGORI as readonly string[]).includes(kategori) ||
		!(KELOMPOK as readonly string[]).includes(kelompok) ||
		!manifest().tableYears.includes(year)
	)
		error(404, 'no such ranking');
	const rows = await queries.ranking(
		await published(),
		year,
		kelompok as Kelompok,
		kategori as Kategori
	);
	return json(pack(slim(rows)));
};
