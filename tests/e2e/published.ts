/**
 * The prerenderer's engine and SQL, for end-to-end tests that check what the browser
 * shows against what the same query gives in duckdb-wasm's Node build.
 */
import { readFileSync } from 'node:fs';
import { openPublished, type NodeEngine } from '../../src/lib/db/engine-node';
import type { Param, Row } from '../../src/lib/db/types';

let engine: Promise<NodeEngine> | null = null;

export async function sql<T extends Row>(name: string, params: Param[]): Promise<T[]> {
	engine ??= openPublished('build/data');
	const text = readFileSync(`src/lib/sql/${name}.sql`, 'utf8');
	return (await engine).query<T>(text, params);
}
