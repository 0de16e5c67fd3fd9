import { json } from '@sveltejs/kit';
import { profileSet } from '$lib/server/profiles';
import { entryKeys, type SearchEntry } from '$lib/search';

export const prerender = true;

/** The search index: every region and central body with its comparison keys (about 52 kB, 11 kB gzipped). */
export async function GET() {
	const set = await profileSet();
	const index: SearchEntry[] = set.directory.map((d) => ({
		i: d.id,
		n: d.name,
		k: d.kind,
		p: d.kind === 'kabupaten' || d.kind === 'kota' ? d.provinsi_nama : null,
		s: entryKeys(d.name, d.abbreviation),
		...(d.abbreviation ? { a: d.abbreviation } : {})
	}));
	return json(index);
}
