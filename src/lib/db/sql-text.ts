/**
 * The text of the fixed queries, one per src/lib/sql/*.sql file, with their includes
 * composed. Loaded by queries.ts with the first query (never in a page's first view).
 */
import { composeFiles } from './compose';

// schema.sql is the pipeline's and fixture*.sql the tests': none belongs in the bundle; the
// imported-data statements are src/lib/import/tables.ts's, loaded only where datasets are
const files = import.meta.glob(
	['../sql/*.sql', '!../sql/schema.sql', '!../sql/fixture*.sql', '!../sql/imported_*.sql'],
	{ query: '?raw', import: 'default', eager: true }
) as Record<string, string>;

export const SQL: Record<string, string> = composeFiles(files);
