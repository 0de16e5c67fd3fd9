/**
 * Turns the published tables in data/ into the relational model (model.ts) and lists
 * every problem that must stop the build. Pure: it reads nothing itself (see read.ts),
 * so every rule can be tested on a tiny fixture.
 */
import { hundredthsToText, parseHundredths } from '../../src/lib/scores';
import {
	createRegionMatcher,
	type MatchResult,
	type Region,
	type RegionAlias,
	type RegionKind
} from '../../src/lib/regions';
import {
	createCentralMatcher,
	slugify,
	type CentralAlias,
	type CentralInstansi
} from '../../src/lib/instansi';
import type { CsvRow, CsvTable } from './csv';
import type { Problem } from './problems';
import {
	AWARD_KELOMPOK,
	AWARD_MEASURES,
	type AwardCategory,
	type AwardResult,
	type DataNote,
	type Instansi,
	type Kind,
	type MethodologyItem,
	type MethodologyVersion,
	type Model,
	type Reconciliation,
	type ReportCount,
	type Result,
	type Source,
	type Statistic
} from './model';
import {
	DOMAINS,
	checkIndexFromDomains,
	checkPredicate,
	fourDecimals,
	recomputeIndex,
	type DomainWeights
} from './rules';

export interface RawData {
	results: CsvTable;
	national: CsvTable;
	groupMeans: CsvTable;
	methodology: CsvTable;
	predicates: CsvTable;
	reported: CsvTable;
	dlga: CsvTable;
	sources: CsvTable;
	counts: CsvTable;
	versions: CsvTable;
	awardCategories: CsvTable;
}

export interface Registry {
	regions: Region[];
	regionAliases: RegionAlias[];
	central: CentralInstansi[];
	centralAliases: CentralAlias[];
}

/** Required columns of each input file, checked when it is read. */
export const COLUMNS = {
	results: [
		'year',
		'table_no',
		'row_no',
		'instansi_group',
		'province_name',
		'instansi_name',
		'domain_1_kebijakan',
		'domain_2_tata_kelola',
		'domain_3_manajemen',
		'domain_4_layanan',
		'index',
		'predicate',
		'note'
	],
	national: ['year', 'measure', 'value', 'source_table'],
	groupMeans: ['year', 'group', 'measure', 'value', 'source_table'],
	methodology: [
		'indicator_no',
		'indicator_name',
		'aspect_no',
		'aspect_name',
		'domain_no',
		'domain_name',
		'weight_percent',
		'aspect_weight_percent',
		'domain_weight_percent'
	],
	predicates: ['predicate', 'lower_bound', 'upper_bound'],
	reported: ['name', 'type', 'province', 'year', 'index', 'predicate', 'source', 'note'],
	dlga: ['award', 'edition', 'category', 'rank', 'recipient', 'kode', 'source', 'note'],
	sources: ['id', 'publisher', 'title', 'date', 'address', 'note'],
	counts: ['year', 'kelompok', 'count', 'source_id', 'source_table'],
	versions: ['id', 'regulation', 'first_year', 'last_year', 'source_id', 'note'],
	awardCategories: [
		'slug',
		'no',
		'name_id',
		'name_en',
		'measure',
		'direction',
		'kelompok',
		'source_id',
		'basis'
	]
} as const satisfies Record<keyof RawData, readonly string[]>;

