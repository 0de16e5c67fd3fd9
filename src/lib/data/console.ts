/**
 * The SQL console's one question: the reader's text run read-only by the engine
 * (`runReadOnly` in src/lib/db/browser.ts: one query on a connection of its own, a time
 * limit, cancellation, bounded and exact cells from src/lib/db/read-only.ts).
 *
 * Stop and the time limit answer at once. DuckDB cancels most statements between chunks of
 * work; one it cannot (folding a huge constant while planning) keeps its worker busy, so the
 * worker is terminated and a fresh engine started, with the published tables and the reader's
 * datasets loaded again (`db.recover`); the next query waits for it.
 */
import { db } from '$lib/db/index.svelte';
import type { ReadOnlyAnswer } from '$lib/db/browser';
import { ReadOnlyError } from '$lib/db/read-only';

export type { ReadOnlyAnswer };

export interface ConsoleOptions {
	/** aborting stops the query */
	signal: AbortSignal;
	/** stops the query after this long */
	timeLimitMs: number;
}

/** Starts the engine if needed and runs `sql` read-only. */
export async function runReadOnly(sql: string, options: ConsoleOptions): Promise<ReadOnlyAnswer> {
	const engine = await db.start();
	try {
		return await engine.runReadOnly(sql, options);
	} catch (e) {
		if (e instanceof ReadOnlyError && (e.reason === 'cancelled' || e.reason === 'timeout'))
			void db.recover(engine);
		throw e;
	}
}
