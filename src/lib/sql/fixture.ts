/**
 * The test fixture in a real engine: duckdb-wasm's Node build with schema.sql and then
 * fixture.sql (see the comment at its top for the shape). For tests only.
 */
import { readFileSync } from 'node:fs';
import { createNodeEngine, type NodeEngine } from '../db/engine-node';

const read = (file: string) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');

/** The schema and fixture statements, in the order they must run. */
export const FIXTURE_SQL: readonly string[] = [read('schema.sql'), read('fixture.sql')];
/** The history years (2018–2022) added to the fixture: fixture-history.sql. */
export const HISTORY_FIXTURE_SQL: string = read('fixture-history.sql');

/**
 * A fresh in-memory engine holding the fixture. `exact` keeps DECIMAL/BIGINT as Arrow
 * decimals (for exporting Arrow files); by default they come back as numbers, as in the
 * browser. `history` adds the years 2018–2022 (fixture-history.sql).
 */
export async function fixtureEngine({ exact = false, history = false } = {}): Promise<NodeEngine> {
	const engine = await createNodeEngine({ exact });
	for (const sql of FIXTURE_SQL) engine.connection.query(sql);
	if (history) engine.connection.query(HISTORY_FIXTURE_SQL);
	return engine;
}
