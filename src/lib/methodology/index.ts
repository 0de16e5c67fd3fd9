/**
 * The methodologies as the published tables give them (methodologies.sql,
 * methodology_items.sql, predicate_bands.sql): each regulation with the years it governs, its
 * structure and its bands, so that every predicate, gap and band line takes the bands of the
 * value's own year. Pure: rows in, objects out.
 */
import { isPredicate } from '../scores/names';
import type { Band } from './bands';
import type { StructureItem } from './compute';
import type { MethodologyItemRow, MethodologyRow, PredicateBandRow } from '../db/row-types';

export * from './bands';
export * from './compute';
export * from './family';

export interface MethodologyItem extends StructureItem {
	code: string | null;
	name: string;
}

export interface Methodology {
	id: string;
	regulation: string;
	indexName: string;
	firstYear: number;
	lastYear: number | null;
	installed: boolean;
	note: string | null;
	sourceTitle: string | null;
	items: MethodologyItem[];
	bands: Band[];
	/** each band as the regulation prints it ("3,5 – < 4,2"), lowest first */
	printed: string[];
}

// the rows of methodologies.sql and methodology_items.sql, as the data layer types them
type VersionRow = Omit<MethodologyRow, 'source_id'>;
type ItemRow = MethodologyItemRow;
type BandRow = Omit<PredicateBandRow, 'source_id'>;

/** Hundredths from a DECIMAL the engine returns as a number (3.8200000000000003 → 382). */
const hundredths = (v: number | null) => (v === null ? null : Math.round(v * 100));

export function methodologiesFrom(
	versions: readonly VersionRow[],
	items: readonly ItemRow[],
	bands: readonly BandRow[]
): Methodology[] {
	return versions.map((v) => {
		const own = bands.filter((b) => b.methodology === v.id).sort((a, b) => a.no - b.no);
		return {
			id: v.id,
			regulation: v.regulation,
			indexName: v.index_name,
			firstYear: Number(v.first_year),
			lastYear: v.last_year === null ? null : Number(v.last_year),
			installed: v.installed,
			note: v.note,
			sourceTitle: v.source_title,
			items: items
				.filter((i) => i.version === v.id)
				.map((i) => ({
					level: i.level,
					no: Number(i.no),
					code: i.code,
					name: i.name,
					parentNo: i.parent_no === null ? null : Number(i.parent_no),
					weightH: hundredths(i.weight_percent) ?? 0
				})),
			bands: own.flatMap((b) =>
				isPredicate(b.predicate)
					? [{ predicate: b.predicate, lowerH: hundredths(b.lower), upperH: hundredths(b.upper) }]
					: []
			),
			printed: own.map((b) => b.interval_as_printed)
		};
	});
}

/** The methodology governing a year, or undefined. */
export function methodologyOfYear<M extends Pick<Methodology, 'firstYear' | 'lastYear'>>(
	list: readonly M[],
	year: number
): M | undefined {
	return list.find((m) => year >= m.firstYear && (m.lastYear === null || year <= m.lastYear));
}
