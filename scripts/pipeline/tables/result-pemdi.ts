/**
 * The first published Indeks Pemdi results (PermenPANRB 8/2026), when a table is added to
 * data/: `data/pemdi/results.csv` (optional; absent, nothing is read and /nasional says no
 * results are published yet). One row per instansi and year:
 *
 *   kode        Kemendagri code or central slug (as data/reference/central_instansi.csv)
 *   year        an evaluation year governed by the Indeks Pemdi (methodology_versions.csv)
 *   index       the Indeks Pemdi as printed (two decimals, 1,00–5,00)
 *   predicate   as printed
 *   source_id   a source of data/reference/sources.csv; source_table: "Tabel 5"
 *   ik_01…ik_20 optional: the 20 indicator values as printed
 *
 * Cross-checks, each a problem with file, line and rule that stops the build: the year's
 * methodology is the Indeks Pemdi and is installed (PEMDI_DIR); the instansi is known and
 * appears once a year; the predicate is the band of the index (Pemdi bands); with all 20
 * indicators, the index is their weighted value within 0,01 (index-from-indicators); the rows
 * of each year and group equal data/reference/report_counts.csv (report-count, with the
 * official tables' counts).
 */
import { hundredthsToText } from '../../../src/lib/scores/score';
import { bandOf, computeIndex, offBy, toNumber } from '../../../src/lib/methodology';
import { INDEKS_PEMDI } from '../../../src/lib/methodology/family';
import type { CsvRow, CsvTable } from '../csv';
import type { Result } from '../model';
import type { Context } from './context';
import type { InstansiTables } from './instansi';
import type { Methodologies } from './methodology';
import { countGroup } from './result-official';

export const PEMDI_RESULTS_COLUMNS = [
	'kode',
	'year',
	'index',
	'predicate',
	'source_id',
	'source_table'
] as const;
/** ik_01…ik_20: the indicator columns, by indicator number */
export const indicatorColumn = (no: number) => `ik_${String(no).padStart(2, '0')}`;

export interface PemdiRows {
	result: Result[];
	/** rows per "year|kelompok", for the count check */
	counted: Map<string, number>;
	years: number[];
}

export function pemdiResults(
	ctx: Context,
	t: CsvTable | null,
	inst: InstansiTables,
	m: Methodologies
): PemdiRows {
	const result: Result[] = [];
	const counted = new Map<string, number>();
	const years = new Set<number>();
	if (!t) return { result, counted, years: [] };
	const seen = new Map<string, CsvRow>();
	for (const r of t.rows) {
		const year = ctx.int(t, r, 'year');
		const indexH = ctx.score(t, r, 'index');
		const kode = r.values.kode ?? '';
		const who = inst.byId.get(kode);
		if (!who) ctx.problem(t, r, 'kode', 'instansi', `unknown instansi "${kode}"`);
		ctx.requireSource(t, r, 'source_id', r.values.source_id ?? '');
		if (year === null || indexH === null || !who) continue;
		const version = m.methodology_version.find((v) => v.id === m.versionOf(year));
		if (!version || version.index_name !== INDEKS_PEMDI) {
			ctx.problem(
				t,
				r,
				'year',
				'methodology',
				`${year} is evaluated with the ${version?.index_name ?? 'no index'} (${version?.regulation ?? 'no methodology'}), not the ${INDEKS_PEMDI}`
			);
			continue;
		}
		if (!version.installed) {
			ctx.problem(
				t,
				r,
				'year',
				'methodology',
				`the ${INDEKS_PEMDI} methodology (${version.regulation}) is not installed: set PEMDI_DIR (default ../shared/data/pemdi) to check these results`
			);
			continue;
		}
		if (indexH < 100) {
			ctx.problem(t, r, 'index', 'score', `${r.values.index} is outside 1–5`);
			continue;
		}
		const key = `${year}|${kode}`;
		const first = seen.get(key);
		if (first) {
			ctx.problem(
				t,
				r,
				'kode',
				'duplicate-code',
				`${kode} appears twice in ${year}: also line ${first.line}`
			);
			continue;
		}
		seen.set(key, r);
		const expected = bandOf(m.bandsOf(version.id), indexH);
		const printed = r.values.predicate ?? '';
		if (printed !== expected)
			ctx.problem(
				t,
				r,
				'predicate',
				'predicate-band',
				`predicate "${printed}" but ${hundredthsToText(indexH)} is ${expected} in the ${INDEKS_PEMDI} bands`
			);
		const structure = m.structureOf(version.id);
		const indicators = structure.filter((s) => s.level === 'indicator');
		const values = new Map<number, number>();
		for (const i of indicators) {
			const column = indicatorColumn(i.no);
			if ((r.values[column] ?? '') === '') continue;
			const h = ctx.score(t, r, column);
			if (h !== null) values.set(i.no, h);
		}
		if (values.size === indicators.length && indicators.length > 0) {
			const computed = computeIndex(structure, values).index;
			if (offBy(indexH, computed))
				ctx.problem(
					t,
					r,
					'index',
					'index-from-indicators',
					`index ${hundredthsToText(indexH)} but its 20 indicators give ${toNumber(computed).toFixed(4)} (more than 0.01 apart)`
				);
		}
		years.add(year);
		const bucket = `${year}|${countGroup(who.kind)}`;
		counted.set(bucket, (counted.get(bucket) ?? 0) + 1);
		result.push({
			instansi_id: kode,
			year,
			methodology: version.id,
			index_h: indexH,
			kebijakan_h: null,
			tata_kelola_h: null,
			manajemen_h: null,
			layanan_h: null,
			predicate: printed,
			status: 'official',
			source_id: r.values.source_id ?? '',
			source_table: r.values.source_table || null,
			source_row: r.line - 1,
			name_as_printed: who.name,
			subgroup: null,
			note: null,
			caveat: null
		});
	}
	return { result, counted, years: [...years].sort((a, b) => a - b) };
}
