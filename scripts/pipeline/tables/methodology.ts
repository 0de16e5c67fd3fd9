/**
 * The `methodology_version`, `methodology` and `predicate_band` tables: each regulation with
 * the years it governs, its structure (domains, aspects, indicators and weights) and its
 * predicate bands, read from its own files:
 *   spbe   PermenPANRB 59/2020  data/spbe/methodology.csv, data/spbe/predicates.csv
 *   pp5    PermenPANRB 5/2018   data/reference/methodology_pp5_2018.csv, predicates_pp5_2018.csv
 *   pemdi  PermenPANRB 8/2026   PEMDI_DIR/methodology.csv, predicates.csv (when installed)
 */
import { bandsFromRows, type Band, type Bands } from '../../../src/lib/methodology/bands';
import type { StructureItem } from '../../../src/lib/methodology/compute';
import { DOMAINS, type DomainWeights } from '../rules';
import type { CsvTable } from '../csv';
import type { MethodologyItem, MethodologyVersion, PredicateBand } from '../model';
import type { RawPemdi } from '../raw';
import type { Context } from './context';

export interface Methodologies {
	methodology_version: MethodologyVersion[];
	methodology: MethodologyItem[];
	predicate_band: PredicateBand[];
	/** the version governing a year ('' when none does) */
	versionOf(year: number): string;
	bandsOf(version: string): Bands;
	structureOf(version: string): StructureItem[];
	/** PermenPANRB 59/2020's domain weights (the 2023/2024 tables are checked with them) */
	spbeDomainWeights: DomainWeights;
}

const STRUCTURES = ['spbe', 'pp5', 'pemdi'] as const;

export function buildMethodologies(ctx: Context, pemdi: RawPemdi | null): Methodologies {
	const raw = ctx.raw;
	const methodology: MethodologyItem[] = [];
	const predicate_band: PredicateBand[] = [];
	const bands = new Map<string, Band[]>();

	const methodology_version: MethodologyVersion[] = [];
	for (const r of raw.versions.rows) {
		const t = raw.versions;
		const v = r.values;
		ctx.requireSource(t, r, 'source_id', v.source_id ?? '');
		const structure = v.structure ?? '';
		if (!(STRUCTURES as readonly string[]).includes(structure))
			ctx.problem(
				t,
				r,
				'structure',
				'methodology',
				`unknown structure "${structure}" (${STRUCTURES.join(', ')})`
			);
		const version: MethodologyVersion = {
			id: v.id ?? '',
			regulation: v.regulation ?? '',
			first_year: ctx.int(t, r, 'first_year') ?? 0,
			last_year: ctx.int(t, r, 'last_year', { optional: true }),
			source_id: v.source_id ?? '',
			note: v.note ?? '',
			index_name: v.index_name ?? '',
			installed: structure !== 'pemdi' || pemdi !== null
		};
		const overlap = methodology_version.find(
			(o) =>
				version.first_year <= (o.last_year ?? 9999) && o.first_year <= (version.last_year ?? 9999)
		);
		if (overlap)
			ctx.problem(
				t,
				r,
				'first_year',
				'methodology',
				`${version.id} and ${overlap.id} govern the same years`
			);
		methodology_version.push(version);
		const source = version.source_id;
		if (structure === 'spbe') {
			spbeStructure(ctx, version.id, methodology);
			addBands(
				ctx,
				raw.predicates,
				version.id,
				source,
				'lower_bound',
				'upper_bound',
				'interval_as_printed_permenpan_tabel13'
			);
		} else if (structure === 'pp5') {
			pp5Structure(ctx, version.id, methodology);
			addBands(
				ctx,
				raw.predicatesPp5,
				version.id,
				source,
				'lower_bound',
				'upper_bound',
				'interval_as_printed'
			);
		} else if (structure === 'pemdi' && pemdi) {
			pemdiStructure(ctx, pemdi.methodology, version.id, methodology);
			addBands(ctx, pemdi.predicates, version.id, source, 'lower', 'upper', 'interval_as_printed');
		}
	}

	function addBands(
		c: Context,
		t: CsvTable,
		version: string,
		source_id: string,
		lower: string,
		upper: string,
		printed: string
	) {
		const { bands: list, problems } = bandsFromRows(
			t.rows.map((r) => ({
				predicate: r.values.predicate ?? '',
				lower: r.values[lower] ?? '',
				upper: r.values[upper] ?? '',
				lower_inclusive: r.values.lower_inclusive,
				upper_inclusive: r.values.upper_inclusive
			}))
		);
		for (const p of problems) c.problem(t, null, 'predicate', 'predicate-bands', p);
		bands.set(version, list);
		list.forEach((b, i) => {
			const row = t.rows.find((r) => r.values.predicate === b.predicate);
			predicate_band.push({
				methodology: version,
				no: i + 1,
				predicate: b.predicate,
				lower_h: b.lowerH,
				upper_h: b.upperH,
				interval_as_printed: (row?.values[printed] ?? '').replace(/<br>/g, ' '),
				source_id
			});
		});
	}

	const versionOf = (year: number): string =>
		methodology_version.find(
			(v) => year >= v.first_year && (v.last_year === null || year <= v.last_year)
		)?.id ?? '';
	const structureOf = (version: string): StructureItem[] =>
		methodology
			.filter((m) => m.version === version)
			.map((m) => ({ level: m.level, no: m.no, parentNo: m.parent_no, weightH: m.weight_h }));
	const spbe = methodology_version.find((v) => v.id === versionOfStructure('spbe'));
	function versionOfStructure(s: string) {
		return raw.versions.rows.find((r) => r.values.structure === s)?.values.id ?? '';
	}
	const spbeDomainWeights = Object.fromEntries(
		DOMAINS.map((d, i) => [
			d,
			methodology.find((m) => m.version === spbe?.id && m.level === 'domain' && m.no === i + 1)
				?.weight_h ?? 0
		])
	) as DomainWeights;

	return {
		methodology_version,
		methodology,
		predicate_band,
		versionOf,
		bandsOf: (version) => bands.get(version) ?? [],
		structureOf,
		spbeDomainWeights
	};
}

