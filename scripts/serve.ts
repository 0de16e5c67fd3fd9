/**
 * A small static server for the built site (build/), as any static host would serve it:
 * /path → /path.html, gzip when the client accepts it, the right type for .wasm and
 * .arrow. Used by `npm start`, the end-to-end tests and the benchmarks.
 *   tsx scripts/serve.ts [--port 4173] [--dir build]
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.arrow',
	'.csv',
	'.txt'
]);

/** Bytes sent per request path (after compression), for the benchmarks. */
export type SentListener = (path: string, bytes: number) => void;

export function serve(dir: string, port: number, onSent?: SentListener): Promise<Server> {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
		const candidates = [path, `${path}.html`, join(path, 'index.html')];
		const file = candidates
			.map((p) => join(root, p))
			.find((p) => p.startsWith(root) && existsSync(p) && statSync(p).isFile());
		if (!file) {
			const notFound = join(root, '404.html');
			res.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
			if (existsSync(notFound)) createReadStream(notFound).pipe(res);
			else res.end('Not found');
			return;
		}
		path = file;
		const ext = extname(path);
		const headers: Record<string, string> = {
			'content-type': TYPES[ext] ?? 'application/octet-stream'
		};
		headers['cache-control'] = path.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache';
		const gzip =
			COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (gzip) headers['content-encoding'] = 'gzip';
		res.writeHead(200, headers);
		if (req.method === 'HEAD') return res.end();
		const stream = createReadStream(path);
		if (onSent) {
			const start = req.socket.bytesWritten;
			res.on('finish', () => onSent(url.pathname, req.socket.bytesWritten - start));
		}
		if (gzip) stream.pipe(createGzip()).pipe(res);
		else stream.pipe(res);
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string, fallback: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
	};
	const port = Number(arg('port', '4173'));
	await serve(arg('dir', 'build'), port);
	console.log(`Tolok is being served at http://localhost:${port}`);
}
