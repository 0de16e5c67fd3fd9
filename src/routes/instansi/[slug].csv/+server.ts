import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/csv';
import { profileSet } from '$lib/server/profiles';
import { CSV_COLUMNS, profileCsvRows } from '$lib/server/profile-page';

export const prerender = true;

export async function entries() {
	const set = await profileSet();
	return set.directory.filter((d) => d.kode === null).map((d) => ({ slug: d.id }));
}

export async function GET({ params }) {
	const set = await profileSet();
	const found = set.byId.get(params.slug);
	if (!found || found.kode !== null) error(404, 'unknown instansi');
	return new Response(toCsv(await profileCsvRows(params.slug), CSV_COLUMNS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
