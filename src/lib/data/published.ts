/**
 * Files the build wrote (a group's ranking, a map year's values), fetched once per visit: they
 * do not change while a page is open, and they are served `no-cache`, so asking the server
 * again would cost a round trip on every pick. A failed fetch is forgotten, so asking again
 * retries.
 */
const cache = new Map<string, Promise<unknown>>();

/** The JSON at `path`, read by `read` once; the same path asked again gets the same answer. */
export function fetchedOnce<T>(path: string, read: (json: unknown) => T): Promise<T> {
	let answer = cache.get(path) as Promise<T> | undefined;
	if (!answer) {
		answer = fetch(path).then(async (r) => {
			if (!r.ok) throw new Error(`${path}: ${r.status}`);
			return read(await r.json());
		});
		answer.catch(() => cache.delete(path));
		cache.set(path, answer);
	}
	return answer;
}
