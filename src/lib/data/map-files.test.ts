import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishedMapValues } from './map-files';

afterEach(() => vi.unstubAllGlobals());

describe('publishedMapValues', () => {
	it('fetches a year once per visit, each year its own file', async () => {
		const fetch = vi.fn(async (url: string) => Response.json({ year: Number(url.match(/(\d{4})\.json$/)?.[1]) }));
		vi.stubGlobal('fetch', fetch);
		const first = await publishedMapValues(2023);
		expect(await publishedMapValues(2023)).toBe(first);
		expect(await publishedMapValues(2022)).toEqual({ year: 2022 });
		expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/peta/nilai/2023.json', '/peta/nilai/2022.json']);
	});

	it('forgets a failed fetch, so the next pick retries', async () => {
		const fetch = vi
			.fn()
			.mockResolvedValueOnce(new Response('', { status: 503 }))
			.mockResolvedValueOnce(Response.json({ year: 2021 }));
		vi.stubGlobal('fetch', fetch);
		await expect(publishedMapValues(2021)).rejects.toThrow('/peta/nilai/2021.json: 503');
		expect(await publishedMapValues(2021)).toEqual({ year: 2021 });
		expect(fetch).toHaveBeenCalledTimes(2);
	});
});
