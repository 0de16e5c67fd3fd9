import { base } from '$app/paths';
import type { Kategori, Kelompok } from '$lib/kelompok';
import type { RankingItem } from './slim';

const cache = new Map<string, Promise<RankingItem[]>>();

/**
 * A ranking as the build wrote it (peringkat/{kategori}/{kelompok}/{tahun}.json: the same SQL
 * and rows as its page), fetched once per visit. A failed fetch is forgotten, so asking again
 * retries.
 */
export function publishedRanking(
	kategori: Kategori,
	kelompok: Kelompok,
	year: number
): Promise<RankingItem[]> {
	const path = `peringkat/${kategori}/${kelompok}/${year}.json`;
	let answer = cache.get(path);
	if (!answer) {
		answer = fetch(`${base}/${path}`).then((r) => {
			if (!r.ok) throw new Error(`${path}: ${r.status}`);
			return r.json() as Promise<RankingItem[]>;
		});
		answer.catch(() => cache.delete(path));
		cache.set(path, answer);
	}
	return answer;
}
