/**
 * Serves the built site (build/) as a static host would, through sirv: /path → /path.html,
 * the brotli or gzip copy written at build time when the client accepts it (no compression per
 * request), the headers of build/_headers (Content-Security-Policy for pages and workers,
 * nosniff), the not-found page for unknown paths and 400 for an address that cannot be
 * decoded. Used by `npm start`, `npm run preview`, the end-to-end tests and the benchmarks.
 *   tsx scripts/serve.ts [--port 4173] [--dir build]
 */
import { createServer, type Server } from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { cacheControl, headersFor, parseHeaders } from './static-headers.js';

/** Bytes sent per request path (after compression), for the benchmarks. */
export type SentListener = (path: string, bytes: number) => void;

/** Types sirv's table does not know. */
const TYPES: Record<string, string> = {
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.csv': 'text/csv; charset=utf-8'
};

/**
 * A key and certificate: the site is then served over TLS with HTTP/2 (HTTP/1.1 for clients
 * that ask for it), as a static host serves it to a phone. The benchmarks use it to measure a
 * first visit with its TLS handshake and one multiplexed connection instead of HTTP/1.1's six.
 */
export type Tls = { key: string | Buffer; cert: string | Buffer };

export function serve(dir: string, port: number, onSent?: SentListener): Promise<Server>;
export function serve(
	dir: string,
	port: number,
	onSent: SentListener | undefined,
	tls: Tls
): Promise<Http2SecureServer>;
export function serve(
	dir: string,
	port: number,
	onSent?: SentListener,
	tls?: Tls
): Promise<Server | Http2SecureServer> {
	const root = resolve(dir);
	const headersPath = join(root, '_headers');
	const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];
	const notFoundPath = join(root, '404.html');
	const notFound = existsSync(notFoundPath) ? readFileSync(notFoundPath) : null;
	const setRuleHeaders = (res: import('node:http').ServerResponse, path: string) => {
		for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
	};
	const files = sirv(root, {
		brotli: true,
		gzip: true,
		etag: true,
		extensions: ['html'],
		setHeaders(res, path) {
			setRuleHeaders(res, path);
			const type = TYPES[/\.[a-z]+$/.exec(path)?.[0] ?? ''];
			if (type) res.setHeader('Content-Type', type);
			res.setHeader('Cache-Control', cacheControl(path));
		},
		onNoMatch(req, res) {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			setRuleHeaders(res, new URL(req.url ?? '/', 'http://x').pathname);
			res.end(req.method === 'HEAD' ? undefined : (notFound ?? 'Not found'));
		}
	});
	const handle = (
		req: import('node:http').IncomingMessage,
		res: import('node:http').ServerResponse
	) => {
		const path = (req.url ?? '/').split('?')[0] ?? '/';
		try {
			decodeURIComponent(path);
		} catch {
			res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('400 Bad Request: the address cannot be decoded\n');
			return;
		}
		if (onSent) {
			const start = req.socket.bytesWritten;
			res.on('finish', () => onSent(path, req.socket.bytesWritten - start));
		}
		files(req, res);
	};
	// HTTP/2's compatibility API gives the same request and response objects
	const server = tls
		? createSecureServer({ ...tls, allowHTTP1: true }, handle as never)
		: createServer(handle);
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
