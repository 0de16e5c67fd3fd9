/**
 * The SPBE bands of PermenPANRB 59/2020, read from data/spbe/predicates.csv (the same file the
 * pipeline turns into the `predicate_band` table), for code that works without the published
 * tables at hand: the import check and the map. Everything that shows a published value
 * takes the bands of that value's methodology from the data instead.
 */
import Papa from 'papaparse';
import text from '../../../data/spbe/predicates.csv?raw';
import { bandsFromRows, type BandRow, type Bands } from './bands';

function parse(csv: string): Bands {
	const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
	const { bands, problems } = bandsFromRows(
		rows.map((r): BandRow => ({
			predicate: r.predicate ?? '',
			lower: r.lower_bound ?? '',
			upper: r.upper_bound ?? '',
			lower_inclusive: r.lower_inclusive,
			upper_inclusive: r.upper_inclusive
		}))
	);
	if (problems.length > 0) throw new Error(`data/spbe/predicates.csv: ${problems.join('; ')}`);
	return bands;
}

export const SPBE_BANDS: Bands = parse(text);
