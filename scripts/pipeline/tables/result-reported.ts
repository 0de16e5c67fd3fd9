/**
 * The reported rows of `result` (data/reported/values.csv) and the `reconciliation` table:
 * a reported value where a table (official or secondary) has the same instansi and year is
 * never shown as a value of its own, only set against the table (agreeing: confirmed by the
 * table; disagreeing: listed on /sumber). Beside a compiled value, which has no stated source,
 * a disagreeing reported value is shown too. Two reports of one year: the first is shown.
 */
import { hundredthsToText } from '../../../src/lib/scores/score';
import type { DataNote, Reconciliation, Result } from '../model';
import { checkPredicate } from '../rules';
import type { Context } from './context';
import type { Methodologies } from './methodology';
import type { Sources } from './source';

const CAVEAT = /UNCERTAIN YEAR|LOW CONFIDENCE|DERIVED|uncertain|ambiguous/;

export interface Reported {
	result: Result[];
	reconciliation: Reconciliation[];
	data_note: DataNote[];
}

export function reportedResults(
	ctx: Context,
	tables: readonly Result[],
	sources: Sources,
	m: Methodologies
): Reported {
	const t = ctx.raw.reported;
	const out: Reported = { result: [], reconciliation: [], data_note: [] };
	const tableBy = new Map(tables.map((r) => [`${r.year}|${r.instansi_id}`, r]));
	const reportedBy = new Map<string, Result>();
	for (const r of t.rows) {
		const v = r.values;
		const year = ctx.int(t, r, 'year');
		const indexH = ctx.score(t, r, 'index');
		const name = v.name ?? '';
		const type = v.type ?? '';
		if (!v.source) ctx.problem(t, r, 'source', 'source', 'a reported value needs its source');
		else if (/^https?:\/\//.test(v.source) && !URL.canParse(v.source))
			ctx.problem(t, r, 'source', 'source', `"${v.source}" is not a valid address`);
		if (year === null || indexH === null || !v.source) continue;
		const sid = sources.reported(v.source);
		let id: string | null = null;
		if (type === 'provinsi' || type === 'kabupaten' || type === 'kota') {
			const found = ctx.regionMatcher.match(name, {
				kind: type,
				provinsi: v.province || undefined
			});
			if (found.ok) id = found.kode;
			else
				ctx.problem(t, r, 'name', 'region-match', ctx.regionFailure(name, v.province ?? '', found));
			if (!id) continue;
		} else if (type === 'instansi_pusat') {
			const found = ctx.centralMatcher.match(name);
			if (found.ok) id = found.slug;
		} else {
			ctx.problem(
				t,
				r,
				'type',
				'type',
				`unknown type "${type}" (provinsi, kabupaten, kota, instansi_pusat)`
			);
			continue;
		}
		const pred = checkPredicate(m.bandsOf(m.versionOf(year)), v.predicate ?? '', indexH, null);
		if (pred.error) ctx.problem(t, r, 'predicate', 'predicate-band', pred.error);
		const base = { name_as_reported: name, year, reported_h: indexH, source_id: sid };
		if (!id) {
			out.reconciliation.push({
				...base,
				instansi_id: null,
				official_h: null,
				table_status: null,
				kind: 'unmatched',
				message: `"${name}" is not matched to an evaluated central instansi; shown here only`
			});
			continue;
		}
		const table = tableBy.get(`${year}|${id}`);
		if (table) {
			const agrees = table.index_h === indexH;
			out.reconciliation.push({
				...base,
				instansi_id: id,
				official_h: table.index_h,
				table_status: table.status,
				kind: agrees ? 'agrees' : 'disagrees',
				message: agrees
					? `reported value equals the ${table.status} one`
					: `reported ${hundredthsToText(indexH)} but the ${table.status} table (${table.source_table}) has ${hundredthsToText(table.index_h)}; ` +
						(table.status === 'compiled' ? 'both are shown' : `the ${table.status} value is shown`)
			});
			if (agrees || table.status !== 'compiled') continue;
		}
		const already = reportedBy.get(`${year}|${id}`);
		if (already) {
			if (already.index_h !== indexH) {
				out.reconciliation.push({
					...base,
					instansi_id: id,
					official_h: null,
					table_status: null,
					kind: 'reported_conflict',
					message: `two reports disagree: ${hundredthsToText(already.index_h)} (shown) and ${hundredthsToText(indexH)}`
				});
			}
			continue;
		}
		const caveat = v.note && CAVEAT.test(v.note) ? v.note : null;
		const res: Result = {
			instansi_id: id,
			year,
			methodology: m.versionOf(year),
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
		out.result.push(res);
		if (caveat)
			out.data_note.push({
				instansi_id: id,
				year,
				kind: 'caveat',
				field: 'index',
				message: caveat,
				source_id: sid
			});
	}
	return out;
}
