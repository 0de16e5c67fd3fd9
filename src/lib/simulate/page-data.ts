/**
 * What the simulator page needs, in the shape the build writes into it: the methodologies as
 * the simulator takes them, every instansi with indicator levels (its latest year's levels as
 * digits), and each year's published values, against which a scenario is ranked. Pure: the
 * published rows in, page data out (the route's server load runs the queries).
 */
import { methodologyOfYear, type Methodology } from '$lib/methodology';
import type { SimMethod } from './recompute';

export interface SimInstansi {
	id: string;
	/** the latest year with indicator levels */
	year: number;
	/** that year's levels, one digit per indicator in order */
	levels: string;
}

export interface SimYear {
	year: number;
	status: string;
	complete: boolean;
	sourceTitle: string | null;
	/** every published value that year: [instansi id, index in hundredths] */
	values: [string, number][];
}

export interface SimPageData {
	methods: SimMethod[];
	/** the newest methodology (Indeks Pemdi) when its files are not installed */
	missing: { regulation: string; indexName: string } | null;
	instansi: SimInstansi[];
	years: SimYear[];
	/** name and kind of every instansi ranked in those years (every one with levels is), by id */
	names: Record<string, [string, string]>;
}

const simMethod = (m: Methodology, key: SimMethod['key']): SimMethod => ({
	key,
	id: m.id,
	regulation: m.regulation,
	indexName: m.indexName,
	items: m.items.map((i) => ({
		level: i.level,
		no: i.no,
		parentNo: i.parentNo,
		weightH: i.weightH,
		code: i.code,
		name: i.name
	})),
	bands: m.bands,
	printed: m.printed
});

/**
 * The SPBE methodology is the one governing `year` (the latest with indicator levels, else the
 * latest table); the Pemdi one the newest (named when not installed, so the page can say so).
 */
export function methodsFor(
	list: readonly Methodology[],
	year: number
): Pick<SimPageData, 'methods' | 'missing'> {
	const methods: SimMethod[] = [];
	const spbe = methodologyOfYear(list, year);
	if (spbe?.installed && spbe.items.length > 0) methods.push(simMethod(spbe, 'spbe'));
	const newest = [...list].sort((a, b) => b.firstYear - a.firstYear)[0];
	let missing: SimPageData['missing'] = null;
	if (newest && newest.id !== spbe?.id) {
		if (newest.installed && newest.items.length > 0) methods.push(simMethod(newest, 'pemdi'));
		else missing = { regulation: newest.regulation, indexName: newest.indexName };
	}
	return { methods, missing };
}