/** PermenPANRB 59/2020 from data/spbe/methodology.csv: 47 indicators, 8 aspects, 4 domains. */
function spbeStructure(ctx: Context, version: string, out: MethodologyItem[]) {
	const t = ctx.raw.methodology;
	const seen = new Set<string>();
	const domainWeights = new Map<number, number>();
	const indicatorSum = new Map<number, number>();
	for (const r of t.rows) {
		const ind = ctx.int(t, r, 'indicator_no');
		const asp = ctx.int(t, r, 'aspect_no');
		const dom = ctx.int(t, r, 'domain_no');
		const w = ctx.score(t, r, 'weight_percent', { max: 10000 });
		const aw = ctx.score(t, r, 'aspect_weight_percent', { max: 10000 });
		const dw = ctx.score(t, r, 'domain_weight_percent', { max: 10000 });
		if (ind === null || asp === null || dom === null || w === null || aw === null || dw === null)
			continue;
		if (!DOMAINS[dom - 1]) {
			ctx.problem(t, r, 'domain_no', 'methodology', `domain ${dom} is not 1–4`);
			continue;
		}
		const known = domainWeights.get(dom);
		if (known !== undefined && known !== dw)
			ctx.problem(t, r, 'domain_weight_percent', 'methodology', `domain ${dom} has two weights`);
		domainWeights.set(dom, dw);
		indicatorSum.set(dom, (indicatorSum.get(dom) ?? 0) + w);
		out.push({
			version,
			level: 'indicator',
			no: ind,
			code: null,
			name: r.values.indicator_name ?? '',
			parent_no: asp,
			weight_h: w
		});
		if (!seen.has(`a${asp}`)) {
			seen.add(`a${asp}`);
			out.push({
				version,
				level: 'aspect',
				no: asp,
				code: null,
				name: r.values.aspect_name ?? '',
				parent_no: dom,
				weight_h: aw
			});
		}
		if (!seen.has(`d${dom}`)) {
			seen.add(`d${dom}`);
			out.push({
				version,
				level: 'domain',
				no: dom,
				code: null,
				name: r.values.domain_name ?? '',
				parent_no: null,
				weight_h: dw
			});
		}
	}
	const total = [...domainWeights.values()].reduce((s, w) => s + w, 0);
	if (total !== 10000)
		ctx.problem(
			t,
			null,
			'domain_weight_percent',
			'methodology',
			`domain weights add up to ${total / 100}%, not 100%`
		);
	for (const [dom, sum] of [...indicatorSum].sort((a, b) => a[0] - b[0])) {
		const own = domainWeights.get(dom) ?? 0;
		if (sum !== own)
			ctx.problem(
				t,
				null,
				'weight_percent',
				'methodology',
				`indicator weights of domain ${dom} add up to ${sum / 100}%, not its ${own / 100}%`
			);
	}
}

