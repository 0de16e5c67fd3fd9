/**
 * The read-only rule of the SQL console, enforced by DuckDB's own parser: the reader's text
 * is placed inside `SELECT * FROM ( … ) LIMIT n` and prepared (runReadOnly in
 * src/lib/db/browser.ts, wrapReadOnly in src/lib/db/read-only.ts). Only a query (SELECT, WITH,
 * FROM, VALUES, UNION …) parses there; DROP, INSERT, UPDATE, DELETE, COPY … TO, ATTACH,
 * PRAGMA, SET, INSTALL, LOAD, CREATE, EXPORT … are syntax errors, and a second statement
 * (`…; DROP TABLE x`) is refused because a prepared statement holds exactly one.
 * The first keyword only chooses the message; it never decides what runs.
 */
const WRITE =
	/^(drop|insert|update|delete|copy|attach|detach|pragma|set|reset|install|load|create|alter|export|import|checkpoint|vacuum|call|begin|commit|rollback|truncate|use|merge|grant|comment|prepare|execute|deallocate|summarize|describe|show|explain|analyze)\b/i;

/** The statement's first keyword after comments and spaces, upper case ('' if none). */
export function firstKeyword(sql: string): string {
	const text = sql.replace(/^(?:\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/, '');
	return (/^[a-z_]+/i.exec(text)?.[0] ?? '').toUpperCase();
}

/**
 * After DuckDB refused the wrapped text: the keyword to name in the "read-only" message, or
 * null when it is an ordinary error in a query (show DuckDB's own message).
 */
export function refusedKeyword(sql: string, error: string): string | null {
	if (/multiple statements/i.test(error) || /syntax error at or near ";"/i.test(error)) {
		const second = sql
			.split(';')
			.slice(1)
			.map(firstKeyword)
			.find((k) => k !== '');
		return second ?? ';';
	}
	const first = firstKeyword(sql);
	return WRITE.test(first) ? first : null;
}
