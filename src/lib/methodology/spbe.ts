/**
 * The SPBE bands of PermenPANRB 59/2020, read from data/spbe/predicates.csv (the same file the
 * pipeline turns into the `predicate_band` table), for code that works without the published
 * tables at hand: the import check and the map. Everything that shows a published value
 * takes the bands of that value's methodology from the data instead.
 *
 * Read with bandsFromCsv (no CSV library, so the pages which show a predicate do not download
 * one); bands-agree.test.ts compares this with a full parse of the file.
 */
import text from '../../../data/spbe/predicates.csv?raw';
import { bandsFromCsv, type Bands } from './bands';

export const SPBE_BANDS: Bands = bandsFromCsv(text, 'data/spbe/predicates.csv');
