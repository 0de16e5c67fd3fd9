/**
 * The history rows of `result` and the `indicator_level` table, from the SPBE history folder
 * (HISTORY_DIR, default ../shared/data/history; see its PROVENANCE.md):
 *   spbe_2018.csv                       2018, official, index and predicate (PermenPANRB 5/2018)
 *   spbe_indicators_2021_2022.csv       2021 and 2022, secondary, 47 indicator levels each
 *   spbe_index_2019_2020_compiled.csv   2019 and 2020, compiled, index only, never ranked
 * Every name is placed on one Kemendagri code or central slug (regions by name within the
 * province printed for that year, before or after the 2022 Papua split; never by
 * kode_kemenpanrb, which repeats); every 2021/2022 index is recomputed exactly from its 47
 * levels; every predicate is checked against its year's bands.
 */
import { bandOf, type Exact } from '../../../src/lib/methodology/bands';
import { computeIndex, toHundredths } from '../../../src/lib/methodology/compute';
import { hundredthsToText, parseHundredths } from '../../../src/lib/scores/score';
import type { MatchResult, RegionKind } from '../../../src/lib/regions';
import type { CsvRow, CsvTable } from '../csv';
import type { IndicatorLevels, Kind, Status } from '../model';
import type { RawHistory } from '../raw';
import { DOMAINS, checkPredicate, exactFourDecimals } from '../rules';
import type { Context } from './context';
import type { InstansiTables } from './instansi';
import type { Methodologies } from './methodology';
import { countGroup, type Rows } from './result-official';

/** The history's own groups (as printed) and the kind each stands for. */
const GROUP_KIND: Record<string, Kind> = {
	// spbe_2018.csv (Tabel 3–43)
	Kementerian: 'kementerian',
	'Lembaga Pemerintah Non Kementerian': 'lembaga',
	'Alat Negara': 'lembaga',
	'Sekretariat Kabinet': 'lembaga',
	'Sekretariat Jenderal Lembaga Negara': 'lembaga',
	'Lembaga Penyiaran Publik': 'lembaga',
	'Sekretariat Lembaga Non Struktural': 'lembaga',
	Provinsi: 'provinsi',
	Kabupaten: 'kabupaten',
	Kota: 'kota',
	// spbe_indicators_2021_2022.csv (column Kategori)
	'Lembaga Non Struktural': 'lembaga',
	'Instansi Lainnya': 'lembaga',
	'Pemerintah Provinsi': 'provinsi',
	'Pemerintah Kabupaten': 'kabupaten',
	'Pemerintah Kota': 'kota'
};
const isRegion = (k: Kind): k is RegionKind =>
	k === 'provinsi' || k === 'kabupaten' || k === 'kota';

/** The history's source ids (data/reference/history_sources.csv). */
export const HISTORY_SOURCE = {
	2018: 'lap2018',
	secondary: 'data2122',
	compiled: 'kompilasi'
} as const;

const DOMAIN_FIELDS = [
	'domain_kebijakan',
	'domain_tata_kelola',
	'domain_manajemen',
	'domain_layanan'
];
const INDICATORS = Array.from({ length: 47 }, (_, i) => i + 1);

export interface HistoryRows extends Rows {
	indicator_level: IndicatorLevels[];
}

