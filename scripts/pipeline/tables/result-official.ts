/**
 * The official 2023 and 2024 rows of `result` (data/spbe/spbe_results.csv): each name placed
 * on one Kemendagri code or central slug, each index checked against its four domains and
 * each predicate against its band, with the data-quality notes they call for.
 */
import { hundredthsToText } from '../../../src/lib/scores/score';
import type { CsvRow } from '../csv';
import type { DataNote, Kind, Result } from '../model';
import {
	DOMAINS,
	checkIndexFromDomains,
	checkPredicate,
	fourDecimals,
	recomputeIndex
} from '../rules';
import type { Context } from './context';
import type { InstansiTables } from './instansi';
import type { Methodologies } from './methodology';

export const REGION_GROUPS: Record<string, 'provinsi' | 'kabupaten' | 'kota'> = {
	'Pemerintah Provinsi': 'provinsi',
	'Pemerintah Kabupaten': 'kabupaten',
	'Pemerintah Kota': 'kota'
};
const CENTRAL_GROUPS = new Set([
	'Kementerian',
	'LPNK',
	'Alat Negara',
	'Sekretariat Kabinet',
	'Sekretariat Jenderal Lembaga Negara',
	'Instansi Lainnya',
	'Lembaga Penyiaran Publik',
	'LNS'
]);
const DOMAIN_COLUMNS = {
	kebijakan: 'domain_1_kebijakan',
	tata_kelola: 'domain_2_tata_kelola',
	manajemen: 'domain_3_manajemen',
	layanan: 'domain_4_layanan'
} as const;

export interface Rows {
	result: Result[];
	data_note: DataNote[];
	/** rows per "year|kelompok" (pusat, provinsi, kabupaten, kota), for the count check */
	counted: Map<string, number>;
}

/** "pusat" for central bodies, else the region kind: the groups the reports count. */
export const countGroup = (kind: Kind) =>
	kind === 'kementerian' || kind === 'lembaga' ? 'pusat' : kind;

export function officialResults(ctx: Context, inst: InstansiTables, m: Methodologies): Rows {
	const t = ctx.raw.results;
	const result: Result[] = [];
	const data_note: DataNote[] = [];
	const usedInYear = new Map<string, CsvRow>();
	const counted = new Map<string, number>();
	const subgroupYear = new Map<string, number>();
	const checkedReports = new Set<number>();
	for (const r of t.rows) {
		const v = r.values;
		const year = ctx.int(t, r, 'year');
		const group = v.instansi_group ?? '';
		const name = v.instansi_name ?? '';
		let id: string | null = null;
		let kind: Kind | null = null;
		const regionKind = REGION_GROUPS[group];
		if (regionKind) {
			const found = ctx.regionMatcher.match(name, {
				kind: regionKind,
				provinsi: v.province_name || undefined
			});
			if (found.ok) id = found.kode;
			else
				ctx.problem(
					t,
					r,
					'instansi_name',
					'region-match',
					ctx.regionFailure(name, v.province_name ?? '', found)
				);
			kind = regionKind;
		} else if (CENTRAL_GROUPS.has(group)) {
			const found = ctx.centralMatcher.match(name);
			if (found.ok) id = found.slug;
			else ctx.problem(t, r, 'instansi_name', 'central-match', ctx.centralFailure(name) ?? '');
			kind = group === 'Kementerian' ? 'kementerian' : 'lembaga';
			if (id && inst.byId.get(id)?.kind !== kind) {
				ctx.problem(
					t,
					r,
					'instansi_group',
					'central-match',
					`"${name}" is listed as ${kind} here but as ${inst.byId.get(id)?.kind} in central_instansi.csv`
				);
			}
		} else {
			ctx.problem(t, r, 'instansi_group', 'group', `unknown group "${group}"`);
		}
		const domains: Partial<Record<(typeof DOMAINS)[number], number | null>> = {};
		for (const d of DOMAINS) domains[d] = ctx.score(t, r, DOMAIN_COLUMNS[d]);
		const indexH = ctx.score(t, r, 'index');
		if (year === null || id === null || kind === null || indexH === null) continue;

		const key = `${year}|${id}`;
		const first = usedInYear.get(key);
		if (first) {
			ctx.problem(
				t,
				r,
				'instansi_name',
				'duplicate-code',
				`${id} (${name}) appears twice in ${year}: also line ${first.line}`
			);
			continue;
		}
		usedInYear.set(key, r);
		if (!checkedReports.has(year)) {
			checkedReports.add(year);
			ctx.requireSource(t, r, 'year', `lap${year}`);
		}
		const bucket = `${year}|${countGroup(kind)}`;
		counted.set(bucket, (counted.get(bucket) ?? 0) + 1);

		const version = m.versionOf(year);
		const complete = DOMAINS.every((d) => typeof domains[d] === 'number');
		let unroundedMillionths: number | null = null;
		if (complete) {
			const ds = domains as Record<(typeof DOMAINS)[number], number>;
			unroundedMillionths = recomputeIndex(ds, m.spbeDomainWeights);
			const err = checkIndexFromDomains(ds, indexH, m.spbeDomainWeights);
			if (err) ctx.problem(t, r, 'index', 'index-from-domains', err);
			for (const d of DOMAINS) {
				if (ds[d] < 100) {
					data_note.push({
						instansi_id: id,
						year,
						kind: 'out_of_scale',
						field: d,
						message: `Domain ${d} printed as ${hundredthsToText(ds[d])}, below the 1–5 scale; kept as printed (consistent with the printed index)`,
						source_id: `lap${year}`
					});
				}
			}
		}
		const unrounded =
			unroundedMillionths === null ? null : { num: unroundedMillionths, den: 1_000_000 };
		const pred = checkPredicate(m.bandsOf(version), v.predicate ?? '', indexH, unrounded);
		if (pred.error) ctx.problem(t, r, 'predicate', 'predicate-band', pred.error);
		if (pred.boundary) {
			data_note.push({
				instansi_id: id,
				year,
				kind: 'boundary_predicate',
				field: 'predicate',
				message: `Index printed ${hundredthsToText(indexH)} (on a band edge) with predicate ${v.predicate}: the report assigns predicates on the unrounded index ${fourDecimals(unroundedMillionths ?? 0)}`,
				source_id: `lap${year}`
			});
		}
		if (v.note && !pred.boundary) {
			data_note.push({
				instansi_id: id,
				year,
				kind: /filled/.test(v.note) ? 'filled_cell' : 'as_printed',
				field: null,
				message: v.note,
				source_id: `lap${year}`
			});
		}
		const instansi = inst.byId.get(id);
		const isCentral = kind === 'kementerian' || kind === 'lembaga';
		if (instansi && isCentral && year >= (subgroupYear.get(id) ?? 0)) {
			instansi.subgroup = group; // the report's own group in the latest year
			subgroupYear.set(id, year);
		}
		result.push({
			instansi_id: id,
			year,
			methodology: version,
			index_h: indexH,
			kebijakan_h: domains.kebijakan ?? null,
			tata_kelola_h: domains.tata_kelola ?? null,
			manajemen_h: domains.manajemen ?? null,
			layanan_h: domains.layanan ?? null,
			predicate: v.predicate ?? '',
			status: 'official',
			source_id: `lap${year}`,
			source_table: `Tabel ${v.table_no}`,
			source_row: ctx.int(t, r, 'row_no'),
			name_as_printed: name,
			subgroup: group,
			note: v.note || null,
			caveat: null
		});
	}
	return { result, data_note, counted };
}
