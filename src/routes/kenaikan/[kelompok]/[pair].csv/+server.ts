import { toCsv } from '$lib/csv';
import { CHANGE_CSV_COLUMNS, changeCsvRows, changeEntries, loadChange } from '$lib/change/load';

export const prerender = true;
export const entries = changeEntries;

export async function GET({ params }) {
	const { rows } = await loadChange(params.kelompok, params.pair);
	return new Response(toCsv(changeCsvRows(rows), CHANGE_CSV_COLUMNS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
