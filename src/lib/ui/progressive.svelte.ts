/**
 * Long tables (615 instansi, 392 kabupaten) rendered a screen at a time.
 *
 * - **After a change in the browser** the first `first` rows render at once, so the next frame
 *   already shows the top of the new ranking, and the rest follow in batches once that frame
 *   is painted. Rebuilding all 392 rows (about 6,000 elements, then their layout) in one task
 *   kept a group or year change over 100 ms from the reader's action to the next paint.
 * - **On the first view** (`hydrate`), the prerendered page holds only the first `hydrate`
 *   rows (the table's component puts every row in a `<noscript>` copy for readers without
 *   JavaScript): a phone parses, lays out and hydrates one screen of rows instead of 615,
 *   and the rest are added in batches once the page is interactive. With `screen`, the
 *   component also shows the next rows up to `screen` as plain HTML (`standIns`), which
 *   nothing hydrates, until the first batch replaces them.
 *
 * Create it during component initialisation: `const shown = new ProgressiveRows(() => rows)`,
 * then `{#each shown.rows as r (r.id)}`.
 */
import { untrack } from 'svelte';
import { firstRender } from './hydration';
import { afterPaint } from './after-paint';
import { BATCH_ROWS, FIRST_ROWS } from './progressive-rows';

export interface ProgressiveOptions {
	/** rows after a change, before the first paint */
	first?: number;
	/** rows in the prerendered page and at hydration (every row when not given); a table
	 * mounted later, in a page already running, starts with every row as before */
	hydrate?: number;
	/** with hydrate: rows the prerendered page shows, those past `hydrate` as plain stand-ins */
	screen?: number;
	/** rows added per painted frame until all are there */
	batch?: number;
	/** an index that must be rendered as soon as the page runs (a row the address points to) */
	reveal?: () => number;
}

export class ProgressiveRows<T> {
	#limit: number;
	#standIns: number;
	#get: () => readonly T[];

	constructor(
		get: () => readonly T[],
		{ first = FIRST_ROWS, hydrate, screen, batch = BATCH_ROWS, reveal }: ProgressiveOptions = {}
	) {
		this.#get = get;
		const prerendered = hydrate !== undefined && firstRender();
		this.#limit = $state(prerendered ? hydrate : Number.POSITIVE_INFINITY);
		this.#standIns = $state(
			prerendered && screen !== undefined ? Math.max(0, screen - hydrate) : 0
		);
		let initial = true;
		// runs again only when the rows change (the limit and `reveal` are read untracked)
		$effect.pre(() => {
			const length = get().length;
			return untrack(() => {
				if (initial) {
					initial = false;
					const wanted = reveal?.() ?? -1;
					if (wanted >= this.#limit) {
						this.#limit = wanted + 1;
						this.#standIns = 0;
					}
				} else {
					this.#limit = Math.min(first, length);
					this.#standIns = 0;
				}
				if (this.#limit >= length) return;
				let cancel = () => {};
				const grow = () => {
					this.#limit += batch;
					this.#standIns = 0;
					if (this.#limit < this.#get().length) cancel = afterPaint(grow);
				};
				cancel = afterPaint(grow);
				return () => cancel();
			});
		});
	}

	/** The rows to render now. */
	get rows(): readonly T[] {
		const all = this.#get();
		return this.#limit >= all.length ? all : all.slice(0, this.#limit);
	}

	/**
	 * The rows shown as plain stand-ins after the live ones: on the first view only, until the
	 * first batch (or any change) renders live rows in their place.
	 */
	get standIns(): readonly T[] {
		if (this.#standIns <= 0) return [];
		return this.#get().slice(this.#limit, this.#limit + this.#standIns);
	}

	/** How many rows are still to come (0 once every row is rendered). */
	get pending(): number {
		return Math.max(0, this.#get().length - this.#limit - this.#standIns);
	}
}
