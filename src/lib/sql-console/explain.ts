/**
 * What the console tells the reader when a query did not answer, in the reader's language:
 * the time limit, Stop, the closed engine (a URL, file or extension asked for), a refused
 * statement named by its keyword, or DuckDB's own message for an ordinary error.
 */
import { m } from '$lib/paraglide/messages.js';
import { ReadOnlyError } from '$lib/db/read-only';
import { refusedKeyword } from './guard';

export interface ConsoleProblem {
	message: string;
	/** the statement was refused as not read-only (shown with the refusal's style) */
	refused: boolean;
}

/** A URL or a file name read as a table, now that nothing outside can be opened. */
const OUTSIDE = /Table with name (\S+:\/\/|\S+\.(parquet|csv|tsv|json|txt)\b)/i;
const CLOSED = /disabled by configuration|Permission Error|extension|autoload/i;

/** Explains `error`, the failure of running `sql` with a limit of `timeLimitS` seconds. */
export function explainFailure(error: unknown, sql: string, timeLimitS: number): ConsoleProblem {
	const say = (message: string) => ({ message, refused: false });
	if (!(error instanceof ReadOnlyError)) return say(m.db_unavailable());
	if (error.reason === 'timeout') return say(m.sql_timeout({ seconds: timeLimitS }));
	if (error.reason === 'cancelled') return say(m.sql_cancelled());
	if (CLOSED.test(error.message) || OUTSIDE.test(error.message)) return say(m.sql_noExternal());
	if (error.reason === 'refused') {
		const keyword = refusedKeyword(sql, error.message);
		if (keyword) return { message: m.sql_refused({ keyword }), refused: true };
	}
	return say(m.sql_error({ message: error.message }));
}
