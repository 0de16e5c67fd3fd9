/**
 * The SQL console's one question: the reader's text run read-only by the engine
 * (`runReadOnly` in src/lib/db/browser.ts: one query on a connection of its own, a time
 * limit, cancellation, bounded and exact cells from src/lib/db/read-only.ts).
 */
import { db } from '$lib/db/index.svelte';
import type { ReadOnlyAnswer } from '$lib/db/browser';

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
	return engine.runReadOnly(sql, options);
}