/** PermenPANRB 5/2018: the three domains and their weights (aspects and indicators not published). */
function pp5Structure(ctx: Context, version: string, out: MethodologyItem[]) {
	const t = ctx.raw.structurePp5;
	let total = 0;
	for (const r of t.rows) {
		const no = ctx.int(t, r, 'no');
		const w = ctx.score(t, r, 'weight_percent', { max: 10000 });
		const level = r.values.level ?? '';
		if (level !== 'domain') {
			ctx.problem(
				t,
				r,
				'level',
				'methodology',
				`only domains are listed for PermenPANRB 5/2018, not "${level}"`
			);
			continue;
		}
		ctx.requireSource(t, r, 'source_id', r.values.source_id ?? '');
		if (no === null || w === null) continue;
		total += w;
		out.push({
			version,
			level: 'domain',
			no,
			code: null,
			name: r.values.name ?? '',
			parent_no: null,
			weight_h: w
		});
	}
	if (total !== 10000)
		ctx.problem(
			t,
			null,
			'weight_percent',
			'methodology',
			`domain weights add up to ${total / 100}%, not 100%`
		);
}

/** PermenPANRB 8/2026 (Indeks Pemdi): 20 indicators IK-01…IK-20 in 7 aspects. */
function pemdiStructure(ctx: Context, t: CsvTable, version: string, out: MethodologyItem[]) {
	const aspects = new Map<number, { name: string; weight: number; sum: number }>();
	for (const r of t.rows) {
		const no = ctx.int(t, r, 'indicator_no');
		const asp = ctx.int(t, r, 'aspect_no');
		const w = ctx.score(t, r, 'indicator_weight_percent', { max: 10000 });
		const aw = ctx.score(t, r, 'aspect_weight_percent', { max: 10000 });
		if (no === null || asp === null || w === null || aw === null) continue;
		const code = r.values.indicator_code ?? '';
		if (code !== `IK-${String(no).padStart(2, '0')}`)
			ctx.problem(t, r, 'indicator_code', 'methodology', `indicator ${no} is coded "${code}"`);
		const a = aspects.get(asp);
		if (a && a.weight !== aw)
			ctx.problem(t, r, 'aspect_weight_percent', 'methodology', `aspect ${asp} has two weights`);
		aspects.set(asp, { name: r.values.aspect_name ?? '', weight: aw, sum: (a?.sum ?? 0) + w });
		out.push({
			version,
			level: 'indicator',
			no,
			code,
			name: r.values.indicator_name ?? '',
			parent_no: asp,
			weight_h: w
		});
	}
	let total = 0;
	for (const [no, a] of [...aspects].sort((x, y) => x[0] - y[0])) {
		total += a.weight;
		if (a.sum !== a.weight)
			ctx.problem(
				t,
				null,
				'indicator_weight_percent',
				'methodology',
				`indicator weights of aspect ${no} add up to ${a.sum / 100}%, not its ${a.weight / 100}%`
			);
		out.push({
			version,
			level: 'aspect',
			no,
			code: null,
			name: a.name,
			parent_no: null,
			weight_h: a.weight
		});
	}
	if (total !== 10000)
		ctx.problem(
			t,
			null,
			'aspect_weight_percent',
			'methodology',
			`aspect weights add up to ${total / 100}%, not 100%`
		);
}