export function historyResults(
	ctx: Context,
	hist: RawHistory,
	inst: InstansiTables,
	m: Methodologies
): HistoryRows {
	const out: HistoryRows = { result: [], data_note: [], counted: new Map(), indicator_level: [] };
	const seen = new Map<string, { file: string; line: number }>();

	/** One row per instansi and year across the history: a second one is a problem. */
	const claim = (t: CsvTable, r: CsvRow, id: string, year: number, name: string): boolean => {
		const key = `${year}|${id}`;
		const first = seen.get(key);
		if (first) {
			ctx.problem(
				t,
				r,
				'instansi_name',
				'duplicate-code',
				`${id} (${name}) appears twice in ${year}: also ${first.file} line ${first.line}`
			);
			return false;
		}
		seen.set(key, { file: t.file, line: r.line });
		return true;
	};
	const count = (year: number, kelompok: string) => {
		const key = `${year}|${kelompok}`;
		out.counted.set(key, (out.counted.get(key) ?? 0) + 1);
	};
	const keepSubgroup = (id: string, group: string) => {
		const i = inst.byId.get(id);
		if (i && (i.kind === 'kementerian' || i.kind === 'lembaga') && i.subgroup === null)
			i.subgroup = group;
	};

	/**
	 * A region placed by name within the province printed for that year (the province it
	 * belonged to then: Kab. Jayawijaya 2018 is printed under Papua, today Papua Pegunungan).
	 * `strictProvince`: a printed province that disagrees fails the row (2018, whose table
	 * captions are reliable); otherwise it is noted (the 2021/2022 sheet's coarse Daerah).
	 */
	const placeRegion = (
		t: CsvTable,
		r: CsvRow,
		name: string,
		kind: RegionKind,
		printed: string,
		year: number,
		strictProvince: boolean
	): string | null => {
		const p = printed ? ctx.regionMatcher.match(printed, { kind: 'provinsi' }) : null;
		if (p && !p.ok && strictProvince) {
			ctx.problem(t, r, 'province_name', 'region-match', ctx.regionFailure(name, printed, p));
			return null;
		}
		const province = p?.ok ? p.kode : null;
		const found: MatchResult = ctx.regionMatcher.match(name, { kind });
		let id: string | null = null;
		if (found.ok) id = found.kode;
		else if (found.reason === 'ambiguous' && province) {
			const inProvince = found.candidates.filter((c) => inst.provinceIn(c.kode, year) === province);
			if (inProvince.length === 1) id = inProvince[0]?.kode ?? null;
		}
		if (id === null) {
			ctx.problem(
				t,
				r,
				'instansi_name',
				'region-match',
				ctx.regionFailure(name, '', found as Extract<MatchResult, { ok: false }>)
			);
			return null;
		}
		const then = inst.provinceIn(id, year);
		if (province && then !== province) {
			const message = `"${name}" is printed under ${printed}, but ${inst.byId.get(id)?.name} (${id}) was in ${inst.byId.get(then ?? '')?.provinsi_nama ?? then} in ${year}`;
			if (strictProvince) {
				ctx.problem(t, r, 'province_name', 'region-province', message);
				return null;
			}
			out.data_note.push({
				instansi_id: id,
				year,
				kind: 'province',
				field: 'daerah',
				message: `${message}; the province of ${year} is kept`,
				source_id: HISTORY_SOURCE.secondary
			});
		}
		return id;
	};

	const placeCentral = (t: CsvTable, r: CsvRow, name: string, kind: Kind): string | null => {
		const found = ctx.centralMatcher.match(name);
		if (!found.ok) {
			ctx.problem(t, r, 'instansi_name', 'central-match', ctx.centralFailure(name) ?? '');
			return null;
		}
		const own = inst.byId.get(found.slug)?.kind;
		if (own !== kind) {
			ctx.problem(
				t,
				r,
				'instansi_name',
				'central-match',
				`"${name}" is listed as ${kind} here but as ${own} in the central instansi tables`
			);
			return null;
		}
		return found.slug;
	};

	const base = (
		id: string,
		year: number,
		status: Status,
		source_id: string,
		source_table: string,
		source_row: number | null,
		name: string,
		group: string | null,
		note: string | null
	) => ({
		instansi_id: id,
		year,
		methodology: m.versionOf(year),
		kebijakan_h: null,
		tata_kelola_h: null,
		manajemen_h: null,
		layanan_h: null,
		status,
		source_id,
		source_table,
		source_row,
		name_as_printed: name,
		subgroup: group,
		note,
		caveat: null
	});

	// --- 2018: official, index and predicate ------------------------------------------------
	const t18 = hist.spbe2018;
	const byName2018 = new Map<string, { id: string; index_h: number }>();
	for (const r of t18.rows) {
		const v = r.values;
		const year = ctx.int(t18, r, 'year');
		if (year !== null && year !== 2018) {
			ctx.problem(t18, r, 'year', 'type', `${year} in the 2018 table`);
			continue;
		}
		const group = v.instansi_group ?? '';
		const kind = GROUP_KIND[group];
		const name = v.instansi_name ?? '';
		const indexH = ctx.score(t18, r, 'index');
		if (!kind) {
			ctx.problem(t18, r, 'instansi_group', 'group', `unknown group "${group}"`);
			continue;
		}
		const id = isRegion(kind)
			? placeRegion(t18, r, name, kind, v.province_name ?? '', 2018, true)
			: placeCentral(t18, r, name, kind);
		if (id === null || indexH === null || year === null || !claim(t18, r, id, 2018, name)) continue;
		const pred = checkPredicate(m.bandsOf(m.versionOf(2018)), v.predicate ?? '', indexH, null);
		if (pred.error) ctx.problem(t18, r, 'predicate', 'predicate-band', pred.error);
		count(2018, countGroup(kind));
		keepSubgroup(id, group);
		byName2018.set(name, { id, index_h: indexH });
		out.result.push({
			...base(
				id,
				2018,
				'official',
				HISTORY_SOURCE[2018],
				`Tabel ${v.table_no}`,
				ctx.int(t18, r, 'row_no'),
				name,
				group,
				v.note || null
			),
			index_h: indexH,
			predicate: v.predicate ?? ''
		});
	}

	// --- 2021 and 2022: secondary, from 47 indicator levels ----------------------------------
	const ti = hist.indicators;
	for (const r of ti.rows) {
		const v = r.values;
		const year = ctx.int(ti, r, 'year');
		if (year !== null && year !== 2021 && year !== 2022) {
			ctx.problem(ti, r, 'year', 'type', `${year} is not 2021 or 2022`);
			continue;
		}
		const group = v.kategori ?? '';
		const kind = GROUP_KIND[group];
		const name = v.instansi_name ?? '';
		if (!kind) {
			ctx.problem(ti, r, 'kategori', 'group', `unknown group "${group}"`);
			continue;
		}
		const levels = new Map<number, number>();
		for (const i of INDICATORS) {
			const text = v[`i${i}`] ?? '';
			if (!/^[1-5]$/.test(text))
				ctx.problem(ti, r, `i${i}`, 'indicator-level', `"${text}" is not a level 1–5`);
			else levels.set(i, Number(text) * 100);
		}
		const indexH = ctx.score(ti, r, 'index');
		if (year === null) continue;
		const id = isRegion(kind)
			? placeRegion(ti, r, name, kind, v.daerah === 'Pusat' ? '' : (v.daerah ?? ''), year, false)
			: placeCentral(ti, r, name, kind);
		if (id === null || indexH === null || levels.size !== INDICATORS.length) continue;
		if (!claim(ti, r, id, year, name)) continue;
		const version = m.versionOf(year);
		let computed;
		try {
			computed = computeIndex(m.structureOf(version), levels);
		} catch (e) {
			ctx.problem(
				ti,
				r,
				null,
				'index-from-indicators',
				`cannot compute the index: ${(e as Error).message}`
			);
			continue;
		}
		const fail = (field: string, message: string) =>
			ctx.problem(ti, r, field, 'index-from-indicators', message);
		for (const [no, value] of computed.aspects) {
			const field = `aspek_${no}`;
			if (!within(value, v[field] ?? '', 9))
				fail(
					field,
					`${field} ${v[field]} does not follow from the indicators (exactly ${exactFourDecimals(value)})`
				);
		}
		DOMAINS.forEach((d, i) => {
			const value = computed.domains.get(i + 1);
			const field = DOMAIN_FIELDS[i] ?? d;
			if (value && !within(value, v[field] ?? '', 9))
				fail(
					field,
					`${field} ${v[field]} does not follow from the indicators (exactly ${exactFourDecimals(value)})`
				);
		});
		if (!within(computed.index, v.index_unrounded ?? '', 6))
			fail(
				'index_unrounded',
				`index_unrounded ${v.index_unrounded} is not the index of its 47 indicators with the weights of methodology.csv (exactly ${exactFourDecimals(computed.index)})`
			);
		const exactH = toHundredths(computed.index);
		if (exactH !== indexH)
			fail(
				'index',
				`index ${hundredthsToText(indexH)} is not the exact index ${exactFourDecimals(computed.index)} rounded half up (${hundredthsToText(exactH)})`
			);
		const bands = m.bandsOf(version);
		const predicate = v.predicate ?? '';
		const band = bandOf(bands, computed.index);
		if (predicate !== band)
			ctx.problem(
				ti,
				r,
				'predicate',
				'predicate-band',
				`predicate "${predicate}" disagrees with the unrounded index ${exactFourDecimals(computed.index)}, which is in band "${band}"`
			);
		else if (checkPredicate(bands, predicate, indexH, computed.index).boundary)
			out.data_note.push({
				instansi_id: id,
				year,
				kind: 'boundary_predicate',
				field: 'predicate',
				message: `Index ${hundredthsToText(indexH)} (on a band edge) with predicate ${predicate}: the unrounded index ${exactFourDecimals(computed.index)} is below the edge`,
				source_id: HISTORY_SOURCE.secondary
			});
		const stored = roundStoredHalfUp(v.index_unrounded ?? '');
		if (stored !== null && stored !== exactH)
			out.data_note.push({
				instansi_id: id,
				year,
				kind: 'rounding',
				field: 'index',
				message: `Index ${hundredthsToText(exactH)}: the exact ${exactFourDecimals(computed.index)} rounded half up; the sheet stores ${v.index_unrounded}, which would round to ${hundredthsToText(stored)}`,
				source_id: HISTORY_SOURCE.secondary
			});
		count(year, countGroup(kind));
		keepSubgroup(id, group);
		const domain = (i: number) => {
			const d = computed.domains.get(i);
			return d ? toHundredths(d) : null;
		};
		out.result.push({
			...base(
				id,
				year,
				'secondary',
				HISTORY_SOURCE.secondary,
				`Sheet ${year}`,
				ctx.int(ti, r, 'source_row'),
				name,
				group,
				v.note || null
			),
			index_h: indexH,
			kebijakan_h: domain(1),
			tata_kelola_h: domain(2),
			manajemen_h: domain(3),
			layanan_h: domain(4),
			predicate
		});
		out.indicator_level.push({
			instansi_id: id,
			year,
			methodology: version,
			levels: INDICATORS.map((i) => (levels.get(i) ?? 0) / 100)
		});
	}

	// --- 2019 and 2020: compiled, index only ---------------------------------------------------
	const tc = hist.compiled;
	for (const r of tc.rows) {
		const v = r.values;
		const name = v.instansi_name ?? '';
		const known = byName2018.get(name);
		let id = known?.id ?? null;
		if (!id) {
			const kind = kindOfPrintedName(name);
			if (kind && isRegion(kind)) id = placeRegion(tc, r, name, kind, '', 2019, false);
			else {
				const found = ctx.centralMatcher.match(name);
				if (found.ok) id = found.slug;
				else ctx.problem(tc, r, 'instansi_name', 'central-match', ctx.centralFailure(name) ?? '');
			}
			if (!id) continue;
		}
		const compiled2018 = compiledScore(ctx, tc, r, 'index_2018_compiled');
		const official2018 = known ?? out.result.find((x) => x.year === 2018 && x.instansi_id === id);
		if (compiled2018 !== null && official2018 && official2018.index_h !== compiled2018)
			ctx.problem(
				tc,
				r,
				'index_2018_compiled',
				'compiled-2018',
				`the compilation's 2018 value ${hundredthsToText(compiled2018)} disagrees with the official 2018 table (${hundredthsToText(official2018.index_h)})`
			);
		for (const year of [2019, 2020] as const) {
			const h = compiledScore(ctx, tc, r, `index_${year}`);
			if (h === null || !claim(tc, r, id, year, name)) continue;
			count(year, 'semua');
			out.result.push({
				...base(
					id,
					year,
					'compiled',
					HISTORY_SOURCE.compiled,
					'Data_lengkap.csv',
					r.line,
					name,
					null,
					null
				),
				index_h: h,
				predicate: bandOf(m.bandsOf(m.versionOf(year)), h)
			});
		}
	}

	return out;
}

