/**
 * Long tables (392 kabupaten) after a change in the browser: the first `first` rows render at
 * once, so the next frame already shows the top of the new ranking, and the rest follow
 * once that frame is painted. Rebuilding all 392 rows (about 6,000 elements, then their
 * layout) in one task kept a group or year change over 100 ms from the reader's action to
 * the next paint. The first render (the prerendered HTML and its hydration) has every row,
 * so pages without JavaScript and find-in-page are unchanged.
 *
 * Create it during component initialisation: `const shown = new ProgressiveRows(() => rows)`,
 * then `{#each shown.rows as r (r.id)}`.
 */
import { afterPaint } from './after-paint';
import { FIRST_ROWS } from './progressive-rows';

export class ProgressiveRows<T> {
	#limit = $state(Number.POSITIVE_INFINITY);
	#get: () => readonly T[];

	constructor(get: () => readonly T[], first = FIRST_ROWS) {
		this.#get = get;
		let initial = true;
		$effect.pre(() => {
			if (get().length <= first || initial) {
				initial = false;
				this.#limit = Number.POSITIVE_INFINITY;
				return;
			}
			this.#limit = first;
			return afterPaint(() => (this.#limit = Number.POSITIVE_INFINITY));
		});
	}

	/** The rows to render now. */
	get rows(): readonly T[] {
		const all = this.#get();
		return this.#limit >= all.length ? all : all.slice(0, this.#limit);
	}
}
