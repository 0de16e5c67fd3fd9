/**
 * A scenario in the address, so a shared link reloads to the same figures:
 *
 *   ?metode=spbe&instansi=35.73&tingkat=33335553…   (47 digits, one per indicator, in order)
 *   ?metode=pemdi&tingkat=1.26_2_3…                  (values between levels: decimals, "_" apart)
 *   ?metode=spbe&kelompok=kota&tahun=2022&tingkat=…  (a blank start ranked against a group)
 *   ?metode=pemdi&impor=2026_32.73&awal=4444…&tingkat=…  (a start from an imported row)
 *
 * `tingkat` is left out while the levels are the start's; `kelompok`/`tahun` only matter
 * without an instansi (which brings its own group and year). A start from an imported Indeks
 * Pemdi row keeps its values in `awal` (a link opened in a browser without that import still
 * gives the same figures) and names the row in `impor` (year_id), for its label only. Pure: parameters in, scenario out,
 * with what was not understood named, never silently replaced.
 */
import type { MethodKey } from './recompute';

export interface Scenario {
	method: MethodKey;
	/** the instansi whose levels the scenario starts from (SPBE), or null: a blank start */
	instansi: string | null;
	/** the peers' group and year for a blank start */
	group: string | null;
	year: number | null;
	/** the values in hundredths, indicatorsOf order; null: the start's own */
	valuesH: number[] | null;
	/** the start's values when they came from an imported row (Pemdi), else null */
	startH?: number[] | null;
	/** that imported row, `year_id` (parseImportKey) */
	imported?: string | null;
}

export const PARAMS = {
	method: 'metode',
	instansi: 'instansi',
	group: 'kelompok',
	year: 'tahun',
	values: 'tingkat',
	start: 'awal',
	imported: 'impor'
} as const;

/** The values as the address writes them: digits for whole levels, else "_"-separated decimals. */
export function encodeValues(valuesH: readonly number[]): string {
	if (valuesH.every((v) => v % 100 === 0)) return valuesH.map((v) => v / 100).join('');
	return valuesH.map((v) => (v % 100 === 0 ? String(v / 100) : (v / 100).toFixed(2))).join('_');
}

/** The values of `text` for `count` indicators, each 1,00–5,00; null when it is not that. */
export function decodeValues(text: string, count: number): number[] | null {
	const parts = text.includes('_') ? text.split('_') : [...text];
	if (parts.length !== count) return null;
	const out: number[] = [];
	for (const p of parts) {
		if (!/^[1-5](\.\d{1,2})?$/.test(p)) return null;
		const h = Math.round(Number(p) * 100);
		if (h < 100 || h > 500) return null;
		out.push(h);
	}
	return out;
}

export function encodeScenario(s: Scenario): URLSearchParams {
	const p = new URLSearchParams();
	p.set(PARAMS.method, s.method);
	if (s.instansi) p.set(PARAMS.instansi, s.instansi);
	else {
		if (s.group) p.set(PARAMS.group, s.group);
		if (s.year !== null) p.set(PARAMS.year, String(s.year));
	}
	if (s.startH) {
		if (s.imported) p.set(PARAMS.imported, s.imported);
		p.set(PARAMS.start, encodeValues(s.startH));
	}
	if (s.valuesH) p.set(PARAMS.values, encodeValues(s.valuesH));
	return p;
}

export interface DecodeContext {
	/** the methodologies installed, and how many indicators each has */
	indicators: Partial<Record<MethodKey, number>>;
	/** whether an instansi id has indicator levels to start from */
	hasInstansi: (id: string) => boolean;
	groups: readonly string[];
	years: readonly number[];
}

/** The scenario of an address; `ignored` names each parameter that could not be used. */
export function decodeScenario(
	params: URLSearchParams,
	ctx: DecodeContext
): { scenario: Scenario; ignored: string[] } {
	const ignored: string[] = [];
	const get = (k: string) => params.get(k);
	const keep = (k: string) => ignored.push(`${k}=${get(k)}`);

	let method: MethodKey = 'spbe';
	const m = get(PARAMS.method);
	if (m !== null) {
		if ((m === 'spbe' || m === 'pemdi') && ctx.indicators[m] !== undefined) method = m;
		else keep(PARAMS.method);
	}
	let instansi: string | null = null;
	const id = get(PARAMS.instansi);
	if (id !== null) {
		if (method === 'spbe' && ctx.hasInstansi(id)) instansi = id;
		else keep(PARAMS.instansi);
	}
	let group: string | null = null;
	let year: number | null = null;
	const g = get(PARAMS.group);
	if (g !== null) {
		if (!instansi && method === 'spbe' && ctx.groups.includes(g)) group = g;
		else keep(PARAMS.group);
	}
	const y = get(PARAMS.year);
	if (y !== null) {
		if (!instansi && method === 'spbe' && ctx.years.includes(Number(y))) year = Number(y);
		else keep(PARAMS.year);
	}
	let valuesH: number[] | null = null;
	const v = get(PARAMS.values);
	if (v !== null) {
		valuesH = decodeValues(v, ctx.indicators[method] ?? 0);
		if (!valuesH) keep(PARAMS.values);
	}
	let startH: number[] | null = null;
	const a = get(PARAMS.start);
	if (a !== null) {
		startH = method === 'pemdi' ? decodeValues(a, ctx.indicators[method] ?? 0) : null;
		if (!startH) keep(PARAMS.start);
	}
	let imported: string | null = null;
	const imp = get(PARAMS.imported);
	if (imp !== null) {
		if (startH && /^\d{4}_./.test(imp)) imported = imp;
		else keep(PARAMS.imported);
	}
	// the imported start's fields only where there is one (optional in Scenario)
	const start = startH ? { startH, imported } : {};
	return { scenario: { method, instansi, group, year, valuesH, ...start }, ignored };
}
