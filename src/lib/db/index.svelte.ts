/**
 * The one DuckDB module for pages: a lazy singleton with one shared start-up promise.
 * Nothing starts on page load; the first interaction (or an idle moment) calls start().
 * If the engine cannot load (no WebAssembly, .wasm blocked, offline on first visit) the
 * status says so and the prerendered content stays.
 */
import { base } from '$app/paths';
import type { BrowserEngine } from './browser';
import { runStartHooks } from './start-hooks';

export type DbStatus = 'idle' | 'loading' | 'ready' | 'unavailable';

class DbState {
	status = $state<DbStatus>('idle');
	error = $state<string | null>(null);
	#engine: Promise<BrowserEngine> | null = null;

	/**
	 * Starts duckdb-wasm once; every caller shares the same promise. The start-up hooks
	 * (./start-hooks.ts) run before it is ready.
	 */
	start(): Promise<BrowserEngine> {
		if (!this.#engine) {
			this.status = 'loading';
			this.#engine = import('./browser')
				.then((m) => m.createBrowserEngine(`${base}/data`))
				.then(async (engine) => {
					await runStartHooks(engine);
					this.status = 'ready';
					return engine;
				})
				.catch((e: unknown) => {
					this.status = 'unavailable';
					this.error = e instanceof Error ? e.message : String(e);
					throw e;
				});
		}
		return this.#engine;
	}
}

export const db = new DbState();
export { queries, KELOMPOK, KATEGORI } from './queries';
export type { Kelompok, Kategori, RankingRow, SeriesRow, PredicateCountRow } from './queries';
