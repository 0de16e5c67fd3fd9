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

export function published(): Promise<NodeEngine> {
	engine ??= openPublished('static/data');
	return engine;
}

export function manifest(): Manifest {
	return JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Manifest;
}
