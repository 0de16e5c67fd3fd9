/**
 * The console's path through the browser engine itself (createBrowserEngine on the Node
 * platform): every DuckDB type shown exactly, answers bounded however large the value, writes
 * refused, the time limit and cancellation, and an engine that cannot reach out (a local
 * listener receives nothing).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadOnlyError, type BrowserEngine } from './browser';
import { fixtureBrowserEngine } from './node-platform';
import { READ_ONLY_LIMITS, boundedProjection, columnKind, wrapReadOnly } from './read-only';

let engine: BrowserEngine;
let listener: Server;
let port = 0;
const heard: string[] = [];

beforeAll(async () => {
	engine = await fixtureBrowserEngine();
	listener = createServer((req, res) => {
		heard.push(`${req.method} ${req.url}`);
		res.end('secret');
	});
	await new Promise<void>((ok) => listener.listen(0, '127.0.0.1', ok));
	const address = listener.address();
	port = typeof address === 'object' && address ? address.port : 0;
}, 60_000);

afterAll(async () => {
	await engine?.terminate();
	listener?.close();
});

const run = (sql: string, timeLimitMs = 20_000, signal?: AbortSignal) =>
	engine.runReadOnly(sql, { timeLimitMs, signal });
const first = async (sql: string) => (await run(sql)).rows[0]?.[0];

describe('every DuckDB type, shown exactly', () => {
	it.each([
		['9007199254740993::BIGINT', { value: '9007199254740993' }, 'exact'],
		['(-9007199254740993)::BIGINT', { value: '-9007199254740993' }, 'exact'],
		['18446744073709551615::UBIGINT', { value: '18446744073709551615' }, 'exact'],
		[
			'170141183460469231731687303715884105727::HUGEINT',
			{ value: '170141183460469231731687303715884105727' },
			'exact'
		],
		['3.82::DECIMAL(3,2)', { value: '3.82' }, 'exact'],
		['12345678901234567.89::DECIMAL(19,2)', { value: '12345678901234567.89' }, 'exact'],
		['42::INTEGER', { value: 42 }, 'number'],
		['0.1::DOUBLE', { value: 0.1 }, 'number'],
		['true', { value: true }, 'boolean'],
		["DATE '2024-01-01'", { value: '2024-01-01' }, 'text'],
		["TIMESTAMP '2024-01-01 10:20:30'", { value: '2024-01-01 10:20:30' }, 'text'],
		["TIME '10:20:30'", { value: '10:20:30' }, 'text'],
		['INTERVAL 3 DAY', { value: '3 days' }, 'text'],
		["'\\x41\\x00\\xFF'::BLOB", { value: '4100FF' }, 'text'],
		[
			"'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::UUID",
			{ value: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' },
			'text'
		],
		['range(5)', { value: '[0, 1, 2, 3, 4]', cut: false, length: 5 }, 'list'],
		['[3.82]::DECIMAL(3,2)[]', { value: '[3.82]', cut: false, length: 1 }, 'list'],
		[
			'[9007199254740993]::BIGINT[]',
			{ value: '[9007199254740993]', cut: false, length: 1 },
			'list'
		],
		["[DATE '2024-01-01']", { value: '[2024-01-01]', cut: false, length: 1 }, 'list'],
		["{'a': 1, 'b': [3.82]}", { value: "{'a': 1, 'b': [3.82]}" }, 'text'],
		["MAP {'k': 9007199254740993}", { value: '{k=9007199254740993}' }, 'text'],
		['[1, 2, 3]::INTEGER[3]', { value: '[1, 2, 3]' }, 'text'],
		["'Kota Malang'", { value: 'Kota Malang' }, 'text'],
		['NULL::BIGINT', { value: null }, 'exact']
	])('%s', async (expr, shown, kind) => {
		const answer = await run(`SELECT ${expr} AS v`);
		expect(answer.columns[0]?.kind).toBe(kind);
		expect(answer.rows[0]?.[0]).toEqual(shown);
	});

	it('keeps the reader’s column names (a repeated one as DuckDB renames it)', async () => {
		const answer = await run('SELECT 1 AS a, 2 AS a, 3 AS "b c"');
		expect(answer.columns.map((c) => c.name)).toEqual(['a', 'a_1', 'b c']);
		expect(answer.rows[0]?.map((c) => c.value)).toEqual([1, 2, 3]);
	});

	it('answers a query over the published tables', async () => {
		const answer = await run(
			"SELECT name, count(*) AS n FROM instansi WHERE id = '32.73' GROUP BY name"
		);
		expect(answer.rows).toEqual([[{ value: 'Kota Bandung' }, { value: '1' }]]);
	});
});

describe('bounded answers', () => {
	it(
		'cuts a ten-million-element list to its first elements and keeps its length',
		{ timeout: 120_000 },
		async () => {
			// a generous limit: on a loaded machine building ten million elements twice takes a while
			const cell = (await run('SELECT range(10000000) AS r', 90_000)).rows[0]?.[0];
			expect(cell?.cut).toBe(true);
			expect(cell?.length).toBe(10_000_000);
			expect(String(cell?.value).startsWith('[0, 1, 2,')).toBe(true);
			expect(String(cell?.value).length).toBeLessThanOrEqual(READ_ONLY_LIMITS.maxChars);
		}
	);

	it('cuts a 50 MB text cell', async () => {
		const cell = await first("SELECT repeat('x', 50000000) AS t");
		expect(cell).toEqual({ value: 'x'.repeat(READ_ONLY_LIMITS.maxChars), cut: true });
	});

	it('reads at most maxRows rows and says there were more', async () => {
		const answer = await run('SELECT * FROM range(100000)');
		expect(answer.rows).toHaveLength(READ_ONLY_LIMITS.maxRows);
		expect(answer.moreRows).toBe(true);
		expect((await run('SELECT * FROM range(3)')).moreRows).toBe(false);
	});
});

describe('read only, stopped in time, closed to the outside', () => {
	it.each(['DROP TABLE result', 'SELECT 1; DROP TABLE result', "COPY result TO 'x.csv'"])(
		'refuses %s',
		async (sql) => {
			await expect(run(sql)).rejects.toMatchObject({ reason: 'refused' });
			expect((await run('SELECT count(*) AS n FROM result')).rows[0]?.[0]?.value).not.toBe('0');
		}
	);

	it('stops a query past its time limit', async () => {
		const t = Date.now();
		await expect(
			run('SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3', 300)
		).rejects.toMatchObject({ reason: 'timeout' });
		expect(Date.now() - t).toBeLessThan(15_000);
		// and the console answers again afterwards
		expect(await first('SELECT 1 AS one')).toEqual({ value: 1 });
	});

	it('stops a query when the reader cancels', async () => {
		const stop = new AbortController();
		const running = run(
			'SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3',
			60_000,
			stop.signal
		);
		setTimeout(() => stop.abort(), 200);
		await expect(running).rejects.toBeInstanceOf(ReadOnlyError);
		await expect(running).rejects.toMatchObject({ reason: 'cancelled' });
	});

	it.each([
		(p: number) => `SELECT * FROM read_text('http://127.0.0.1:${p}/read_text')`,
		(p: number) => `SELECT * FROM read_csv('http://127.0.0.1:${p}/read_csv')`,
		(p: number) => `SELECT * FROM read_blob('http://127.0.0.1:${p}/read_blob')`,
		(p: number) => `SELECT * FROM 'http://127.0.0.1:${p}/x.parquet'`,
		(p: number) => `SELECT * FROM read_json('http://127.0.0.1:${p}/x.json')`,
		() => "SELECT * FROM read_text('/etc/passwd')"
	])('reaches nothing outside: %#', async (sql) => {
		await expect(run(sql(port))).rejects.toBeInstanceOf(ReadOnlyError);
		expect(heard).toEqual([]);
	});

	it('cannot change a setting back', async () => {
		const e = engine;
		await expect(e.query('SET enable_external_access = true')).rejects.toThrow(/locked/);
		await expect(e.query('SET autoload_known_extensions = true')).rejects.toThrow(/locked/);
	});
});

describe('the projection', () => {
	it('is built from DESCRIBE types, never from the reader’s text', () => {
		const wrapped = wrapReadOnly('SELECT 1');
		expect(
			boundedProjection(wrapped, [{ type: 'BIGINT' }, { type: 'INTEGER[]' }, { type: 'BLOB' }])
		)
			.toBe(`SELECT CAST(c0 AS VARCHAR) AS c0, left(CAST(c1[1:100] AS VARCHAR), 2001) AS c1, len(c1) AS n1, left(hex(c2), 2001) AS c2 FROM (
${wrapped}
) AS tolok_tampil(c0, c1, c2)`);
		expect(columnKind('DECIMAL(18,3)')).toBe('exact');
		expect(columnKind('INTEGER[3]')).toBe('text');
		expect(columnKind('STRUCT(a INTEGER)[]')).toBe('list');
	});
});
