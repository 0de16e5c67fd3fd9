/**
 * The sort of one table, kept in the address (`?urut=-nilai`; a page with several tables
 * gives each its own parameter, e.g. `urut-tahun`). Create it while a component
 * initialises; it follows the address on every navigation. Rows are sorted by sort.ts.
 */
import { page } from '$app/state';
import { setParams } from './address';
import {
	ariaSort,
	nextSort,
	parseSort,
	sortRows,
	writeSort,
	type SortDir,
	type SortState,
	type SortValue
} from './sort';

export class TableSort {
	#chosen = $state<SortState | null>(null);
	readonly param: string;
	readonly keys: readonly string[];
	/** The order the rows come in, shown as the sorted column until the reader picks another. */
	readonly initial: SortState | null;

	constructor(param: string, keys: readonly string[], initial: SortState | null = null) {
		this.param = param;
		this.keys = keys;
		this.initial = initial;
		$effect(() => {
			// page.url changes on navigation only; the query string is read in the browser
			const wanted = parseSort(page.url.searchParams.get(param), keys);
			this.#chosen = wanted && !same(wanted, initial) ? wanted : null;
		});
	}

	get state(): SortState | null {
		return this.#chosen ?? this.initial;
	}

	/** The rows in the chosen order (as given while the initial order holds). */
	sorted<T>(rows: readonly T[], value: (row: T, key: string) => SortValue): readonly T[] {
		return this.#chosen ? sortRows(rows, this.#chosen, value) : rows;
	}

	aria(key: string) {
		return ariaSort(this.state, key);
	}

	/** A click on a column header (or Enter/Space on its button). */
	toggle(key: string, first: SortDir): void {
		const next = nextSort(this.state, key, first);
		this.#chosen = same(next, this.initial) ? null : next;
		setParams({ [this.param]: writeSort(this.#chosen) });
	}
}

function same(a: SortState | null, b: SortState | null): boolean {
	return a?.key === b?.key && a?.dir === b?.dir;
}
