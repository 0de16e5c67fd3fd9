/**
 * The response headers a static host should send with the built site, written into the
 * build as `_headers` (the format Netlify and Cloudflare Pages read) and sent by the local
 * server (scripts/serve.ts reads that same file), so there is one source for them.
 *
 * Pages keep SvelteKit's Content-Security-Policy <meta> (script hashes differ per page); the
 * header adds what a <meta> cannot govern. Two policies apply where two rules match (a host
 * joins them with a comma): a page gets the page policy, which leaves scripts to the <meta>
 * (no default-src or script-src, which would block the hashed inline start-up script); a
 * worker script (DuckDB's, the import worker, the service worker) gets the full policy with
 * `connect-src 'self'`, because a worker follows the headers of its own script, not the page's
 * <meta>: whatever runs in it can fetch nothing but this site.
 * Plain JavaScript so that svelte.config.js can import it.
 */

/** @typedef {Record<string, string[]>} Directives */

const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-inline',
	'unsafe-eval',
	'wasm-unsafe-eval',
	'strict-dynamic',
	'unsafe-hashes',
	'report-sample'
]);

/** @param {Directives} directives */
export function policy(directives) {
	return Object.entries(directives)
		.map(([name, values]) =>
			[name, ...values.map((v) => (KEYWORDS.has(v) ? `'${v}'` : v))].join(' ')
		)
		.join('; ');
}

/** @param {Directives} directives */
export function pagePolicy(directives) {
	const page = { ...directives };
	delete page['default-src'];
	delete page['script-src'];
	return policy(page);
}

/**
 * What a page's data for navigating inside the site (SvelteKit's `__data.json`) may be kept
 * for. The ranking selectors preload every page they can open when they get focus, but
 * SvelteKit keeps only the last of those in memory: the others were asked of the server again
 * (`no-cache`), a round trip on every pick (226–366 ms a category change on slow 4G). Stale
 * while revalidated, a preloaded page's data is used at once and checked in the background;
 * for five minutes after a new build a reader may get a page's previous data once.
 */
export const PAGE_DATA_CACHE = 'max-age=0, stale-while-revalidate=300';

/**
 * How long a browser may keep a file of the build: hashed app files for a year, a page's
 * navigation data as above, everything else checked with the server each time.
 * @param {string} path
 */
export function cacheControl(path) {
	if (path.includes('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	if (path.endsWith('/__data.json')) return PAGE_DATA_CACHE;
	return 'no-cache';
}

/**
 * The `_headers` file: every path, then worker scripts (the import worker, DuckDB's worker
 * from the assets folder, the service worker).
 * @param {Directives} directives the CSP directives of svelte.config.js
 * @param {string} base BASE_PATH ('' at the root)
 */
export function headersFile(directives, base = '') {
	const full = policy(directives);
	const block = (/** @type {string} */ path, /** @type {string[]} */ lines) =>
		[`${base}${path}`, ...lines.map((l) => `  ${l}`)].join('\n');
	return (
		[
			'# Written by the build (scripts/static-headers.js); served by scripts/serve.ts too.',
			block('/*', [
				`Content-Security-Policy: ${pagePolicy(directives)}`,
				'X-Content-Type-Options: nosniff',
				'Referrer-Policy: strict-origin-when-cross-origin'
			]),
			block('/__data.json', [`Cache-Control: ${PAGE_DATA_CACHE}`]),
			block('/*/__data.json', [`Cache-Control: ${PAGE_DATA_CACHE}`]),
			block('/_app/immutable/*', [`Content-Security-Policy: ${full}`]),
			block('/service-worker.js', [`Content-Security-Policy: ${full}`])
		].join('\n\n') + '\n'
	);
}

/**
 * Rules of a `_headers` file: a path pattern (`*` matches anything) and its headers.
 * @param {string} text
 * @returns {{ pattern: RegExp; headers: [string, string][] }[]}
 */
export function parseHeaders(text) {
	/** @type {{ pattern: RegExp; headers: [string, string][] }[]} */
	const rules = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const at = line.indexOf(':');
			const rule = rules.at(-1);
			if (rule && at > 0) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * The headers for one path: every matching rule's, a header named twice joined by ", " (two
 * Content-Security-Policy values are two policies, both enforced).
 * @param {ReturnType<typeof parseHeaders>} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
	/** @type {Map<string, string>} */
	const out = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers) {
			const had = out.get(name);
			out.set(name, had ? `${had}, ${value}` : value);
		}
	}
	return out;
}

/**
 * Compresses every text file and the .wasm of the build in place: a `.br` and a `.gz` copy
 * beside each, which the server sends to a client that accepts them. SvelteKit's own
 * `precompress` runs brotli at its highest quality on every file: on the two 34–39 MB DuckDB
 * .wasm builds and 140 MB of pages that took minutes on two cores. Here the app code (small,
 * in every first view) gets the highest quality and everything else quality 6 (within ~15 % of
 * it, ~100× faster); gzip at level 9 throughout. The work runs in zlib's thread pool, on every
 * core (synchronous, it used one of two).
 * @param {string} out the build folder
 */
export async function precompress(out) {
	const { readdir, readFile, writeFile } = await import('node:fs/promises');
	const { join } = await import('node:path');
	const { promisify } = await import('node:util');
	const zlib = await import('node:zlib');
	const gzip = promisify(zlib.gzip);
	const brotli = promisify(zlib.brotliCompress);
	const COMPRESSIBLE = /\.(html|js|mjs|json|css|svg|xml|txt|csv|arrow|wasm|webmanifest)$/;
	const files = (await readdir(out, { recursive: true, withFileTypes: true }))
		.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
		.map((e) => join(e.parentPath, e.name));
	/** @param {string} path */
	const compress = async (path) => {
		const bytes = await readFile(path);
		const name = path.slice(path.lastIndexOf('/') + 1);
		const code = path.includes(`${join(out, '_app')}`) && !name.endsWith('.wasm');
		const text = !/\.(arrow|wasm)$/.test(name);
		const [gz, br] = await Promise.all([
			gzip(bytes, { level: 9 }),
			brotli(bytes, {
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: code ? 11 : 6,
					[zlib.constants.BROTLI_PARAM_MODE]: text
						? zlib.constants.BROTLI_MODE_TEXT
						: zlib.constants.BROTLI_MODE_GENERIC,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
				}
			})
		]);
		await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
	};
	// zlib's thread pool compresses on every core; a few files at a time bound the memory
	let i = 0;
	const lane = async () => {
		while (i < files.length) await compress(/** @type {string} */ (files[i++]));
	};
	await Promise.all(Array.from({ length: 4 }, lane));
}

/**
 * Wraps an adapter so that the build output gets the `_headers` file and its precompressed
 * copies (see precompress).
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {{ directives: Directives; out: string; base?: string }} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withStaticHeaders(adapter, { directives, out, base = '' }) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const { writeFileSync } = await import('node:fs');
			const { join } = await import('node:path');
			writeFileSync(join(out, '_headers'), headersFile(directives, base));
			const t = Date.now();
			await precompress(out);
			builder.log.minor(
				`Compressed the build (.br, .gz) in ${((Date.now() - t) / 1000).toFixed(1)} s`
			);
		}
	};
}
