/**
 * The read-only rule on the console's shipped path: the browser engine's runReadOnly
 * (createBrowserEngine on the Node platform), and the message's keyword (refusedKeyword).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadOnlyError, type BrowserEngine } from '$lib/db/browser';
import { fixtureBrowserEngine } from '$lib/db/node-platform';
import { refusedKeyword } from './guard';

let engine: BrowserEngine;
beforeAll(async () => {
	engine = await fixtureBrowserEngine();
}, 60_000);
afterAll(() => engine?.terminate());

/** What the console does: runReadOnly, and on refusal the keyword its message names. */
async function run(
	sql: string
): Promise<{ rows: number } | { refused: string | null; error: string }> {
	try {
		return { rows: (await engine.runReadOnly(sql, { timeLimitMs: 20_000 })).rows.length };
	} catch (e) {
		if (!(e instanceof ReadOnlyError)) throw e;
		return {
			refused: e.reason === 'refused' ? refusedKeyword(sql, e.message) : null,
			error: e.message
		};
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
	])('refuses %s', async (sql, keyword) => {
		const r = await run(sql);
		expect('refused' in r && r.refused).toBe(keyword);
	});

	it('refuses a write hidden in query()', async () => {
		const r = await run("SELECT * FROM query('DROP TABLE source')");
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
			expect('rows' in (await run(sql)), sql).toBe(true);
		expect(await engine.query('SELECT count(*)::INT AS n FROM source')).toEqual(before);
		expect(await run('SELECT nope FROM result')).toMatchObject({ refused: null });
	});
});
