import { describe, expect, it, vi } from 'vitest';
import { keepPageData, pageDataUrl } from './page-data';

const ORIGIN = 'https://tolok.example';
const DATA = '/peringkat/layanan/kota/2024/__data.json?x-sveltekit-invalidated=01';

function site(answers: Record<string, () => Response>) {
	const asked: string[] = [];
	const target = {
		location: { origin: ORIGIN } as Location,
		fetch: vi.fn(async (input: RequestInfo | URL) => {
			const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN);
			asked.push(url.pathname + url.search);
			const make = answers[url.pathname + url.search];
			if (!make) throw new TypeError('Failed to fetch');
			return make();
		}) as typeof fetch
	};
	keepPageData(target, 2);
	return { target, asked };
}

const json = (body: string, status = 200) =>
	new Response(body, { status, headers: { 'content-type': 'application/json' } });

describe('keepPageData', () => {
	it('answers a second fetch of the same page data from memory, with the same body and headers', async () => {
		const { target, asked } = site({ [DATA]: () => json('{"type":"data","n":1}') });
		expect(await (await target.fetch(DATA)).text()).toBe('{"type":"data","n":1}');
		const again = await target.fetch(`${ORIGIN}${DATA}`);
		expect(again.status).toBe(200);
		expect(again.headers.get('content-type')).toBe('application/json');
		expect(await again.text()).toBe('{"type":"data","n":1}');
		// and a third time: each answer has its own body
		expect(await (await target.fetch(DATA)).json()).toEqual({ type: 'data', n: 1 });
		expect(asked).toEqual([DATA]);
	});

	it('shares one request between fetches made before it is answered', async () => {
		const { target, asked } = site({ [DATA]: () => json('{"n":2}') });
		const [a, b] = await Promise.all([target.fetch(DATA), target.fetch(DATA)]);
		expect([await a.text(), await b.text()]).toEqual(['{"n":2}', '{"n":2}']);
		expect(asked).toEqual([DATA]);
	});

	it('keeps another query apart: SvelteKit asks for other parts of the page with it', async () => {
		const other = DATA.replace('=01', '=11');
		const { target, asked } = site({ [DATA]: () => json('1'), [other]: () => json('2') });
		expect(await (await target.fetch(DATA)).text()).toBe('1');
		expect(await (await target.fetch(other)).text()).toBe('2');
		expect(asked).toEqual([DATA, other]);
	});

	it('does not keep an answer that is not OK, nor a failed request', async () => {
		let status = 404;
		const missing = '/peringkat/x/kota/2024/__data.json';
		const { target, asked } = site({ [missing]: () => json('"Not Found"', status) });
		expect((await target.fetch(missing)).status).toBe(404);
		status = 200;
		expect((await target.fetch(missing)).status).toBe(200);
		const offline = '/peringkat/y/kota/2024/__data.json';
		await expect(target.fetch(offline)).rejects.toThrow('Failed to fetch');
		await expect(target.fetch(offline)).rejects.toThrow('Failed to fetch');
		expect(asked).toEqual([missing, missing, offline, offline]);
	});

	it('keeps at most the given number of pages, the oldest leaving first', async () => {
		const page = (c: string) => `/peringkat/${c}/kota/2024/__data.json`;
		const { target, asked } = site({
			[page('a')]: () => json('a'),
			[page('b')]: () => json('b'),
			[page('c')]: () => json('c')
		});
		for (const c of ['a', 'b', 'c', 'c', 'b', 'a']) await (await target.fetch(page(c))).text();
		expect(asked).toEqual([page('a'), page('b'), page('c'), page('a')]);
	});

	it('leaves every other request to the browser', async () => {
		const { target, asked } = site({
			'/data/published.json': () => json('{}'),
			[DATA]: () => json('{}')
		});
		await target.fetch('/data/published.json');
		await target.fetch('/data/published.json');
		await target.fetch(DATA, { method: 'POST', body: '{}' });
		await target.fetch(new Request(`${ORIGIN}${DATA}`));
		await target.fetch(DATA, { method: 'POST', body: '{}' });
		expect(asked).toHaveLength(5);
	});
});

describe('pageDataUrl', () => {
	it('names same-origin GETs of page data only', () => {
		expect(pageDataUrl(DATA, undefined, ORIGIN)).toBe(`${ORIGIN}${DATA}`);
		expect(pageDataUrl(new URL(DATA, ORIGIN), { method: 'get' }, ORIGIN)).toBe(`${ORIGIN}${DATA}`);
		expect(pageDataUrl(`https://elsewhere.example${DATA}`, undefined, ORIGIN)).toBeNull();
		expect(pageDataUrl('/peringkat/indeks/kota/2024.json', undefined, ORIGIN)).toBeNull();
		expect(pageDataUrl(DATA, { method: 'HEAD' }, ORIGIN)).toBeNull();
		expect(pageDataUrl('http://[bad', undefined, ORIGIN)).toBeNull();
	});
});
