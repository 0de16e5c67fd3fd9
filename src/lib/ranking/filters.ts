/**
 * The reader's filters on a ranking, kept in the query string so that a shared link
 * reproduces the view: ?provinsi=35&predikat=Baik&min=3.50&naik=0.20&q=malang&dua=1.
 * Parsing never throws: a malformed value is dropped and reported, so the page can say
 * so and show the rest. Values reach SQL only as bound parameters (ranking_filtered.sql).
 */
import type { RankingFilters } from '$lib/db/row-types';
import { PREDICATES, hundredthsToText, parseHundredths, readScore } from '$lib/scores';

export const FILTER_KEYS = ['provinsi', 'predikat', 'min', 'naik', 'q', 'dua'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const NO_FILTERS: RankingFilters = {
	provinsi: null,
	predikat: null,
	min: null,
	naik: null,
	q: null,
	dua: false
};

export interface ParsedFilters {
	filters: RankingFilters;
	/** Parameters that were present but malformed, with the value as given. */
	invalid: { key: FilterKey; value: string }[];
}

/** "3,5" / "3.50" / "-0.2" → "3.50" / "-0.20"; null when it is not a score-like number. */
export function parseScoreText(text: string, { signed = false } = {}): string | null {
	const r = readScore(text, { signed });
	return 'h' in r ? hundredthsToText(r.h) : null;
}

/**
 * Reads the filters from the address. `provinces` are the province codes a province
 * filter may take (from the ranking's own rows); an unknown code is malformed.
 */
export function parseFilters(
	params: URLSearchParams,
	provinces: ReadonlySet<string>
): ParsedFilters {
	const filters: RankingFilters = { ...NO_FILTERS };
	const invalid: ParsedFilters['invalid'] = [];
	const get = (key: FilterKey) => {
		const v = params.get(key);
		return v === null || v.trim() === '' ? null : v;
	};

	const provinsi = get('provinsi');
	if (provinsi !== null) {
		if (provinces.has(provinsi.trim())) filters.provinsi = provinsi.trim();
		else invalid.push({ key: 'provinsi', value: provinsi });
	}
	const predikat = get('predikat');
	if (predikat !== null) {
		const norm = predikat.trim().replace(/[-_+]/g, ' ').toLowerCase();
		const p = PREDICATES.find((x) => x.toLowerCase() === norm);
		if (p) filters.predikat = p;
		else invalid.push({ key: 'predikat', value: predikat });
	}
	const min = get('min');
	if (min !== null) {
		const v = parseScoreText(min, { signed: true });
		if (v !== null) filters.min = v;
		else invalid.push({ key: 'min', value: min });
	}
	const naik = get('naik');
	if (naik !== null) {
		const v = parseScoreText(naik, { signed: true });
		if (v !== null) filters.naik = v;
		else invalid.push({ key: 'naik', value: naik });
	}
	const q = get('q');
	if (q !== null) {
		if (q.length <= 60) filters.q = q.trim();
		else invalid.push({ key: 'q', value: `${q.slice(0, 20)}…` });
	}
	const dua = params.get('dua');
	if (dua !== null && dua !== '') {
		if (dua === '1' || dua === 'true') filters.dua = true;
		else if (dua !== '0' && dua !== 'false') invalid.push({ key: 'dua', value: dua });
	}
	return { filters, invalid };
}

export function hasFilters(f: RankingFilters): boolean {
	return FILTER_KEYS.some((k) => (k === 'dua' ? f.dua : f[k] !== null));
}

/** The filters written back into `params` (unused ones removed); other parameters kept. */
export function writeFilters(params: URLSearchParams, f: RankingFilters): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const k of FILTER_KEYS) out.delete(k);
	if (f.provinsi) out.set('provinsi', f.provinsi);
	if (f.predikat) out.set('predikat', f.predikat);
	if (f.min) out.set('min', f.min);
	if (f.naik) out.set('naik', f.naik);
	if (f.q) out.set('q', f.q);
	if (f.dua) out.set('dua', '1');
	return out;
}

/** The fields of a ranked row the filters read (CategoryItem has them all). */
export interface FilterableRow {
	name: string;
	provinsi_kode: string | null;
	predicate: string;
	nilai: number | null;
	perubahan: number | null;
	prev_year: number | null;
}

/** 3.82 → 382: a two-decimal score as exact hundredths (the double only carries it). */
const hundredths = (v: number) => Math.round(v * 100);

/**
 * The reader's filters, applied to rows already ranked: the one definition of what each filter
 * keeps, for the prerendered rows and for rows the browser's DuckDB returns alike. Filters only
 * hide rows, so every row keeps its official rank. Scores are compared as integer hundredths
 * (3.82 − 2.60 never becomes 1.2199999999999998), the predicate by its place in the scale.
 */
export function applyFilters<R extends FilterableRow>(rows: readonly R[], f: RankingFilters): R[] {
	if (!hasFilters(f)) return [...rows];
	const minPlace = f.predikat === null ? null : PREDICATES.indexOf(f.predikat as never);
	const min = f.min === null ? null : parseHundredths(f.min);
	const naik = f.naik === null ? null : parseHundredths(f.naik);
	const q = f.q === null ? null : f.q.toLowerCase();
	return rows.filter(
		(r) =>
			(f.provinsi === null || r.provinsi_kode === f.provinsi) &&
			(minPlace === null || PREDICATES.indexOf(r.predicate as never) >= minPlace) &&
			(min === null || (r.nilai !== null && hundredths(r.nilai) >= min)) &&
			(naik === null || (r.perubahan !== null && hundredths(r.perubahan) >= naik)) &&
			(q === null || r.name.toLowerCase().includes(q)) &&
			(!f.dua || r.prev_year !== null)
	);
}
