/**
 * One source for the predicate bands: data/spbe/predicates.csv. The pipeline turns it into
 * the predicate_band table the SQL joins; the TypeScript defaults read the same file. This
 * proves the CSV, the published table (through the SQL) and the TypeScript agree on every
 * boundary, that every official predicate and gap follows from them, and that no query, no
 * code and no README line carries a copy of the bands that could drift.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../../scripts/pipeline/normalise';
import { readPemdi, readRawData, readRegistry } from '../../../scripts/pipeline/read';
import { writePublished } from '../../../scripts/pipeline/write';
import { openPublished, type NodeEngine } from '../db/engine-node';
import { queries, type ProfileResultRow } from '../db/queries';
import { LOWER_BOUND_H, PREDICATES, predicateOf } from '../scores';
import { methodologiesFrom, methodologyOfYear } from './index';
import { SPBE_BANDS } from './spbe';

const csv = Papa.parse<Record<string, string>>(readFileSync('data/spbe/predicates.csv', 'utf8'), {
	header: true,
	skipEmptyLines: true
}).data;
const hundredths = (text: string | undefined) => (text ? Math.round(Number(text) * 100) : null);
/** The CSV's lower bounds in hundredths, read here independently of the code under test. */
const csvLower = Object.fromEntries(csv.map((r) => [r.predicate, hundredths(r.lower_bound)]));
/** Every band of the CSV, lowest first: its lower and upper bound in hundredths. */
const csvBands = [...csv]
	.sort((a, b) => (hundredths(a.lower_bound) ?? -1) - (hundredths(b.lower_bound) ?? -1))
	.map((r) => ({
		predicate: r.predicate,
		lowerH: hundredths(r.lower_bound),
		upperH: hundredths(r.upper_bound)
	}));
/** The band edges (every lower bound), as they could be written in code: 4.2, 4.20, 420. */
const edges = csvBands.flatMap((b) => (b.lowerH === null ? [] : [b.lowerH]));

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

let official: Promise<ProfileResultRow[]> | undefined;
/** Every official result with its predicate and gap (profile_results.sql), asked once. */
const officialResults = () =>
	(official ??= queries
		.profileResults(engine, '*')
		.then((rows) => rows.filter((r) => r.status === 'official')));

describe('predicate bands: CSV, SQL and TypeScript agree', () => {
	it('the CSV holds the five predicates, lowest first, each band starting where the last ends', () => {
		expect(csvBands.map((b) => b.predicate)).toEqual([...PREDICATES]);
		csvBands.forEach((b, i) => i > 0 && expect(b.lowerH).toBe(csvBands[i - 1]?.upperH));
	});

	it('the TypeScript defaults are the CSV, boundary for boundary', () => {
		expect(LOWER_BOUND_H).toEqual(csvLower);
		expect(SPBE_BANDS).toEqual(csvBands);
		for (const b of csvBands) {
			if (b.lowerH === null) continue;
			expect(predicateOf(b.lowerH), `${b.lowerH}`).toBe(b.predicate);
			expect(predicateOf(b.lowerH - 1), `${b.lowerH - 1}`).not.toBe(b.predicate);
		}
	});

	it('the published predicate_band table (through predicate_bands.sql) is the CSV', async () => {
		const rows = await queries.predicateBands(engine);
		const spbe = rows.filter((r) => r.methodology === 'pp59-2020');
		const h = (v: number | null) => (v === null ? null : Math.round(v * 100));
		expect(
			spbe.map((r) => ({ predicate: r.predicate, lowerH: h(r.lower), upperH: h(r.upper) }))
		).toEqual(csvBands);
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

	it('every official predicate is the band of its index, or the band below for an index on an edge', async () => {
		const rows = await officialResults();
		expect(rows.length).toBeGreaterThan(1000);
		for (const r of rows) {
			const h = Math.round(r.index * 100);
			const band = predicateOf(h);
			if (r.predicate === band) continue;
			// the reports' one exception: printed on a band's lower edge, unrounded below it
			const i = csvBands.findIndex((b) => b.predicate === band);
			expect(h, `${r.id} ${r.year}`).toBe(csvBands[i]?.lowerH);
			expect(r.predicate, `${r.id} ${r.year}`).toBe(csvBands[i - 1]?.predicate);
		}
	});

	it('every profile gap is the distance to the next band of the CSV (profile_results.sql)', async () => {
		const rows = await officialResults();
		for (const r of rows) {
			const next = csvBands[csvBands.findIndex((b) => b.predicate === r.predicate) + 1];
			expect(r.predikat_berikut, `${r.id} ${r.year}`).toBe(next?.predicate ?? null);
			expect(r.ambang_berikut === null ? null : Math.round(r.ambang_berikut * 100)).toBe(
				next?.lowerH ?? null
			);
			if (next?.lowerH != null)
				expect(Math.round((r.selisih_ambang ?? NaN) * 100)).toBe(
					next.lowerH - Math.round(r.index * 100)
				);
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

	it('no code compares a score with a band edge of its own', () => {
		const literal = edges
			.map((h) => `${h}|${h / 100}|${(h / 100).toFixed(2)}`.replace(/\./g, '\\.'))
			.join('|');
		const comparison = new RegExp(`(>=?|<=?)\\s*(${literal})(?![\\d.])`);
		const copies = codeFiles(['src', 'scripts']).filter((f) =>
			readFileSync(f, 'utf8')
				.split('\n')
				.some((line) => comparison.test(line))
		);
		expect(copies).toEqual([]);
	});

	it("the README's glossary states the CSV's bands", () => {
		const text = (h: number) => (h / 100).toFixed(1);
		const chain = csvBands
			.map((b, i) => (i === 0 ? b.predicate : `${text(b.lowerH ?? 0)} ≤ ${b.predicate}`))
			.join(' < ');
		expect(readFileSync('README.md', 'utf8')).toContain(chain);
	});
});

/** Every .ts and .svelte file under `dirs` but tests and fixtures. */
function codeFiles(dirs: string[]): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (name === 'node_modules' || name === 'paraglide') continue;
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$|fixture/.test(name)) out.push(path);
		}
	};
	dirs.forEach(walk);
	return out;
}
