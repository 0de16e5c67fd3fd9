/**
 * The text of the fixed queries, one per src/lib/sql/*.sql file, with their includes
 * composed. Loaded by queries.ts with the first query (never in a page's first view).
 */
import { compose } from './compose';

// schema.sql is the pipeline's and fixture*.sql the tests': none belongs in the bundle
const files = import.meta.glob(['../sql/*.sql', '!../sql/schema.sql', '!../sql/fixture*.sql'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const SQL: Record<string, string> = compose(
	Object.fromEntries(
		Object.entries(files).map(([path, text]) => [path.replace(/^.*\/(.*)\.sql$/, '$1'), text])
	)
);
