/**
 * The local static server on a tiny build folder: precompressed copies chosen by
 * Accept-Encoding, the headers of _headers, the not-found page, 400 for an address that
 * cannot be decoded (and the server still answers after it).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './serve';
import {
	PAGE_DATA_CACHE,
	headersFile,
	headersFor,
	pagePolicy,
	parseHeaders,
	policy
} from './static-headers.js';

const DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'connect-src': ['self'],
	'object-src': ['none']
};

function get(port: number, path: string, encoding = '') {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
		(ok, fail) => {
			const req = request(
				{ host: '127.0.0.1', port, path, headers: { 'accept-encoding': encoding } },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () =>
						ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
					);
				}
			);
			req.on('error', fail);
			req.end();
		}
	);
}

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tolok-serve-'));
	const page = '<!doctype html><title>Tolok</title>';
	writeFileSync(join(dir, 'index.html'), page);
	writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(page));
	writeFileSync(join(dir, 'index.html.gz'), gzipSync(page));
	writeFileSync(join(dir, 'sumber.html'), '<title>Sumber</title>');
	writeFileSync(join(dir, '404.html'), '<title>Tidak ditemukan</title>');
	mkdirSync(join(dir, '_app/immutable/workers'), { recursive: true });
	writeFileSync(join(dir, '_app/immutable/workers/import.js'), 'self.onmessage = () => {};');
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'data/result.arrow'), Buffer.from([1, 2, 3]));
	writeFileSync(join(dir, '__data.json'), '{"type":"data"}');
	mkdirSync(join(dir, 'peringkat/indeks/kota/2024'), { recursive: true });
	writeFileSync(join(dir, 'peringkat/indeks/kota/2024/__data.json'), '{"type":"data"}');
	writeFileSync(join(dir, '_headers'), headersFile(DIRECTIVES));
	server = await serve(dir, 0);
	const address = server.address();
	port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(() => {
	server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the local static server', () => {
	it('sends the brotli copy to a client that accepts it, gzip otherwise, plain to others', async () => {
		const br = await get(port, '/', 'gzip, deflate, br');
		expect(br.status).toBe(200);
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['content-type']).toMatch(/^text\/html/);
		expect((await get(port, '/', 'gzip')).headers['content-encoding']).toBe('gzip');
		const plain = await get(port, '/');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toContain('<title>Tolok</title>');
	});

	it('serves /path from path.html and the data files with their type', async () => {
		expect((await get(port, '/sumber')).body.toString()).toContain('Sumber');
		expect((await get(port, '/data/result.arrow')).headers['content-type']).toBe(
			'application/vnd.apache.arrow.stream'
		);
	});

	it('sends the page policy with every page and the full policy with worker scripts', async () => {
		const page = await get(port, '/sumber');
		expect(page.headers['content-security-policy']).toBe(pagePolicy(DIRECTIVES));
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		const worker = await get(port, '/_app/immutable/workers/import.js');
		expect(String(worker.headers['content-security-policy'])).toContain(policy(DIRECTIVES));
		expect(String(worker.headers['content-security-policy'])).toContain("connect-src 'self'");
	});

	it('lets a page’s navigation data be used stale while it is checked; pages are always checked', async () => {
		for (const path of ['/__data.json', '/peringkat/indeks/kota/2024/__data.json']) {
			const res = await get(port, path);
			expect(res.status).toBe(200);
			expect(res.headers['cache-control']).toBe(PAGE_DATA_CACHE);
			expect(res.headers['cache-control']).toMatch(/stale-while-revalidate=\d+/);
		}
		expect((await get(port, '/sumber')).headers['cache-control']).toBe('no-cache');
		expect((await get(port, '/data/result.arrow')).headers['cache-control']).toBe('no-cache');
		expect((await get(port, '/_app/immutable/workers/import.js')).headers['cache-control']).toMatch(
			/immutable/
		);
		// the same rule reaches a static host through _headers
		const rules = parseHeaders(headersFile(DIRECTIVES));
		expect(headersFor(rules, '/peringkat/indeks/kota/2024/__data.json').get('Cache-Control')).toBe(
			PAGE_DATA_CACHE
		);
		expect(headersFor(rules, '/__data.json').get('Cache-Control')).toBe(PAGE_DATA_CACHE);
		expect(headersFor(rules, '/sumber').get('Cache-Control')).toBeUndefined();
	});

	it('answers an unknown path with the not-found page and 404', async () => {
		const res = await get(port, '/tidak/ada');
		expect(res.status).toBe(404);
		expect(res.body.toString()).toContain('Tidak ditemukan');
	});

	it('answers an address that cannot be decoded with 400, and keeps serving', async () => {
		const res = await get(port, '/%E0%A4%A');
		expect(res.status).toBe(400);
		expect((await get(port, '/sumber')).status).toBe(200);
	});
});

describe('_headers', () => {
	it('leaves scripts on pages to the <meta> policy (its hashes differ per page)', () => {
		expect(pagePolicy(DIRECTIVES)).not.toMatch(/script-src|default-src/);
		expect(pagePolicy(DIRECTIVES)).toContain("connect-src 'self'");
	});

	it('joins the policies of every matching rule', () => {
		const rules = parseHeaders(headersFile(DIRECTIVES, '/tolok'));
		const csp = headersFor(rules, '/tolok/_app/immutable/assets/duckdb.worker.js').get(
			'Content-Security-Policy'
		);
		expect(csp).toBe(`${pagePolicy(DIRECTIVES)}, ${policy(DIRECTIVES)}`);
		expect(headersFor(rules, '/elsewhere').size).toBe(0);
	});
});
