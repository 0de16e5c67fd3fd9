import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/csv';
import { profileSet } from '$lib/server/profiles';
import { CSV_COLUMNS, profileCsvRows } from '$lib/server/profile-page';

export const prerender = true;

export async function entries() {
	const set = await profileSet();
	return set.directory.filter((d) => d.kode !== null).map((d) => ({ kode: d.id }));
}

export async function GET({ params }) {
	const set = await profileSet();
	if (set.byId.get(params.kode)?.kode == null) error(404, 'unknown region');
	return new Response(toCsv(await profileCsvRows(params.kode), CSV_COLUMNS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