const REGION_GROUPS: Record<string, RegionKind> = {
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
const MEASURES: Record<string, string> = {
	index: 'index',
	'D1 Kebijakan': 'kebijakan',
	'D2 Tata Kelola': 'tata_kelola',
	'D3 Manajemen': 'manajemen',
	'D4 Layanan': 'layanan'
};
const CAVEAT = /UNCERTAIN YEAR|LOW CONFIDENCE|DERIVED|uncertain|ambiguous/;

export function buildModel(raw: RawData, reg: Registry): { model: Model; problems: Problem[] } {
	const problems: Problem[] = Object.values(raw).flatMap((t) => t.problems);
	const problem = (
		t: CsvTable,
		row: CsvRow | null,
		field: string | null,
		rule: string,
		message: string
	) => problems.push({ file: t.file, line: row?.line ?? null, field, rule, message });

	const int = (
		t: CsvTable,
		row: CsvRow,
		field: string,
		{ optional = false } = {}
	): number | null => {
		const text = row.values[field] ?? '';
		if (text === '' && optional) return null;
		if (!/^\d+$/.test(text)) {
			problem(t, row, field, 'type', `"${text}" is not a whole number`);
			return null;
		}
		return Number(text);
	};
	const score = (
		t: CsvTable,
		row: CsvRow,
		field: string,
		{ optional = false, max = 500 } = {}
	): number | null => {
		const text = row.values[field] ?? '';
		if (text === '' && optional) return null;
		const h = parseHundredths(text);
		if (h === null) {
			problem(t, row, field, 'score', `"${text}" is not a score with at most two decimals`);
			return null;
		}
		if (h < 0 || h > max) {
			problem(t, row, field, 'score', `${text} is outside 0–${max / 100}`);
			return null;
		}
		return h;
	};

	// --- sources ---------------------------------------------------------------------------
	const source: Source[] = raw.sources.rows.map((r) => ({
		id: r.values.id ?? '',
		publisher: r.values.publisher ?? '',
		title: r.values.title ?? '',
		date: r.values.date || null,
		address: r.values.address || null,
		note: r.values.note || null
	}));
	const sourceIds = new Set(source.map((s) => s.id));
	const requireSource = (t: CsvTable, row: CsvRow, field: string, id: string) => {
		if (!sourceIds.has(id))
			problem(t, row, field, 'source', `unknown source "${id}" (see data/reference/sources.csv)`);
	};
	/** "Laporan 2024 Tabel 4" → the report's source id and "Tabel 4". */
	const reportTable = (
		t: CsvTable,
		row: CsvRow,
		field: string
	): { source_id: string; table: string } => {
		const text = row.values[field] ?? '';
		const m = /^Laporan (\d{4}) (Tabel \d+)$/.exec(text);
		if (!m) {
			problem(t, row, field, 'source', `"${text}" is not of the form "Laporan YYYY Tabel N"`);
			return { source_id: '', table: text };
		}
		const id = `lap${m[1]}`;
		requireSource(t, row, field, id);
		return { source_id: id, table: m[2] ?? '' };
	};

	// --- methodology -------------------------------------------------------------------------
	const methodology_version: MethodologyVersion[] = raw.versions.rows.map((r) => {
		requireSource(raw.versions, r, 'source_id', r.values.source_id ?? '');
		return {
			id: r.values.id ?? '',
			regulation: r.values.regulation ?? '',
			first_year: int(raw.versions, r, 'first_year') ?? 0,
			last_year: int(raw.versions, r, 'last_year', { optional: true }),
			source_id: r.values.source_id ?? '',
			note: r.values.note ?? ''
		};
	});
	const versionOf = (year: number): string =>
		methodology_version.find(
			(v) => year >= v.first_year && (v.last_year === null || year <= v.last_year)
		)?.id ?? '';
	const current = 'pp59-2020';
	const methodology: MethodologyItem[] = [];
	const seen = new Set<string>();
	const domainWeights: Partial<DomainWeights> = {};
	const domainKeys = DOMAINS;
	const indicatorSum = new Map<number, number>();
	for (const r of raw.methodology.rows) {
		const t = raw.methodology;
		const ind = int(t, r, 'indicator_no');
		const asp = int(t, r, 'aspect_no');
		const dom = int(t, r, 'domain_no');
		const w = score(t, r, 'weight_percent', { max: 10000 });
		const aw = score(t, r, 'aspect_weight_percent', { max: 10000 });
		const dw = score(t, r, 'domain_weight_percent', { max: 10000 });
		if (ind === null || asp === null || dom === null || w === null || aw === null || dw === null)
			continue;
		const key = domainKeys[dom - 1];
		if (!key) {
			problem(t, r, 'domain_no', 'methodology', `domain ${dom} is not 1–4`);
			continue;
		}
		if (domainWeights[key] !== undefined && domainWeights[key] !== dw) {
			problem(t, r, 'domain_weight_percent', 'methodology', `domain ${dom} has two weights`);
		}
		domainWeights[key] = dw;
		indicatorSum.set(dom, (indicatorSum.get(dom) ?? 0) + w);
		methodology.push({
			version: current,
			level: 'indicator',
			no: ind,
			name: r.values.indicator_name ?? '',
			parent_no: asp,
			weight_h: w
		});
		if (!seen.has(`a${asp}`)) {
			seen.add(`a${asp}`);
			methodology.push({
				version: current,
				level: 'aspect',
				no: asp,
				name: r.values.aspect_name ?? '',
				parent_no: dom,
				weight_h: aw
			});
		}
		if (!seen.has(`d${dom}`)) {
			seen.add(`d${dom}`);
			methodology.push({
				version: current,
				level: 'domain',
				no: dom,
				name: r.values.domain_name ?? '',
				parent_no: null,
				weight_h: dw
			});
		}
	}
	const weights = domainWeights as DomainWeights;
	const weightTotal = DOMAINS.reduce((s, d) => s + (weights[d] ?? 0), 0);
	if (weightTotal !== 10000) {
		problem(
			raw.methodology,
			null,
			'domain_weight_percent',
			'methodology',
			`domain weights add up to ${weightTotal / 100}%, not 100%`
		);
	}
	DOMAINS.forEach((d, i) => {
		const sum = indicatorSum.get(i + 1);
		if (sum !== undefined && sum !== weights[d]) {
			problem(
				raw.methodology,
				null,
				'weight_percent',
				'methodology',
				`indicator weights of domain ${i + 1} add up to ${sum / 100}%, not its ${(weights[d] ?? 0) / 100}%`
			);
		}
	});

	// --- predicates must be the bands the code uses --------------------------------------
	// (checked by scripts/pipeline/predicates.test.ts; here only that the file parses)

	// --- instansi --------------------------------------------------------------------------
	const regionMatcher = createRegionMatcher(reg.regions, reg.regionAliases);
	const centralMatcher = createCentralMatcher(reg.central, reg.centralAliases);
	/** Why a region name failed, naming an unknown province as such. */
	const regionFailure = (
		name: string,
		province: string,
		m: Extract<MatchResult, { ok: false }>
	): string => {
		if (province) {
			const p = regionMatcher.match(province, { kind: 'provinsi' });
			if (!p.ok)
				return (
					`unknown province "${province}"` +
					suggestion(
						regionMatcher
							.suggest(province, 3)
							.filter((c) => c.kind === 'provinsi')
							.map((c) => `${c.nama} ${c.kode}`)
					)
				);
		}
		const where = province ? ` (${province})` : '';
		return m.reason === 'none'
			? `"${name}"${where} matches no Kemendagri code` +
					suggestion(m.candidates.map((c) => `${c.nama} ${c.kode}`))
			: `"${name}"${where} matches ${m.candidates.length} codes: ${m.candidates.map((c) => `${c.nama} ${c.kode}`).join(', ')}`;
	};
	const provinceName = new Map(
		reg.regions.filter((r) => r.kind === 'provinsi').map((r) => [r.kode, r.nama])
	);
	const instansi = new Map<string, Instansi>();
	for (const r of reg.regions) {
		instansi.set(r.kode, {
			id: r.kode,
			kind: r.kind,
			kode: r.kode,
			slug: slugify(r.nama),
			// provinces are listed bare in the registry ("Jawa Barat"); as an instansi they are
			// the provincial government, named as the report names it
			name: r.kind === 'provinsi' ? `Provinsi ${r.nama}` : r.nama,
			provinsi_kode: r.provinsiKode,
			provinsi_nama: provinceName.get(r.provinsiKode) ?? r.provinsiNama,
			subgroup: null,
			abbreviation: null
		});
	}
	for (const c of reg.central) {
		instansi.set(c.slug, {
			id: c.slug,
			kind: c.kind,
			kode: null,
			slug: c.slug,
			name: c.name,
			provinsi_kode: null,
			provinsi_nama: null,
			subgroup: null,
			abbreviation: c.abbreviation || null
		});
	}

	// --- official results -------------------------------------------------------------------
	const result: Result[] = [];
	const data_note: DataNote[] = [];
	const usedInYear = new Map<string, CsvRow>();
	const countByYear = new Map<string, number>();
	const subgroupYear = new Map<string, number>();
	const checkedReports = new Set<number>();
	for (const r of raw.results.rows) {
		const t = raw.results;
		const v = r.values;
		const year = int(t, r, 'year');
		const group = v.instansi_group ?? '';
		const name = v.instansi_name ?? '';
		let id: string | null = null;
		let kind: Kind | null = null;
		const regionKind = REGION_GROUPS[group];
		if (regionKind) {
			const m = regionMatcher.match(name, {
				kind: regionKind,
				provinsi: v.province_name || undefined
			});
			if (m.ok) id = m.kode;
			else
				problem(
					t,
					r,
					'instansi_name',
					'region-match',
					regionFailure(name, v.province_name ?? '', m)
				);
			kind = regionKind;
		} else if (CENTRAL_GROUPS.has(group)) {
			const m = centralMatcher.match(name);
			if (m.ok) id = m.slug;
			else
				problem(
					t,
					r,
					'instansi_name',
					'central-match',
					m.reason === 'none'
						? `"${name}" matches no central instansi in data/reference/central_instansi.csv` +
								suggestion(m.candidates.map((c) => c.name))
						: `"${name}" matches several central instansi: ${m.candidates.map((c) => c.slug).join(', ')}`
				);
			kind = group === 'Kementerian' ? 'kementerian' : 'lembaga';
			if (id && instansi.get(id)?.kind !== kind) {
				problem(
					t,
					r,
					'instansi_group',
					'central-match',
					`"${name}" is listed as ${kind} here but as ${instansi.get(id)?.kind} in central_instansi.csv`
				);
			}
		} else {
			problem(t, r, 'instansi_group', 'group', `unknown group "${group}"`);
		}
		const domains: Partial<Record<(typeof DOMAINS)[number], number | null>> = {};
		for (const d of DOMAINS) domains[d] = score(t, r, DOMAIN_COLUMNS[d]);
		const indexH = score(t, r, 'index');
		if (year === null || id === null || kind === null || indexH === null) continue;

		const key = `${year}|${id}`;
		const first = usedInYear.get(key);
		if (first) {
			problem(
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
			requireSource(t, r, 'year', `lap${year}`);
		}
		const bucket = `${year}|${kind === 'kementerian' || kind === 'lembaga' ? 'pusat' : kind}`;
		countByYear.set(bucket, (countByYear.get(bucket) ?? 0) + 1);

		const complete = DOMAINS.every((d) => typeof domains[d] === 'number');
		let unrounded: number | null = null;
		if (complete) {
			const ds = domains as Record<(typeof DOMAINS)[number], number>;
			unrounded = recomputeIndex(ds, weights);
			const err = checkIndexFromDomains(ds, indexH, weights);
			if (err) problem(t, r, 'index', 'index-from-domains', err);
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
		const pred = checkPredicate(v.predicate ?? '', indexH, unrounded);
		if (pred.error) problem(t, r, 'predicate', 'predicate-band', pred.error);
		if (pred.boundary) {
			data_note.push({
				instansi_id: id,
				year,
				kind: 'boundary_predicate',
				field: 'predicate',
				message: `Index printed ${hundredthsToText(indexH)} (on a band edge) with predicate ${v.predicate}: the report assigns predicates on the unrounded index ${fourDecimals(unrounded ?? 0)}`,
				source_id: `lap${year}`
			});
		}
		if (v.note && !pred.boundary) {
			const kindOfNote = /filled/.test(v.note) ? 'filled_cell' : 'as_printed';
			data_note.push({
				instansi_id: id,
				year,
				kind: kindOfNote,
				field: null,
				message: v.note,
				source_id: `lap${year}`
			});
		}
		const inst = instansi.get(id);
		const isCentral = kind === 'kementerian' || kind === 'lembaga';
		if (inst && isCentral && year >= (subgroupYear.get(id) ?? 0)) {
			inst.subgroup = group; // the report's own group in the latest year
			subgroupYear.set(id, year);
		}
		result.push({
			instansi_id: id,
			year,
			methodology: versionOf(year),
			index_h: indexH,
			kebijakan_h: domains.kebijakan ?? null,
			tata_kelola_h: domains.tata_kelola ?? null,
			manajemen_h: domains.manajemen ?? null,
			layanan_h: domains.layanan ?? null,
			predicate: v.predicate ?? '',
			status: 'official',
			source_id: `lap${year}`,
			source_table: `Tabel ${v.table_no}`,
			source_row: int(t, r, 'row_no'),
			name_as_printed: name,
			subgroup: group,
			note: v.note || null,
			caveat: null
		});
	}

	// --- counts against the report -----------------------------------------------------------
	for (const r of raw.counts.rows)
		requireSource(raw.counts, r, 'source_id', r.values.source_id ?? '');
	const report_count: ReportCount[] = raw.counts.rows.map((r) => ({
		year: int(raw.counts, r, 'year') ?? 0,
		kelompok: r.values.kelompok ?? '',
		count: int(raw.counts, r, 'count') ?? 0,
		source_id: r.values.source_id ?? '',
		source_table: r.values.source_table ?? ''
	}));
	for (const [i, c] of report_count.entries()) {
		const got = countByYear.get(`${c.year}|${c.kelompok}`) ?? 0;
		if (got !== c.count) {
			problems.push({
				file: raw.results.file,
				line: null,
				field: null,
				rule: 'report-count',
				message: `${c.year} has ${got} ${c.kelompok} rows but the report (${c.source_table}) counts ${c.count} (${raw.counts.file} line ${raw.counts.rows[i]?.line})`
			});
		}
	}
	for (const key of countByYear.keys()) {
		const [y, k] = key.split('|');
		if (!report_count.some((c) => `${c.year}|${c.kelompok}` === key)) {
			problem(
				raw.counts,
				null,
				'kelompok',
				'report-count',
				`no report count for ${y} ${k}: add it to check the table is complete`
			);
		}
	}
	// --- reported values ---------------------------------------------------------------------
	const reconciliation: Reconciliation[] = [];
	const reportedSources = new Map<string, string>();
	const reportedSourceId = (text: string): string => {
		let id = reportedSources.get(text);
		if (!id) {
			id = `rep${String(reportedSources.size + 1).padStart(3, '0')}`;
			reportedSources.set(text, id);
			const isUrl = /^https?:\/\//.test(text) && URL.canParse(text);
			const host = isUrl ? new URL(text).hostname.replace(/^www\./, '') : null;
			source.push({
				id,
				publisher: host ?? text.split(',')[0]?.trim() ?? text,
				title: isUrl ? text : text,
				date: null,
				address: isUrl ? text : null,
				note: 'reported'
			});
		}
		return id;
	};
	const officialBy = new Map(result.map((r) => [`${r.year}|${r.instansi_id}`, r]));
	const reportedBy = new Map<string, Result>();
	for (const r of raw.reported.rows) {
		const t = raw.reported;
		const v = r.values;
		const year = int(t, r, 'year');
		const indexH = score(t, r, 'index');
		const name = v.name ?? '';
		const type = v.type ?? '';
		if (!v.source) problem(t, r, 'source', 'source', 'a reported value needs its source');
		else if (/^https?:\/\//.test(v.source) && !URL.canParse(v.source))
			problem(t, r, 'source', 'source', `"${v.source}" is not a valid address`);
		if (year === null || indexH === null || !v.source) continue;
		const sid = reportedSourceId(v.source ?? '');
		let id: string | null = null;
		if (type === 'provinsi' || type === 'kabupaten' || type === 'kota') {
			const m = regionMatcher.match(name, { kind: type, provinsi: v.province || undefined });
			if (m.ok) id = m.kode;
			else problem(t, r, 'name', 'region-match', regionFailure(name, v.province ?? '', m));
			if (!id) continue;
		} else if (type === 'instansi_pusat') {
			const m = centralMatcher.match(name);
			if (m.ok) id = m.slug;
		} else {
			problem(
				t,
				r,
				'type',
				'type',
				`unknown type "${type}" (provinsi, kabupaten, kota, instansi_pusat)`
			);
			continue;
		}
		const pred = checkPredicate(v.predicate ?? '', indexH, null);
		if (pred.error) problem(t, r, 'predicate', 'predicate-band', pred.error);
		if (!id) {
			reconciliation.push({
				instansi_id: null,
				name_as_reported: name,
				year,
				reported_h: indexH,
				official_h: null,
				kind: 'unmatched',
				source_id: sid,
				message: `"${name}" is not matched to an evaluated central instansi; shown here only`
			});
			continue;
		}
		const official = officialBy.get(`${year}|${id}`);
		if (official) {
			const agrees = official.index_h === indexH;
			reconciliation.push({
				instansi_id: id,
				name_as_reported: name,
				year,
				reported_h: indexH,
				official_h: official.index_h,
				kind: agrees ? 'agrees' : 'disagrees',
				source_id: sid,
				message: agrees
					? 'reported value equals the official one'
					: `reported ${hundredthsToText(indexH)} but the official table (${official.source_table}) has ${hundredthsToText(official.index_h)}; the official value is shown`
			});
			continue;
		}
		const already = reportedBy.get(`${year}|${id}`);
		if (already) {
			if (already.index_h !== indexH) {
				reconciliation.push({
					instansi_id: id,
					name_as_reported: name,
					year,
					reported_h: indexH,
					official_h: null,
					kind: 'reported_conflict',
					source_id: sid,
					message: `two reports disagree: ${hundredthsToText(already.index_h)} (shown) and ${hundredthsToText(indexH)}`
				});
			}
			continue;
		}
		const caveat = v.note && CAVEAT.test(v.note) ? v.note : null;
		const res: Result = {
			instansi_id: id,
			year,
			methodology: versionOf(year),
			index_h: indexH,
			kebijakan_h: null,
			tata_kelola_h: null,
			manajemen_h: null,
			layanan_h: null,
			predicate: v.predicate ?? '',
			status: 'reported',
			source_id: sid,
			source_table: null,
			source_row: null,
			name_as_printed: name,
			subgroup: null,
			note: v.note || null,
			caveat
		};
		reportedBy.set(`${year}|${id}`, res);
		result.push(res);
		if (caveat)
			data_note.push({
				instansi_id: id,
				year,
				kind: 'caveat',
				field: 'index',
				message: caveat,
				source_id: sid
			});
	}

	// --- national series and group statistics ------------------------------------------------
	const statistic: Statistic[] = [];
	const statKey = new Map<string, { h: number; line: number; file: string }>();
	const addStat = (t: CsvTable, r: CsvRow, scope: string) => {
		const [stat = '', label = ''] = (r.values.measure ?? '').split(':');
		const measure = MEASURES[label] ?? (/^A(\d) /.exec(label) ? `a${label[1]}` : null);
		const year = int(t, r, 'year');
		if (r.values.value === '' && /printed '-'/.test(r.values.note ?? '')) return; // not measured that year
		const h = score(t, r, 'value');
		if (!measure || !['mean', 'max', 'min', 'target'].includes(stat)) {
			problem(t, r, 'measure', 'measure', `unknown measure "${r.values.measure}"`);
			return;
		}
		if (year === null || h === null) return;
		const { source_id, table } = reportTable(t, r, 'source_table');
		// The same figure may be printed by several tables (and reports): each printing is
		// kept with its own source. Within one table a figure must be printed once.
		const key = `${year}|${scope}|${measure}|${stat}|${source_id}|${table}`;
		const prev = statKey.get(key);
		if (prev) {
			problem(
				t,
				r,
				'value',
				'statistic-duplicate',
				`${key} is printed twice in one table (also ${prev.file} line ${prev.line})`
			);
			return;
		}
		statKey.set(key, { h, line: r.line, file: t.file });
		statistic.push({
			year,
			scope,
			measure,
			measure_label: label,
			stat,
			value_h: h,
			source_id,
			source_table: table
		});
	};
	for (const r of raw.national.rows) addStat(raw.national, r, 'Nasional');
	for (const r of raw.groupMeans.rows) addStat(raw.groupMeans, r, r.values.group ?? '');

	// --- awards --------------------------------------------------------------------------------
	const award_result: AwardResult[] = [];
	for (const r of raw.dlga.rows) {
		const t = raw.dlga;
		const v = r.values;
		const kode = v.kode ?? '';
		if (!instansi.has(kode)) {
			problem(t, r, 'kode', 'region-match', `"${kode}" is not a Kemendagri code`);
			continue;
		}
		const recipientName = (v.recipient ?? '').replace(/\s*\(.*\)\s*$/, '');
		const m = regionMatcher.match(recipientName);
		if (!m.ok || m.kode !== kode) {
			problem(
				t,
				r,
				'recipient',
				'region-match',
				`"${recipientName}" does not match its code ${kode} (${instansi.get(kode)?.name})`
			);
		}
		award_result.push({
			award: v.award ?? '',
			edition: int(t, r, 'edition') ?? 0,
			category: v.category ?? '',
			rank: int(t, r, 'rank', { optional: true }),
			recipient: v.recipient ?? '',
			instansi_id: kode,
			source_id: reportedSourceId(v.source ?? ''),
			note: v.note || null
		});
	}

	// --- award categories (the Digital Government Award's rules) ----------------------------------
	const award_category: AwardCategory[] = [];
	const categorySlugs = new Set<string>();
	for (const r of raw.awardCategories.rows) {
		const t = raw.awardCategories;
		const v = r.values;
		const slug = v.slug ?? '';
		if (!/^[a-z]+(-[a-z]+)*$/.test(slug)) {
			problem(t, r, 'slug', 'award-category', `"${slug}" is not a lower-case slug`);
			continue;
		}
		if (categorySlugs.has(slug)) {
			problem(t, r, 'slug', 'award-category', `category "${slug}" is listed twice`);
			continue;
		}
		categorySlugs.add(slug);
		const measure = v.measure ?? '';
		if (!(AWARD_MEASURES as readonly string[]).includes(measure)) {
			problem(
				t,
				r,
				'measure',
				'award-category',
				`unknown measure "${measure}" (one of ${AWARD_MEASURES.join(', ')})`
			);
			continue;
		}
		const direction = v.direction ?? '';
		if (direction !== 'desc' && direction !== 'asc') {
			problem(t, r, 'direction', 'award-category', `direction "${direction}" is not desc or asc`);
			continue;
		}
		const groups = (v.kelompok ?? '').split(';').map((g) => g.trim());
		const unknown = groups.filter((g) => !(AWARD_KELOMPOK as readonly string[]).includes(g));
		if (unknown.length > 0 || groups.length === 0) {
			problem(
				t,
				r,
				'kelompok',
				'award-category',
				`unknown kelompok "${unknown.join(';')}" (one of ${AWARD_KELOMPOK.join(', ')})`
			);
			continue;
		}
		requireSource(t, r, 'source_id', v.source_id ?? '');
		if (!v.name_id || !v.name_en || !v.basis) {
			problem(t, r, 'basis', 'award-category', 'name_id, name_en and basis are required');
		}
		award_category.push({
			slug,
			no: int(t, r, 'no') ?? 0,
			name_id: v.name_id ?? '',
			name_en: v.name_en ?? '',
			measure: measure as AwardCategory['measure'],
			direction,
			kelompok: groups.join(';'),
			source_id: v.source_id ?? '',
			basis: v.basis ?? ''
		});
	}

	return {
		model: {
			instansi: [...instansi.values()],
			result,
			source,
			methodology_version,
			methodology,
			statistic,
			report_count,
			data_note,
			reconciliation,
			award_result,
			award_category
		},
		problems
	};
}

function suggestion(names: string[]): string {
	return names.length
		? `; did you mean ${names.slice(0, 3).join(' / ')}? (or add a reviewed alias)`
		: '';
}
