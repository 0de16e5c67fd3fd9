/**
 * The prerenderer's view of the published data: one engine for the whole build, loaded
 * from the Arrow files the pipeline wrote (static/data). Server-only.
 */
import { readFileSync } from 'node:fs';
import { openPublished, type NodeEngine } from '$lib/db/engine-node';
import type { Manifest } from '$lib/db/types';

/** The fixed queries (src/lib/sql), each run on published() by the server routes. */
export { queries } from '$lib/db/queries';

let engine: Promise<NodeEngine> | null = null;

/**
 * The build's engine remembers every answer: the data never changes during a build, and the
 * same queries run again and again (each ranking for its page in both languages, its .json
 * and its .csv; the sources and categories for every page), which had been half of the
 * prerender's DuckDB time. Rows come back frozen, so a page that changed a shared row would
 * fail the build instead of quietly changing another page.
 */
export function published(): Promise<NodeEngine> {
	engine ??= openPublished('static/data').then((e) => ({
		...e,
		remembers: true,
		maxAnswers: Infinity,
		async query(sql, params) {
			return frozen(await e.query(sql, params));
		}
	}));
	return engine;
}

function frozen<T extends object>(rows: T[]): T[] {
	for (const row of rows) Object.freeze(row);
	return Object.freeze(rows) as T[];
}

export function manifest(): Manifest {
	return JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Manifest;
}
