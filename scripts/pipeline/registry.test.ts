import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createRegionMatcher, searchKey, splitKind } from '../../src/lib/regions/index.ts';
import type { MatchHint, RegionKind } from '../../src/lib/regions/index.ts';
import { loadRegionAliases, loadRegions } from './registry.ts';

const regions = loadRegions();
const aliases = loadRegionAliases();
const matcher = createRegionMatcher(regions, aliases);
const byKode = new Map(regions.map((region) => [region.kode, region]));

function readCsv(path: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
}

/** Keys of every data spelling that matched through an alias (to find dead aliases). */
const aliasKeysUsed = new Set<string>();
const failures: string[] = [];

/** Match one data name; record a failure (with `where`) instead of throwing. */
function resolve(name: string, hint: MatchHint, where: string): string | undefined {
	const result = matcher.match(name, hint);
	if (!result.ok) {
		const near = result.candidates.map((region) => `${region.kode} ${region.nama}`).join('; ');
		failures.push(`${where}: "${name}" ${JSON.stringify(hint)} → ${result.reason} [${near}]`);
		return undefined;
	}
	if (result.via === 'alias') aliasKeysUsed.add(searchKey(name));
	return result.kode;
}

/** Province code of a table's province column, or undefined (recorded as a failure). */
function provinsiOf(name: string, where: string): string | undefined {
	return resolve(name, { kind: 'provinsi' }, `${where} (province column)`);
}

const GROUP_KIND: Record<string, RegionKind> = {
	'Pemerintah Provinsi': 'provinsi',
	'Pemerintah Kabupaten': 'kabupaten',
	'Pemerintah Kota': 'kota'
};

const spbe = new Map<string, { kode: string; kind: RegionKind }[]>();
for (const row of readCsv('data/spbe/spbe_results.csv')) {
	const kind = GROUP_KIND[row.instansi_group ?? ''];
	if (!kind) continue;
	const where = `spbe ${row.year} Tabel ${row.table_no} No ${row.row_no}`;
	const provinsi = provinsiOf(row.province_name ?? '', where);
	const kode = resolve(row.instansi_name ?? '', { kind, provinsi: row.province_name }, where);
	if (kode === undefined) continue;
	if (byKode.get(kode)?.provinsiKode !== provinsi)
		failures.push(`${where}: ${kode} is not in province ${provinsi}`);
	const list = spbe.get(row.year ?? '') ?? [];
	spbe.set(row.year ?? '', [...list, { kode, kind }]);
}

for (const [i, row] of readCsv('data/reported/values.csv').entries()) {
	const kind = row.type as RegionKind | 'instansi_pusat';
	if (kind === 'instansi_pusat') continue;
	const where = `reported/values.csv line ${i + 2}`;
	const provinsi = row.province ? provinsiOf(row.province, where) : undefined;
	const hint = { kind, provinsi: row.province || undefined };
	const kode = resolve(row.name ?? '', hint, where);
	if (kode !== undefined && provinsi !== undefined && !kode.startsWith(provinsi))
		failures.push(`${where}: ${kode} is not in province ${provinsi}`);
}

describe('region registry (idn-area-data)', () => {
	it('has 38 provinces and 514 kabupaten/kota', () => {
		expect(regions.filter((region) => region.kind === 'provinsi')).toHaveLength(38);
		expect(regions.filter((region) => region.kind !== 'provinsi')).toHaveLength(514);
		expect(new Set(regions.map((region) => region.kode)).size).toBe(regions.length);
	});
});

describe('matching the real data', () => {
	it('matches every region row of spbe_results.csv and reported/values.csv to one code', () => {
		expect(failures, failures.join('\n')).toEqual([]);
	});

	it.each([
		['2024', { provinsi: 38, kabupaten: 392, kota: 93 }],
		['2023', { provinsi: 38, kabupaten: 398, kota: 93 }]
	])('%s: expected counts of regions, no code used twice', (year, counts) => {
		const rows = spbe.get(year) ?? [];
		const count = (kind: RegionKind) => rows.filter((row) => row.kind === kind).length;
		expect(new Set(rows.map((row) => row.kode)).size).toBe(rows.length);
		expect(rows.length).toBe(counts.provinsi + counts.kabupaten + counts.kota);
		expect({
			provinsi: count('provinsi'),
			kabupaten: count('kabupaten'),
			kota: count('kota')
		}).toEqual(counts);
	});

	it('agrees with the kode column of awards/dlga.csv', () => {
		const rows = readCsv('data/awards/dlga.csv');
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const name = (row.recipient ?? '').replace(/\s*\(.*\)\s*$/, '');
			expect(matcher.match(name), row.recipient).toEqual({
				ok: true,
				kode: row.kode,
				via: 'exact'
			});
		}
	});
});

describe('region_aliases.csv', () => {
	it.each(aliases.map((row) => [row.alias, row]))('%s: known kode, used by the data', (_, row) => {
		const region = byKode.get(row.kode);
		expect(region, `unknown kode ${row.kode}`).toBeDefined();
		expect(row.reason.trim()).not.toBe('');
		const { kind, rest } = splitKind(row.alias);
		const keys = kind ? [`${kind} ${rest}`] : [rest, `${region?.kind} ${rest}`];
		expect(
			keys.some((key) => aliasKeysUsed.has(key)),
			`dead alias: no data row matches via "${row.alias}"`
		).toBe(true);
	});

	it('has no alias the normaliser alone already matches', () => {
		const aliasFree = createRegionMatcher(regions, []);
		for (const row of aliases) expect(aliasFree.match(row.alias).ok, row.alias).toBe(false);
	});
});
