/** Loads the model into DuckDB (exact DECIMALs) and writes each table as Arrow IPC. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { hundredthsToText } from '../../src/lib/scores';
import { createNodeEngine } from '../../src/lib/db/engine-node';
import { TABLES, type Manifest, type TableName } from '../../src/lib/db/types';
import type { Model } from './model';

type Cell = string | number | null;

// duckdb-wasm's Node build returns tables built by the CommonJS copy of apache-arrow;
// serialise them with that same copy (the ESM one would not recognise them).
const { tableToIPC } = createRequire(import.meta.url)(
	'apache-arrow'
) as typeof import('apache-arrow');

/** Each table's rows as the values of its columns, in schema order. */
function columns(model: Model): Record<TableName, Cell[][]> {
	const h = (v: number | null) => (v === null ? null : hundredthsToText(v));
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
			r.abbreviation
		]),
		result: model.result.map((r) => [
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
		]),
		source: model.source.map((r) => [r.id, r.publisher, r.title, r.date, r.address, r.note]),
		methodology_version: model.methodology_version.map((r) => [
			r.id,
			r.regulation,
			r.first_year,
			r.last_year,
			r.source_id,
			r.note
		]),
		methodology: model.methodology.map((r) => [
			r.version,
			r.level,
			r.no,
			r.name,
			r.parent_no,
			h(r.weight_h)
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
			r.source_table
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
			r.message
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
	extra: Pick<Manifest, 'geo'>
): Promise<Manifest> {
	const engine = await createNodeEngine({ exact: true });
	const conn = engine.connection;
	conn.query(readFileSync(new URL('../../src/lib/sql/schema.sql', import.meta.url), 'utf8'));
	mkdirSync(outDir, { recursive: true });
	const rowsByTable = columns(model);
	const tables = {} as Manifest['tables'];
	for (const name of TABLES) {
		const rows = rowsByTable[name];
		if (rows.length > 0) {
			const width = rows[0]?.length ?? 0;
			const stmt = conn.prepare(
				`INSERT INTO ${name} VALUES (${Array.from({ length: width }, (_, i) => `$${i + 1}`).join(', ')})`
			);
			for (const row of rows) stmt.query(...row);
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
	const officialYears = [
		...new Set(model.result.filter((r) => r.status === 'official').map((r) => r.year))
	].sort();
	const manifest: Manifest = {
		builtAt: new Date().toISOString(),
		engine: `duckdb-wasm ${engine.version}`,
		latestYear: Math.max(...officialYears),
		officialYears,
		tables,
		sources: model.source
			.filter((s) => s.note !== 'reported')
			.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher })),
		...extra
	};
	writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return manifest;
}
