import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { splitKind } from '../../src/lib/regions/index.ts';
import type { Region, RegionAlias } from '../../src/lib/regions/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Rows of a CSV file with a header, every column required to be present. */
function readCsv(path: string, columns: string[]): Record<string, string>[] {
	const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0]?.message}`);
	const missing = columns.filter((column) => !parsed.meta.fields?.includes(column));
	if (missing.length > 0) throw new Error(`${path}: missing column(s) ${missing.join(', ')}`);
	return parsed.data;
}

/** The 38 provinces and 514 kabupaten/kota of idn-area-data (Kemendagri codes). */
export function loadRegions(): Region[] {
	const require = createRequire(import.meta.url);
	const dataDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
	const provinces = readCsv(join(dataDir, 'provinces.csv'), ['code', 'name']);
	const provinsiNama = new Map(provinces.map((row) => [row.code ?? '', row.name ?? '']));
	const regions: Region[] = provinces.map((row) => ({
		kode: row.code ?? '',
		nama: row.name ?? '',
		kind: 'provinsi',
		provinsiKode: row.code ?? '',
		provinsiNama: row.name ?? ''
	}));
	for (const row of readCsv(join(dataDir, 'regencies.csv'), ['code', 'province_code', 'name'])) {
		const [kode, nama, provinsiKode] = [row.code ?? '', row.name ?? '', row.province_code ?? ''];
		const { kind } = splitKind(nama);
		const provinsi = provinsiNama.get(provinsiKode);
		if (kind !== 'kabupaten' && kind !== 'kota')
			throw new Error(`regency ${kode} "${nama}": no kind`);
		if (provinsi === undefined)
			throw new Error(`regency ${kode}: unknown province ${provinsiKode}`);
		regions.push({ kode, nama, kind, provinsiKode, provinsiNama: provinsi });
	}
	return regions;
}

/** The reviewed alias table (see src/lib/regions/README.md); relative paths are from the repo root. */
export function loadRegionAliases(path = 'data/reference/region_aliases.csv'): RegionAlias[] {
	return readCsv(resolve(ROOT, path), ['alias', 'kode', 'reason']).map((row) => ({
		alias: row.alias ?? '',
		kode: row.kode ?? '',
		reason: row.reason ?? ''
	}));
}
