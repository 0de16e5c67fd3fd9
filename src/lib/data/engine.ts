/**
 * Whether the browser's engine is idle, starting, ready or unavailable, for the status line
 * pages show (DbStatus.svelte). Read-only: only the facades start the engine.
 */
import { db, type DbStatus } from '$lib/db/index.svelte';

export type EngineStatus = DbStatus;

export const engineStatus = {
	get status(): EngineStatus {
		return db.status;
	},
	get error(): string | null {
		return db.error;
	}
};

/**
 * Starts the engine ahead of a likely question (a pointer over a choice, a focused control),
 * so its answer comes sooner. A failure is shown by the status line, never thrown.
 */
export function warmEngine(): void {
	db.start().catch(() => {});
}
