/**
 * The SPBE bands of PermenPANRB 59/2020, read from data/spbe/predicates.csv (the same file the
 * pipeline turns into the `predicate_band` table), for code that works without the published
 * tables at hand: the import check and the map. Everything that shows a published value
 * takes the bands of that value's methodology from the data instead.
 *
 * Only the first five columns are read (predicate, bounds, inclusiveness): plain fields with
 * no quotes or commas, split without a CSV library so that the pages which show a predicate
 * do not download one (bands-agree.test.ts compares this with a full parse of the file).
 */
import text from '../../../data/spbe/predicates.csv?raw';
import { bandsFromRows, type Bands } from './bands';

function parse(csv: string): Bands {
	const [header = '', ...lines] = csv.trim().split(/\r?\n/);
	const columns = header.split(',');
	const col = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
	const { bands, problems } = bandsFromRows(
		lines.map((line) => {
			const cells = line.split(',');
			return {
				predicate: col(cells, 'predicate'),
				lower: col(cells, 'lower_bound'),
				upper: col(cells, 'upper_bound'),
				lower_inclusive: col(cells, 'lower_inclusive'),
				upper_inclusive: col(cells, 'upper_inclusive')
			};
		})
	);
	if (problems.length > 0) throw new Error(`data/spbe/predicates.csv: ${problems.join('; ')}`);
	return bands;
}

export const SPBE_BANDS: Bands = parse(text);
