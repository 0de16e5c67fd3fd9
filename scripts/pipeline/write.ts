/** Loads the model into DuckDB (exact DECIMALs) and writes each table as Arrow IPC. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { hundredthsToText } from '../../src/lib/scores/score';
import { createNodeEngine } from '../../src/lib/db/engine-node';
import { TABLES, type Manifest, type SiteFacts, type TableName } from '../../src/lib/db/types';
import type { Model } from './model';

type Cell = string | number | boolean | null;

// duckdb-wasm's Node build returns tables built by the CommonJS copy of apache-arrow;
// serialise them with that same copy (the ESM one would not recognise them).
const { tableToIPC } = createRequire(import.meta.url)(
	'apache-arrow'
) as typeof import('apache-arrow');

/** Each table's rows as the values of its columns, in schema order. */
/** Hundredths as the DECIMAL(3,2) text DuckDB reads exactly. */
const h = (v: number | null) => (v === null ? null : hundredthsToText(v));

function columns(model: Model): Record<TableName, Cell[][]> {
	return {
		instansi: model.instansi.map((r) => [
			r.id,
			r.kind,
			r.kode,
			r.slug,
			r.name,
			r.provinsi_kode,
			r.provinsi_nama,
			r.subgroup,
			r.abbreviation,
			r.since_year,
			r.until_year
		]),
		instansi_province: model.instansi_province.map((r) => [
			r.instansi_id,
			r.provinsi_kode,
			r.first_year,
			r.last_year
		]),
		result: model.result.map(resultRow),
		pemdi_result: model.pemdi_result.map(resultRow),
		source: model.source.map((r) => [
			r.id,
			r.publisher,
			r.title,
			r.date,
			r.address,
			r.note,
			r.status
		]),
		methodology_version: model.methodology_version.map((r) => [
			r.id,
			r.regulation,
			r.first_year,
			r.last_year,
			r.source_id,
			r.note,
			r.index_name,
			r.installed
		]),
		methodology: model.methodology.map((r) => [
			r.version,
			r.level,
			r.no,
			r.name,
			r.parent_no,
			h(r.weight_h),
			r.code
		]),
		predicate_band: model.predicate_band.map((r) => [
			r.methodology,
			r.no,
			r.predicate,
			h(r.lower_h),
			h(r.upper_h),
			r.interval_as_printed,
			r.source_id
		]),
		// a list literal, cast to UTINYINT[] by the insert
		indicator_level: model.indicator_level.map((r) => [
			r.instansi_id,
			r.year,
			r.methodology,
			`[${r.levels.join(',')}]`
		]),
		statistic: model.statistic.map((r) => [
			r.year,
			r.scope,
			r.measure,
			r.measure_label,
			r.stat,
			h(r.value_h),
			r.source_id,
			r.source_table
		]),
		report_count: model.report_count.map((r) => [
			r.year,
			r.kelompok,
			r.count,
			r.source_id,
			r.source_table,
			r.complete,
			r.note
		]),
		data_note: model.data_note.map((r) => [
			r.instansi_id,
			r.year,
			r.kind,
			r.field,
			r.message,
			r.source_id
		]),
		reconciliation: model.reconciliation.map((r) => [
			r.instansi_id,
			r.name_as_reported,
			r.year,
			h(r.reported_h),
			h(r.official_h),
			r.kind,
			r.source_id,
			r.message,
			r.table_status
		]),
		award_result: model.award_result.map((r) => [
			r.award,
			r.edition,
			r.category,
			r.rank,
			r.recipient,
			r.instansi_id,
			r.source_id,
			r.note
		]),
		award_category: model.award_category.map((r) => [
			r.slug,
			r.no,
			r.name_id,
			r.name_en,
			r.measure,
			r.direction,
			r.kelompok,
			r.source_id,
			r.basis
		])
	};
}

