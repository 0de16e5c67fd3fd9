import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEngine } from '$lib/sql/fixture';
import type { NodeEngine } from '$lib/db/engine-node';
import { refusedKeyword, wrapReadOnly } from './guard';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await fixtureEngine();
});
afterAll(() => engine.close());

/** What the console does: prepare the wrapped text (one statement), then run it. */
function run(sql: string): { rows: number } | { refused: string | null; error: string } {
	try {
		const stmt = engine.connection.prepare(wrapReadOnly(sql));
		try {
			return { rows: stmt.query().numRows };
		} finally {
			stmt.close();
		}
	} catch (e) {
		const error = String(e);
		return { refused: refusedKeyword(sql, error), error };
	}
}

describe('the read-only console', () => {
	it.each([
		['DROP TABLE result', 'DROP'],
		['INSERT INTO source SELECT * FROM source', 'INSERT'],
		["COPY (SELECT * FROM result) TO 'x.csv'", 'COPY'],
		["ATTACH 'x.db' AS x", 'ATTACH'],
		['PRAGMA version', 'PRAGMA'],
		['SET threads = 1', 'SET'],
		['INSTALL json', 'INSTALL'],
		['LOAD json', 'LOAD'],
		['CREATE TABLE z AS SELECT 1', 'CREATE'],
		["EXPORT DATABASE 'x'", 'EXPORT'],
		['UPDATE result SET "index" = 5', 'UPDATE'],
		['DELETE FROM result', 'DELETE'],
		['/* hi */ -- there\n drop table result', 'DROP'],
		['SELECT 1; DROP TABLE source', 'DROP'],
		['SELECT 1) ; DROP TABLE source; SELECT (1', 'DROP']
	])('refuses %s', (sql, keyword) => {
		const r = run(sql);
		expect('refused' in r && r.refused).toBe(keyword);
	});

	it('refuses a write hidden in query()', () => {
		const r = run("SELECT * FROM query('DROP TABLE source')");
		expect('error' in r).toBe(true);
	});

	it('answers reads and leaves every table as it was', async () => {
		const before = await engine.query('SELECT count(*)::INT AS n FROM source');
		for (const sql of [
			'SELECT name FROM instansi ORDER BY name',
			'WITH a AS (SELECT 1 AS x) SELECT * FROM a',
			'FROM result',
			'VALUES (1), (2)',
			'SELECT 1 -- komentar',
			'SELECT 1;'
		])
			expect('rows' in run(sql), sql).toBe(true);
		expect(await engine.query('SELECT count(*)::INT AS n FROM source')).toEqual(before);
		expect(run('SELECT nope FROM result')).toMatchObject({ refused: null });
	});
});
