/**
 * One source for the predicate bands: data/spbe/predicates.csv. The pipeline turns it into
 * the predicate_band table the SQL joins; the TypeScript defaults read the same file. This
 * proves the CSV, the published table (through the SQL) and the TypeScript agree, and that no
 * query carries a copy of the bands.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../../scripts/pipeline/normalise';
import { readPemdi, readRawData, readRegistry } from '../../../scripts/pipeline/read';
import { writePublished } from '../../../scripts/pipeline/write';
import { openPublished, type NodeEngine } from '../db/engine-node';
import { queries } from '../db/queries';
import { LOWER_BOUND_H, predicateOf } from '../scores';
import { methodologiesFrom, methodologyOfYear } from './index';
import { SPBE_BANDS } from './spbe';

const csv = Papa.parse<Record<string, string>>(readFileSync('data/spbe/predicates.csv', 'utf8'), {
	header: true,
	skipEmptyLines: true
}).data;
/** The CSV's lower bounds in hundredths, read here independently of the code under test. */
const csvLower = Object.fromEntries(
	csv.map((r) => [r.predicate, r.lower_bound ? Math.round(Number(r.lower_bound) * 100) : null])
);

let engine: NodeEngine;
beforeAll(async () => {
	const { model, problems } = buildModel(readRawData('data'), readRegistry('data'), {
		pemdi: readPemdi()
	});
	expect(problems).toEqual([]);
	const dir = mkdtempSync(join(tmpdir(), 'tolok-bands-'));
	await writePublished(model, dir, {
		geo: { provinsi: false, kabkota: false },
		history: { installed: false, variable: 'HISTORY_DIR', dir: '' },
		pemdi: { installed: false, variable: 'PEMDI_DIR', dir: '' }
	});
	engine = await openPublished(dir);
}, 120_000);
afterAll(() => engine?.close());

describe('predicate bands: CSV, SQL and TypeScript agree', () => {
	it('the TypeScript defaults are the CSV', () => {
		expect(LOWER_BOUND_H).toEqual(csvLower);
		expect(Object.fromEntries(SPBE_BANDS.map((b) => [b.predicate, b.lowerH]))).toEqual(csvLower);
	});

	it('the published predicate_band table (through predicate_bands.sql) is the CSV', async () => {
		const rows = await queries.predicateBands(engine);
		const spbe = rows.filter((r) => r.methodology === 'pp59-2020');
		expect(
			Object.fromEntries(
				spbe.map((r) => [r.predicate, r.lower === null ? null : Math.round(r.lower * 100)])
			)
		).toEqual(csvLower);
		const list = methodologiesFrom(
			await queries.methodologies(engine),
			await queries.methodologyItems(engine),
			rows
		);
		expect(methodologyOfYear(list, 2024)?.bands).toEqual(SPBE_BANDS);
		expect(methodologyOfYear(list, 2018)?.bands.map((b) => b.lowerH)).toEqual(
			SPBE_BANDS.map((b) => b.lowerH)
		);
	});

	it('every profile gap is the distance to the next band of the table', async () => {
		const rows = (await queries.profileResults(engine, '*')).filter((r) => r.status === 'official');
		for (const r of rows) {
			const h = Math.round(r.index * 100);
			expect(r.predicate === predicateOf(h) || r.selisih_ambang === 0 || r.predicate !== '').toBe(
				true
			);
			if (r.ambang_berikut !== null) {
				const next = r.predikat_berikut as keyof typeof csvLower;
				expect(Math.round(r.ambang_berikut * 100)).toBe(csvLower[next]);
			}
		}
	});

	it('no query carries a copy of the bands', () => {
		const dir = 'src/lib/sql';
		for (const f of readdirSync(dir).filter(
			(f) => f.endsWith('.sql') && !f.startsWith('fixture') && f !== 'schema.sql'
		)) {
			const sql = readFileSync(join(dir, f), 'utf8').replace(/--[^\n]*/g, '');
			expect(sql, f).not.toMatch(/\b(1\.80?|2\.60?|3\.50?|4\.20?)\b/);
			expect(sql, f).not.toMatch(/'Kurang'\s*,\s*'Cukup'/);
		}
	});
});
