import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { ReadOnlyError } from '$lib/db/read-only';
import { explainFailure } from './explain';

const said = (message: string, refused = false) => ({ message, refused });

describe('what the console says when a query does not answer', () => {
	it('an engine that did not start', () => {
		expect(explainFailure(new Error('no WebAssembly'), 'SELECT 1', 10)).toEqual(
			said(m.db_unavailable())
		);
	});

	it('the time limit and Stop', () => {
		const timeout = new ReadOnlyError('timeout', 'timeout');
		expect(explainFailure(timeout, 'SELECT 1', 10)).toEqual(said(m.sql_timeout({ seconds: 10 })));
		const cancelled = new ReadOnlyError('cancelled', 'cancelled');
		expect(explainFailure(cancelled, 'SELECT 1', 10)).toEqual(said(m.sql_cancelled()));
	});

	it('anything outside the loaded tables', () => {
		for (const message of [
			'Permission Error: Cannot access file "x.csv" - file system operations are disabled by configuration',
			'Catalog Error: Table with name https://example.org/x.parquet does not exist!',
			'Catalog Error: Table with name data.csv does not exist!',
			'Missing Extension Error: autoloading is disabled'
		])
			expect(explainFailure(new ReadOnlyError('failed', message), 'SELECT 1', 10)).toEqual(
				said(m.sql_noExternal())
			);
	});

	it('a statement that is not a read, named by its keyword', () => {
		const refused = new ReadOnlyError('refused', 'Parser Error: syntax error at or near "DROP"');
		expect(explainFailure(refused, 'DROP TABLE result', 10)).toEqual(
			said(m.sql_refused({ keyword: 'DROP' }), true)
		);
		const second = new ReadOnlyError('refused', 'Parser Error: syntax error at or near ";"');
		expect(explainFailure(second, 'SELECT 1; DELETE FROM result', 10)).toEqual(
			said(m.sql_refused({ keyword: 'DELETE' }), true)
		);
	});

	it("an ordinary error in a query is DuckDB's own message", () => {
		const typo = 'Parser Error: syntax error at or near "FORM"';
		expect(explainFailure(new ReadOnlyError('refused', typo), 'SELECT * FORM result', 10)).toEqual(
			said(m.sql_error({ message: typo }))
		);
		const failed = 'Binder Error: Referenced column "nope" not found';
		expect(explainFailure(new ReadOnlyError('failed', failed), 'SELECT nope', 10)).toEqual(
			said(m.sql_error({ message: failed }))
		);
	});
});
