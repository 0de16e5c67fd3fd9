/**
 * The state of one asynchronous answer a page shows: whether it is on its way, the last value
 * that arrived, the error of the last request. Pages read it; the feature's facade
 * (src/lib/data/*.ts) does the asking.
 *
 * - **The latest request wins.** Every `run` supersedes the one before it: the earlier
 *   request's signal is aborted, and its answer (or error), however late it arrives, is
 *   dropped. A slower earlier answer never overwrites a newer one.
 * - **Nothing shown is lost.** A failed request keeps the last value (a page keeps its
 *   prerendered or previous rows) and sets `error`; the next success clears it.
 * - **Retry** runs the last request again; **cancel** aborts it, and the request's own
 *   answer to that (e.g. a "cancelled" error) is still recorded.
 */
export type Ask<T> = (signal: AbortSignal) => Promise<T>;

export class Answer<T> {
	#value = $state.raw<T | undefined>(undefined);
	#error = $state.raw<unknown>(null);
	#loading = $state(false);
	#generation = 0;
	#controller: AbortController | null = null;
	#last: Ask<T> | null = null;

	constructor(initial?: T) {
		this.#value = initial;
	}

	/** the last value that arrived (or the initial one) */
	get value(): T | undefined {
		return this.#value;
	}
	/** why the latest request failed, or null */
	get error(): unknown {
		return this.#error;
	}
	/** the failure as a reader can be told it (the error's message), or null */
	get errorMessage(): string | null {
		const e = this.#error;
		return e === null || e === undefined ? null : e instanceof Error ? e.message : String(e);
	}
	/** true while the latest request is on its way */
	get loading(): boolean {
		return this.#loading;
	}

	/**
	 * Asks again, superseding any request still on its way. Resolves true when this request's
	 * answer was kept (it succeeded and no newer request started); never rejects.
	 */
	async run(ask: Ask<T>): Promise<boolean> {
		this.#controller?.abort();
		const controller = new AbortController();
		const mine = ++this.#generation;
		this.#controller = controller;
		this.#last = ask;
		this.#loading = true;
		try {
			const value = await ask(controller.signal);
			if (mine !== this.#generation) return false;
			this.#value = value;
			this.#error = null;
			return true;
		} catch (e) {
			if (mine === this.#generation) this.#error = e;
			return false;
		} finally {
			if (mine === this.#generation) {
				this.#loading = false;
				this.#controller = null;
			}
		}
	}

	/** Runs the last request again (after an error, say); false when nothing was asked yet. */
	retry(): Promise<boolean> {
		return this.#last ? this.run(this.#last) : Promise.resolve(false);
	}

	/** Aborts the request on its way; what it answers to the abort is still recorded. */
	cancel(): void {
		this.#controller?.abort();
	}

	/** Drops any request on its way and shows `value` (e.g. back to the prerendered rows). */
	reset(value?: T): void {
		this.#controller?.abort();
		this.#generation++;
		this.#controller = null;
		this.#loading = false;
		this.#error = null;
		this.#value = value;
	}
}
