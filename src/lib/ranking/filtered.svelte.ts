/**
 * A ranking's rows under the reader's filters, with the filters kept in the address: the
 * prerendered permalinks and the rankings of imported years (rows from the browser's DuckDB)
 * both read and write them through this, so a filter means one thing everywhere
 * (`applyFilters`) and a shared link reproduces the view on either.
 *
 * Create it during component initialisation with a getter of the ranked rows; call `read`
 * with the address once the rows are there (the provinces a link may name come from them).
 */
import { page } from '$app/state';
import { replaceState } from '$app/navigation';
import type { RankingFilters } from '$lib/db/row-types';
import { compareNames } from '$lib/ui/sort';
import {
	NO_FILTERS,
	applyFilters,
	hasFilters,
	parseFilters,
	writeFilters,
	type FilterableRow,
	type ParsedFilters
} from './filters';

export interface ProvinceOption {
	kode: string;
	nama: string;
}

export class FilteredRanking<R extends FilterableRow & { provinsi: string | null }> {
	filters = $state<RankingFilters>({ ...NO_FILTERS });
	/** parameters of the address that were malformed, shown as ignored */
	invalid = $state<ParsedFilters['invalid']>([]);
	#rows: () => R[];

	constructor(rows: () => R[]) {
		this.#rows = rows;
	}

	/** Whether any filter is set (the rows shown are then a subset, ranks kept). */
	get active(): boolean {
		return hasFilters(this.filters);
	}

	/** The rows the filters keep, in rank order; every row when none is set. */
	readonly items = $derived.by((): R[] => {
		const rows = this.#rows();
		const f = this.filters;
		if (!hasFilters(f)) return rows;
		const started = performance.now();
		const kept = applyFilters(rows, f);
		// user timing, read by `npm run bench`
		performance.measure('tolok:filter-query', { start: started });
		return kept;
	});

	/** The provinces the rows are in, by name: what the province filter offers. */
	readonly provinces = $derived.by((): ProvinceOption[] => {
		const seen = new Map<string, string>();
		for (const r of this.#rows())
			if (r.provinsi_kode && r.provinsi) seen.set(r.provinsi_kode, r.provinsi);
		return [...seen]
			.map(([kode, nama]) => ({ kode, nama }))
			.sort((a, b) => compareNames(a.nama, b.nama));
	});

	/** Sets the filters and writes them into the address (kept with its other parameters). */
	apply(next: RankingFilters): void {
		this.invalid = [];
		this.filters = next;
		const url = new URL(location.href);
		url.search = writeFilters(url.searchParams, next).toString();
		replaceState(url, page.state);
	}

	clear(): void {
		this.apply({ ...NO_FILTERS });
	}

	/** Takes the filters of an address (a shared link), naming what it cannot use. */
	read(params: URLSearchParams): void {
		const parsed = parseFilters(params, new Set(this.provinces.map((p) => p.kode)));
		this.invalid = parsed.invalid;
		this.filters = parsed.filters;
	}
}
