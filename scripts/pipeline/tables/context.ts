/**
 * What every table builder shares: the list of problems (each with file, line, field and
 * rule), the parsers that report into it, the known sources, and the name matchers.
 */
import { parseHundredths } from '../../../src/lib/scores/score';
import {
	createRegionMatcher,
	type MatchResult,
	type RegionMatcher
} from '../../../src/lib/regions';
import { createCentralMatcher, type CentralMatcher } from '../../../src/lib/instansi';
import type { CsvRow, CsvTable } from '../csv';
import type { Problem } from '../problems';
import type { RawData, Registry } from '../raw';

export class Context {
	readonly problems: Problem[] = [];
	readonly regionMatcher: RegionMatcher;
	readonly centralMatcher: CentralMatcher;
	private readonly sourceIds = new Set<string>();

	constructor(
		readonly raw: RawData,
		readonly reg: Registry
	) {
		this.regionMatcher = createRegionMatcher(reg.regions, reg.regionAliases);
		this.centralMatcher = createCentralMatcher(reg.central, reg.centralAliases);
	}

	problem(t: CsvTable, row: CsvRow | null, field: string | null, rule: string, message: string) {
		this.problems.push({ file: t.file, line: row?.line ?? null, field, rule, message });
	}

	/** A whole number, or null (with a problem unless optional and empty). */
	int(t: CsvTable, row: CsvRow, field: string, { optional = false } = {}): number | null {
		const text = row.values[field] ?? '';
		if (text === '' && optional) return null;
		if (!/^\d+$/.test(text)) {
			this.problem(t, row, field, 'type', `"${text}" is not a whole number`);
			return null;
		}
		return Number(text);
	}

	/** A score in hundredths (at most two decimals, 0 to max/100), or null with a problem. */
	score(
		t: CsvTable,
		row: CsvRow,
		field: string,
		{ optional = false, max = 500 } = {}
	): number | null {
		const text = row.values[field] ?? '';
		if (text === '' && optional) return null;
		const h = parseHundredths(text);
		if (h === null) {
			this.problem(t, row, field, 'score', `"${text}" is not a score with at most two decimals`);
			return null;
		}
		if (h < 0 || h > max) {
			this.problem(t, row, field, 'score', `${text} is outside 0–${max / 100}`);
			return null;
		}
		return h;
	}

	addSources(ids: Iterable<string>) {
		for (const id of ids) this.sourceIds.add(id);
	}

	requireSource(t: CsvTable, row: CsvRow | null, field: string, id: string) {
		if (!this.sourceIds.has(id))
			this.problem(
				t,
				row,
				field,
				'source',
				`unknown source "${id}" (see data/reference/sources.csv)`
			);
	}

	/** "Laporan 2024 Tabel 4" → the report's source id and "Tabel 4". */
	reportTable(t: CsvTable, row: CsvRow, field: string): { source_id: string; table: string } {
		const text = row.values[field] ?? '';
		const m = /^Laporan (\d{4}) (Tabel \d+)$/.exec(text);
		if (!m) {
			this.problem(t, row, field, 'source', `"${text}" is not of the form "Laporan YYYY Tabel N"`);
			return { source_id: '', table: text };
		}
		const id = `lap${m[1]}`;
		this.requireSource(t, row, field, id);
		return { source_id: id, table: m[2] ?? '' };
	}

	/** Why a region name failed, naming an unknown province as such. */
	regionFailure(name: string, province: string, m: Extract<MatchResult, { ok: false }>): string {
		if (province) {
			const p = this.regionMatcher.match(province, { kind: 'provinsi' });
			if (!p.ok)
				return (
					`unknown province "${province}"` +
					suggestion(
						this.regionMatcher
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
	}

	/** Why a central name failed. */
	centralFailure(name: string): string | null {
		const m = this.centralMatcher.match(name);
		if (m.ok) return null;
		return m.reason === 'none'
			? `"${name}" matches no central instansi in data/reference/central_instansi.csv` +
					suggestion(m.candidates.map((c) => c.name))
			: `"${name}" matches several central instansi: ${m.candidates.map((c) => c.slug).join(', ')}`;
	}
}

export function suggestion(names: string[]): string {
	return names.length
		? `; did you mean ${names.slice(0, 3).join(' / ')}? (or add a reviewed alias)`
		: '';
}
