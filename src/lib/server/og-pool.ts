/**
 * Open Graph cards are rasterised off the main thread: the build's prerender renders pages on
 * one thread (DuckDB's Node build blocks it), and a thousand 1200 × 630 cards drawn there took
 * as long as every chart of every page. A worker thread draws them on the machine's other core
 * while pages go on rendering (svelte.config.js lets several requests run at once).
 * Server-only. The worker holds resvg (wasm) and DejaVu Sans, so every machine draws the same
 * pixels; it never keeps a finished build waiting (unref'd whenever nothing is pending).
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Raster {
	pixels: Uint8Array;
	width: number;
	height: number;
}

// CommonJS source for the worker (evaluated, so the build needs no second bundle)
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { Resvg, initWasm } = require(workerData.resvg);
const ready = initWasm(readFileSync(workerData.wasm));
const fontBuffers = workerData.fonts.map((f) => new Uint8Array(readFileSync(f)));
parentPort.on('message', async ({ id, svg, width }) => {
	try {
		await ready;
		const image = new Resvg(svg, {
			font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', loadSystemFonts: false },
			fitTo: { mode: 'width', value: width }
		}).render();
		const pixels = image.pixels;
		parentPort.postMessage({ id, pixels, width: image.width, height: image.height }, [pixels.buffer]);
	} catch (e) {
		parentPort.postMessage({ id, error: String(e && e.stack || e) });
	}
});
`;

type Reply = { id: number; error?: string } & Partial<Raster>;

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, { resolve: (r: Raster) => void; reject: (e: Error) => void }>();

function start(): Worker {
	const w = new Worker(SOURCE, {
		eval: true,
		workerData: {
			resvg: require.resolve('@resvg/resvg-wasm'),
			wasm: require.resolve('@resvg/resvg-wasm/index_bg.wasm'),
			fonts: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
				require.resolve(`dejavu-fonts-ttf/ttf/${f}`)
			)
		}
	});
	w.on('message', (reply: Reply) => {
		const job = pending.get(reply.id);
		if (!job) return;
		pending.delete(reply.id);
		if (pending.size === 0) w.unref();
		if (reply.error !== undefined) job.reject(new Error(`Open Graph card: ${reply.error}`));
		else job.resolve({ pixels: reply.pixels!, width: reply.width!, height: reply.height! });
	});
	w.on('error', (e) => {
		for (const job of pending.values()) job.reject(e);
		pending.clear();
		worker = null;
	});
	w.unref();
	return w;
}

/** The SVG drawn to RGBA pixels `width` px wide, by the worker thread. */
export function rasterise(svg: string, width: number): Promise<Raster> {
	worker ??= start();
	const id = next++;
	const w = worker;
	return new Promise<Raster>((resolve, reject) => {
		pending.set(id, { resolve, reject });
		w.ref(); // a pending card keeps the process alive until it is drawn
		w.postMessage({ id, svg, width });
	});
}