export async function writePublished(
	model: Model,
	outDir: string,
	extra: Pick<Manifest, 'geo' | 'history' | 'pemdi'>
): Promise<Manifest> {
	const engine = await createNodeEngine({ exact: true });
	const conn = engine.connection;
	conn.query(readFileSync(new URL('../../src/lib/sql/schema.sql', import.meta.url), 'utf8'));
	mkdirSync(outDir, { recursive: true });
	const rowsByTable = columns(model);
	const tables = {} as Manifest['tables'];
	for (const name of TABLES) {
		const rows = rowsByTable[name];
		// many rows per statement (each a bound parameter): one statement per row took
		// half a minute for the 50,000 indicator levels
		const width = rows[0]?.length ?? 0;
		const batch = Math.max(1, Math.floor(2000 / Math.max(1, width)));
		for (let start = 0; start < rows.length; start += batch) {
			const chunk = rows.slice(start, start + batch);
			const tuples = chunk.map(
				(_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`
			);
			const stmt = conn.prepare(`INSERT INTO ${name} VALUES ${tuples.join(', ')}`);
			stmt.query(...chunk.flat());
			stmt.close();
		}
		const bytes = tableToIPC(conn.query(`SELECT * FROM ${name}`), 'stream');
		if (bytes.byteLength === 0) throw new Error(`${name}: Arrow serialisation produced no bytes`);
		const file = `${name}.arrow`;
		writeFileSync(join(outDir, file), bytes);
		tables[name] = {
			file,
			rows: rows.length,
			bytes: bytes.byteLength,
			sha256: createHash('sha256').update(bytes).digest('hex')
		};
	}
	engine.close();
	const yearsOf = (statuses: string[]) =>
		[...new Set(model.result.filter((r) => statuses.includes(r.status)).map((r) => r.year))].sort();
	const officialYears = yearsOf(['official']);
	const manifest: Manifest = {
		builtAt: new Date().toISOString(),
		engine: `duckdb-wasm ${engine.version}`,
		latestYear: Math.max(...officialYears),
		officialYears,
		tableYears: yearsOf(['official', 'secondary']),
		years: yearFacts(model),
		categories: model.award_category.map((c) => ({
			slug: c.slug,
			measure: c.measure,
			name_id: c.name_id,
			name_en: c.name_en
		})),
		tables,
		sources: model.source
			.filter((s) => s.note !== 'reported')
			.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher })),
		...extra
	};
	writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	// what every page's layout needs (inlined into each prerendered page: keep it small)
	const site: SiteFacts = {
		builtAt: manifest.builtAt,
		engine: manifest.engine,
		latestYear: manifest.latestYear,
		officialYears: manifest.officialYears,
		tableYears: manifest.tableYears
	};
	writeFileSync(join(outDir, 'site.json'), JSON.stringify(site) + '\n');
	return manifest;
}

/** Each year with values: its status, how many instansi, and whether domains are published. */
function yearFacts(model: Model): Manifest['years'] {
	const order = ['official', 'secondary', 'compiled', 'reported'];
	const years = [...new Set(model.result.map((r) => r.year))].sort();
	return years.map((year) => {
		const rows = model.result.filter((r) => r.year === year);
		const status = order.find((s) =>
			rows.some((r) => r.status === s)
		) as Manifest['years'][number]['status'];
		const own = rows.filter((r) => r.status === status);
		const count = model.report_count.filter((c) => c.year === year);
		const source = model.source.find((s) => s.id === own[0]?.source_id);
		return {
			year,
			status,
			rows: own.length,
			methodology: own[0]?.methodology ?? '',
			domains: own.some((r) => r.kebijakan_h !== null),
			// fewer rows than the year's evaluation (2022: the secondary sheet)
			complete: count.every((c) => c.complete),
			source_id: source?.id ?? ''
		};
	});
}

/** A row of `result` or `pemdi_result` (the same columns), as the schema orders them. */
function resultRow(r: Model['result'][number]): Cell[] {
	return [
		r.instansi_id,
		r.year,
		r.methodology,
		h(r.index_h),
		h(r.kebijakan_h),
		h(r.tata_kelola_h),
		h(r.manajemen_h),
		h(r.layanan_h),
		r.predicate,
		r.status,
		r.source_id,
		r.source_table,
		r.source_row,
		r.name_as_printed,
		r.subgroup,
		r.note,
		r.caveat
	];
}
