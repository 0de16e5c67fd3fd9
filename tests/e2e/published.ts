/**
 * The prerenderer's engine and SQL, for end-to-end tests that check what the browser
 * shows against what the same query gives in duckdb-wasm's Node build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { openPublished, type NodeEngine } from '../../src/lib/db/engine-node';
import { compose } from '../../src/lib/db/compose';
import type { Param, Row } from '../../src/lib/db/types';

let engine: Promise<NodeEngine> | null = null;
const DIR = 'src/lib/sql';
const SQL = compose(
	Object.fromEntries(
		readdirSync(DIR)
			.filter((f) => f.endsWith('.sql'))
			.map((f) => [f.replace(/\.sql$/, ''), readFileSync(`${DIR}/${f}`, 'utf8')])
	)
);

export async function sql<T extends Row>(name: string, params: Param[]): Promise<T[]> {
	engine ??= openPublished('build/data');
	const text = SQL[name];
	if (!text) throw new Error(`no query ${name}`);
	return (await engine).query<T>(text, params);
}
