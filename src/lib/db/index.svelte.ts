/**
 * The one DuckDB module for pages: a lazy singleton with one shared start-up promise.
 * Nothing starts on page load; a reader's question (or an idle moment, in the background)
 * calls start(). While it downloads, `progress` holds the bytes on the wire; if it cannot
 * load (no WebAssembly, .wasm blocked or stalled, offline on first visit) the status says so,
 * the prerendered content stays, and the next start() (the reader's Retry) tries again.
 */
import { base } from '$app/paths';
import type { BrowserEngine, DownloadProgress } from './browser';
import { runStartHooks } from './start-hooks';

export type DbStatus = 'idle' | 'loading' | 'ready' | 'unavailable';

/** How long a worker may stay silent after a stopped statement before it is replaced. */
export const RECOVER_MS = 2000;

export interface StartOptions {
	/** an idle-time start nobody waits for: its failure is kept quiet */
	background?: boolean;
}

class DbState {
	status = $state<DbStatus>('idle');
	error = $state<string | null>(null);
	/** bytes of the start-up download so far (null before the first report) */
	progress = $state.raw<DownloadProgress | null>(null);
	/** a reader's question waits for the engine (not only an idle-time start) */
	waiting = $state(false);
	/** the engine was stopped and started afresh (a statement kept its worker busy) */
	restarted = $state(false);
	#engine: Promise<BrowserEngine> | null = null;

	/**
	 * Starts duckdb-wasm once; every caller shares the same promise. The start-up hooks
	 * (./start-hooks.ts) run before it is ready. After a failure the next call starts again.
	 */
	start(options: StartOptions = {}): Promise<BrowserEngine> {
		this.#engine ??= this.#launch();
		if (!options.background && this.status === 'loading') this.waiting = true;
		return this.#engine;
	}

	#launch(): Promise<BrowserEngine> {
		this.status = 'loading';
		this.error = null;
		this.progress = null;
		const launched: Promise<BrowserEngine> = import('./browser')
			.then((m) =>
				m.createBrowserEngine(`${base}/data`, undefined, (p) => {
					if (this.#engine === launched) this.progress = p;
				})
			)
			.then(async (engine) => {
				if (this.#engine !== launched) {
					// replaced while it started (a restart): this one is not used
					await engine.terminate();
					throw new Error('superseded');
				}
				await runStartHooks(engine);
				this.status = 'ready';
				this.waiting = false;
				return engine;
			})
			.catch((e: unknown) => {
				if (this.#engine === launched) {
					this.#engine = null;
					this.error = e instanceof Error ? e.message : String(e);
					// an idle-time start that failed says nothing; a reader who waited is told
					this.status = this.waiting ? 'unavailable' : 'idle';
					this.waiting = false;
				}
				throw e;
			});
		return launched;
	}

	/**
	 * After a statement was stopped: if the engine does not answer within `ms`, its worker is
	 * still busy with it, so it is terminated and a fresh engine starts (published tables and
	 * the reader's datasets loaded again by the start-up hooks). Every start() meanwhile waits
	 * for the outcome. Resolves true when the engine was replaced.
	 */
	async recover(engine: BrowserEngine, ms = RECOVER_MS): Promise<boolean> {
		if (!this.#engine) return false;
		const current = this.#engine;
		let replaced = false;
		const checked = (async () => {
			if (await engine.responds(ms)) return engine;
			replaced = true;
			this.restarted = true;
			void engine.terminate();
			this.#engine = null;
			return this.start();
		})();
		this.#engine = checked;
		checked.catch(() => {});
		await checked.catch(() => {});
		if (!replaced && this.#engine === checked) this.#engine = current;
		return replaced;
	}
}

export const db = new DbState();
/**
 * The fixed queries, loaded with the first question: the facades reach them through this, so
 * their code stays out of every page's first view (which only the engine's status needs).
 */
export const fixedQueries = () => import('./queries').then((m) => m.queries);
