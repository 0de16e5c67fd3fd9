/** Reads the embedded data (data/) and the region registry: the pipeline's only I/O in. */
import { join } from 'node:path';
import { readCsv } from './csv';
import { COLUMNS, type RawData, type Registry } from './normalise';
import { loadRegionAliases, loadRegions } from './registry';
import { loadCentralAliases, loadCentralInstansi } from './central';

export const DATA_FILES: Record<keyof RawData, string> = {
	results: 'spbe/spbe_results.csv',
	national: 'spbe/national_index.csv',
	groupMeans: 'spbe/group_means.csv',
	methodology: 'spbe/methodology.csv',
	predicates: 'spbe/predicates.csv',
	reported: 'reported/values.csv',
	dlga: 'awards/dlga.csv',
	sources: 'reference/sources.csv',
	counts: 'reference/report_counts.csv',
	versions: 'reference/methodology_versions.csv',
	awardCategories: 'reference/award_categories.csv'
};

export function readRawData(dir = 'data'): RawData {
	const out = {} as RawData;
	for (const [key, file] of Object.entries(DATA_FILES) as [keyof RawData, string][]) {
		out[key] = readCsv(join(dir, file), COLUMNS[key]);
	}
	return out;
}

export function readRegistry(dir = 'data'): Registry {
	return {
		regions: loadRegions(),
		regionAliases: loadRegionAliases(join(dir, 'reference/region_aliases.csv')),
		central: loadCentralInstansi(join(dir, 'reference/central_instansi.csv')),
		centralAliases: loadCentralAliases(join(dir, 'reference/central_aliases.csv'))
	};
}