/** A compiled value as the file writes it ("1", "2.7", "1.00"), 1–5, or null when empty. */
function compiledScore(ctx: Context, t: CsvTable, r: CsvRow, field: string): number | null {
	const text = r.values[field] ?? '';
	if (text === '') return null;
	const h = /^\d(\.\d{1,2})?$/.test(text) ? parseHundredths(text) : null;
	if (h === null || h < 100 || h > 500) {
		ctx.problem(
			t,
			r,
			field,
			'score',
			`"${text}" is not an index 1–5 with at most two decimals (point decimal)`
		);
		return null;
	}
	return h;
}

/** The kind a printed name says ("Pemerintah Kab. X" → kabupaten), or null for central bodies. */
function kindOfPrintedName(name: string): Kind | null {
	if (/^Pemerintah Kab\.? /i.test(name)) return 'kabupaten';
	if (/^Pemerintah Kota /i.test(name)) return 'kota';
	if (/^Pemerintah (Provinsi |Aceh$|D\.I\. Yogyakarta$)/i.test(name)) return 'provinsi';
	return null;
}

/**
 * |exact − stored| ≤ 10^−digits, where `stored` is a decimal text at full double precision
 * ("3.8000000000000003"): compared in integers (BigInt), never in floating point.
 */
export function within(value: Exact, stored: string, digits: number): boolean {
	const m = /^(\d+)(?:\.(\d+))?$/.exec(stored.trim());
	if (!m) return false;
	const frac = m[2] ?? '';
	const scale = 10n ** BigInt(frac.length);
	const s = BigInt(m[1] ?? '0') * scale + BigInt(frac || '0'); // stored = s / scale
	// |num/den − s/scale| ≤ 1/10^digits  ⇔  |num·scale − s·den| · 10^digits ≤ den·scale
	const diff = BigInt(value.num) * scale - s * BigInt(value.den);
	const abs = diff < 0n ? -diff : diff;
	return abs * 10n ** BigInt(digits) <= BigInt(value.den) * scale;
}

/** A stored decimal text rounded half up to hundredths, as a spreadsheet's rounding would. */
function roundStoredHalfUp(stored: string): number | null {
	const m = /^(\d+)\.(\d+)$/.exec(stored.trim());
	if (!m) return null;
	const frac = (m[2] ?? '').padEnd(3, '0');
	const h = Number(m[1]) * 100 + Number(frac.slice(0, 2));
	return h + (Number(frac[2]) >= 5 ? 1 : 0);
}
