/**
 * How much of the engine's start-up download has arrived, in bytes on the wire (what a reader
 * on a slow link waits for): the duckdb-wasm `.wasm` and the published Arrow files. Pure, so
 * the arithmetic is tested without a browser (progress.test.ts).
 *
 * Browsers hand a body over decompressed, while `Content-Length` counts the compressed bytes a
 * static host sends (the build writes brotli/gzip copies). duckdb-wasm's own progress reports
 * decompressed bytes against that header; knowing each bundle's decompressed size turns its
 * count back into bytes on the wire.
 */

/** The bytes of one download (or all of them): `total` null while not yet known. */
export interface DownloadProgress {
	loaded: number;
	total: number | null;
}

/**
 * Decompressed size of each duckdb-wasm build's `.wasm` (duckdb-wasm 1.32.0;
 * progress.test.ts fails when an upgrade changes them).
 */
export const WASM_BYTES = { eh: 34_242_586, mvp: 39_362_651 } as const;

/**
 * The `.wasm`'s bytes on the wire from duckdb-wasm's report (`bytesLoaded` decompressed,
 * `bytesTotal` the response's Content-Length, 0 when absent) and the build's decompressed size.
 */
export function wasmOnWire(
	bytesLoaded: number,
	bytesTotal: number,
	size: number
): DownloadProgress {
	if (!(bytesTotal > 0)) return { loaded: Math.min(bytesLoaded, size), total: size };
	const ratio = bytesTotal / Math.max(size, bytesTotal);
	return { loaded: Math.min(bytesTotal, Math.round(bytesLoaded * ratio)), total: bytesTotal };
}

/**
 * A table file's bytes on the wire so far: counted as they stream when the body is sent as is;
 * when it is compressed (the stream counts decompressed bytes), nothing until it has all come.
 */
export function fileOnWire(
	streamed: number,
	contentLength: number | null,
	compressed: boolean,
	done: boolean
): DownloadProgress {
	if (!compressed) return { loaded: streamed, total: contentLength ?? (done ? streamed : null) };
	return { loaded: done ? (contentLength ?? streamed) : 0, total: contentLength };
}

/** The sum of named downloads, each set as it progresses; the total is known once all are. */
export class DownloadTally {
	readonly #parts = new Map<string, DownloadProgress>();
	readonly #onChange: (p: DownloadProgress) => void;

	/** `parts`: every download expected, so the total stays unknown until each has said its size */
	constructor(parts: readonly string[], onChange: (p: DownloadProgress) => void) {
		for (const p of parts) this.#parts.set(p, { loaded: 0, total: null });
		this.#onChange = onChange;
	}

	set(part: string, progress: DownloadProgress): void {
		this.#parts.set(part, progress);
		this.#onChange(this.sum());
	}

	/** Marks `part` complete (its last report may have come before its last bytes). */
	finish(part: string): void {
		const p = this.#parts.get(part);
		const size = p?.total ?? p?.loaded ?? 0;
		this.set(part, { loaded: size, total: size });
	}

	sum(): DownloadProgress {
		let loaded = 0;
		let total: number | null = 0;
		for (const p of this.#parts.values()) {
			loaded += p.loaded;
			total = total === null || p.total === null ? null : total + p.total;
		}
		return { loaded, total: total === null ? null : Math.max(total, loaded) };
	}
}
