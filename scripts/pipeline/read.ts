/** Reads the embedded data (data/), the optional history and Pemdi folders and the registries. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsv, type CsvTable } from './csv';
import { PEMDI_RESULTS_COLUMNS } from './tables/result-pemdi';
import {
	COLUMNS,
	HISTORY_COLUMNS,
	PEMDI_COLUMNS,
	type RawData,
	type RawHistory,
	type RawPemdi,
	type Registry
} from './raw';
import { loadRegionAliases, loadRegions } from './registry';
import { loadCentralAliases, loadCentralFormer, loadCentralInstansi } from './central';

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
	awardCategories: 'reference/award_categories.csv',
	structurePp5: 'reference/methodology_pp5_2018.csv',
	predicatesPp5: 'reference/predicates_pp5_2018.csv',
	regionNames: 'reference/region_names.csv',
	provinceSplits: 'reference/province_splits.csv'
};

/** The history's files in its folder, and our reference tables about it in data/. */
export const HISTORY_FILES = {
	spbe2018: 'spbe_2018.csv',
	indicators: 'spbe_indicators_2021_2022.csv',
	compiled: 'spbe_index_2019_2020_compiled.csv'
} as const;
export const HISTORY_REFERENCE = {
	counts: 'reference/history_counts.csv',
	sources: 'reference/history_sources.csv'
} as const;
export const PEMDI_FILES = {
	methodology: 'methodology.csv',
	predicates: 'predicates.csv'
} as const;

/** Where the history is read from: HISTORY_DIR, default ../shared/data/history. */
export function historyDir(): string {
	return process.env.HISTORY_DIR ?? '../shared/data/history';
}
/** Where the Pemdi methodology is read from: PEMDI_DIR, default ../shared/data/pemdi. */
export function pemdiDir(): string {
	return process.env.PEMDI_DIR ?? '../shared/data/pemdi';
}

export function readRawData(dir = 'data'): RawData {
	const out = {} as RawData;
	for (const [key, file] of Object.entries(DATA_FILES) as [keyof RawData, string][]) {
		out[key] = readCsv(join(dir, file), COLUMNS[key]);
	}
	return out;
}

/**
 * The history, or null when its folder does not exist or holds none of its files (the site
 * then builds without it and says how to add it). A folder that holds some of the files but
 * lacks another is read anyway: the missing file becomes a problem that stops the build.
 */
export function readHistory(folder = historyDir(), dataDir = 'data'): RawHistory | null {
	if (!existsSync(resolve(folder))) return null;
	if (!Object.values(HISTORY_FILES).some((name) => existsSync(join(folder, name)))) return null;
	const file = (name: string, cols: readonly string[]) =>
		existsSync(join(folder, name))
			? readCsv(join(folder, name), cols)
			: {
					file: join(folder, name),
					rows: [],
					problems: [
						{
							file: join(folder, name),
							line: null,
							field: null,
							rule: 'history',
							message: `missing: the history folder ${folder} has no ${name}`
						}
					]
				};
	return {
		dir: folder,
		spbe2018: file(HISTORY_FILES.spbe2018, HISTORY_COLUMNS.spbe2018),
		indicators: file(HISTORY_FILES.indicators, HISTORY_COLUMNS.indicators),
		compiled: file(HISTORY_FILES.compiled, HISTORY_COLUMNS.compiled),
		counts: readCsv(join(dataDir, HISTORY_REFERENCE.counts), HISTORY_COLUMNS.counts),
		sources: readCsv(join(dataDir, HISTORY_REFERENCE.sources), HISTORY_COLUMNS.sources)
	};
}

/** Where the first published Indeks Pemdi results go when they are published (optional). */
export const PEMDI_RESULTS_FILE = 'pemdi/results.csv';

/** The published Indeks Pemdi results (data/pemdi/results.csv), or null while there are none. */
export function readPemdiResults(dir = 'data'): CsvTable | null {
	const file = join(dir, PEMDI_RESULTS_FILE);
	return existsSync(file) ? readCsv(file, PEMDI_RESULTS_COLUMNS) : null;
}

/** The Indeks Pemdi methodology, or null when its folder does not exist. */
export function readPemdi(folder = pemdiDir()): RawPemdi | null {
	if (!existsSync(resolve(folder))) return null;
	return {
		dir: folder,
		methodology: readCsv(join(folder, PEMDI_FILES.methodology), PEMDI_COLUMNS.methodology),
		predicates: readCsv(join(folder, PEMDI_FILES.predicates), PEMDI_COLUMNS.predicates)
	};
}

export function readRegistry(dir = 'data'): Registry {
	const current = loadCentralInstansi(join(dir, 'reference/central_instansi.csv'));
	const former = loadCentralFormer(join(dir, 'reference/central_former.csv'), current);
	return {
		regions: loadRegions(),
		// the history's spellings have their own reviewed tables (checked against the history)
		regionAliases: [
			...loadRegionAliases(join(dir, 'reference/region_aliases.csv')),
			...loadRegionAliases(join(dir, 'reference/region_aliases_history.csv'))
		],
		central: [...current, ...former.map((f) => f.body)],
		centralAliases: [
			...loadCentralAliases(join(dir, 'reference/central_aliases.csv')),
			...loadCentralAliases(join(dir, 'reference/central_aliases_history.csv'))
		],
		centralFormer: new Map(
			former.map((f) => [f.body.slug, { lastYear: f.lastYear, reason: f.reason }])
		)
	};
}
