import { expect, test } from 'vitest';
import { compose } from './compose';

test('a query includes another as a subquery, comments and semicolon dropped', () => {
	const sql = compose({
		base: '-- base\nSELECT 1 AS x\nORDER BY x;\n',
		filtered: '-- filters {{base}}\nSELECT * FROM ({{base}}) AS b WHERE x > $1'
	});
	expect(sql.filtered).toBe(
		'-- filters {{base}}\nSELECT * FROM (SELECT 1 AS x\nORDER BY x) AS b WHERE x > $1'
	);
	expect(sql.base).toBe('-- base\nSELECT 1 AS x\nORDER BY x;\n');
});

test('unknown or circular includes are refused', () => {
	expect(() => compose({ a: 'SELECT * FROM ({{nope}})' })).toThrow(/does not exist/);
	expect(() => compose({ a: 'SELECT * FROM ({{b}})', b: 'SELECT * FROM ({{a}})' })).toThrow(
		/includes itself/
	);
});
