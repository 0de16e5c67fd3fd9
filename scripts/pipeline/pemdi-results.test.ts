/**
 * The first Indeks Pemdi results, when data/pemdi/results.csv is added: read with the build's
 * cross-checks (the year's methodology is the installed Indeks Pemdi, the predicate is the
 * Pemdi band of the index, the index follows from its 20 indicators within 0,01, each
 * instansi once a year, the counts of report_counts.csv), each failure naming file, line and
 * rule. A synthetic PermenPANRB 8/2026 (7 aspects, 20 indicators of 5 %, the bands 1,5 / 2,5 /
 * 3,5 / 4,0) keeps the test independent of ../shared.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPublished } from '../../src/lib/db/engine-node';
import { queries } from '../../src/lib/db/queries';
import { INDEKS_PEMDI } from '../../src/lib/methodology/family';
import { writePublished } from './write';
import { parseCsv } from './csv';
import { FIXTURE_CSV, fixtureRaw, fixtureRegistry } from './fixture';
import { buildModel } from './normalise';
import { PEMDI_COLUMNS, type RawPemdi } from './raw';
import { PEMDI_RESULTS_COLUMNS, indicatorColumn } from './tables/result-pemdi';

const FILE = 'data/pemdi/results.csv';
const lines = (...rows: string[]) => rows.join('\n') + '\n';

const GROUPS = [2, 2, 3, 3, 2, 3, 5];
const methodologyCsv = (() => {
	const out = [PEMDI_COLUMNS.methodology.join(',')];
	let no = 0;
	GROUPS.forEach((n, a) => {
		for (let k = 0; k < n; k++) {
			no++;
			const code = `IK-${String(no).padStart(2, '0')}`;
			out.push(
				`PermenPANRB 8/2026,${a + 1},Aspek ${a + 1},${n * 5},${code},Indikator ${no},5,${no}`
			);
		}
	});
	return out.join('\n') + '\n';
})();
const PEMDI: RawPemdi = {
	dir: 'fixture/pemdi',
	methodology: parseCsv('fixture/pemdi/methodology.csv', methodologyCsv, PEMDI_COLUMNS.methodology),
	predicates: parseCsv(
		'fixture/pemdi/predicates.csv',
		lines(
			PEMDI_COLUMNS.predicates.join(','),
			'Kurang,1.00,1.50,yes,no,"1,00 – < 1,50"',
			'Cukup,1.50,2.50,yes,no,"1,50 – < 2,50"',
			'Baik,2.50,3.50,yes,no,"2,50 – < 3,50"',
			'Sangat Baik,3.50,4.00,yes,no,"3,50 – < 4,00"',
			'Memuaskan,4.00,5.00,yes,yes,"4,00 – 5,00"'
		),
		PEMDI_COLUMNS.predicates
	)
};

const raw = (counts = '2026,kota,2,lappemdi,Tabel 5') =>
	fixtureRaw({
		versions: lines(
			'id,regulation,first_year,last_year,source_id,index_name,structure,note',
			'pp59-2020,PermenPANRB 59/2020,2021,2025,permen59,Indeks SPBE,spbe,Evaluations 2021–2025',
			'pemdi-2026,PermenPANRB 8/2026,2026,,permen59,Indeks Pemdi,pemdi,From 2026'
		),
		sources:
			FIXTURE_CSV.sources +
			'lappemdi,Kementerian PANRB,Laporan Evaluasi Pemerintah Digital 2026 (fixture),2027-01,,\n',
		counts: FIXTURE_CSV.counts + counts + '\n'
	});

const HEADER = [
	...PEMDI_RESULTS_COLUMNS,
	...Array.from({ length: 20 }, (_, i) => indicatorColumn(i + 1))
].join(',');
const all = (v: string) => Array(20).fill(v).join(',');
const results = (...rows: string[]) =>
	parseCsv(FILE, lines(HEADER, ...rows), PEMDI_RESULTS_COLUMNS);
const VALID = [
	/* 2 */ `35.73,2026,4.00,Memuaskan,lappemdi,Tabel 5,${all('4.00')}`,
	/* 3 */ `32.73,2026,3.50,Sangat Baik,lappemdi,Tabel 5,${Array(20).fill('').join(',')}`
];

const build = (
	rows: string[],
	{ counts = undefined as string | undefined, pemdi = PEMDI as RawPemdi | null } = {}
) => buildModel(raw(counts), fixtureRegistry(), { pemdi, pemdiResults: results(...rows) });

describe('data/pemdi/results.csv', () => {
	it('without the file nothing changes; with a valid one its rows are official Indeks Pemdi results', () => {
		expect(buildModel(raw(''), fixtureRegistry(), { pemdi: PEMDI }).problems).toEqual([]);
		const { model, problems } = build(VALID);
		expect(problems).toEqual([]);
		// kept apart from the SPBE results: no SPBE reading can take them
		expect(model.result.filter((r) => r.methodology === 'pemdi-2026')).toEqual([]);
		const pemdi = model.pemdi_result;
		expect(
			pemdi.map((r) => [r.instansi_id, r.index_h, r.predicate, r.status, r.kebijakan_h])
		).toEqual([
			['35.73', 400, 'Memuaskan', 'official', null],
			['32.73', 350, 'Sangat Baik', 'official', null]
		]);
	});

	it('a predicate that is not the Pemdi band of its index (4,00 is Memuaskan, not Sangat Baik)', () => {
		const { problems } = build([VALID[0]!.replace('Memuaskan', 'Sangat Baik'), VALID[1]!]);
		expect(problems).toMatchObject([
			{ file: FILE, line: 2, field: 'predicate', rule: 'predicate-band' }
		]);
		expect(problems[0]?.message).toContain('Memuaskan');
	});

	it('an index its 20 indicators do not give', () => {
		const { problems } = build([
			VALID[0]!.replace(',4.00,Memuaskan', ',4.02,Memuaskan'),
			VALID[1]!
		]);
		expect(problems).toMatchObject([
			{ file: FILE, line: 2, field: 'index', rule: 'index-from-indicators' }
		]);
		expect(problems[0]?.message).toContain('4.0000');
	});

	it('counts that differ from report_counts.csv, and a group without a count', () => {
		expect(build(VALID, { counts: '2026,kota,3,lappemdi,Tabel 5' }).problems).toMatchObject([
			{ file: FILE, rule: 'report-count' }
		]);
		expect(build(VALID, { counts: '' }).problems).toMatchObject([
			{ file: 'data/reference/report_counts.csv', rule: 'report-count', field: 'kelompok' }
		]);
	});

	it('an SPBE year, a duplicate, an unknown instansi', () => {
		const { problems } = build([
			...VALID,
			/* 4 */ `35.73,2026,4.00,Memuaskan,lappemdi,Tabel 5,`,
			/* 5 */ `35.73,2025,3.00,Baik,lappemdi,Tabel 5,`,
			/* 6 */ `99.99,2026,3.00,Baik,lappemdi,Tabel 5,`
		]);
		expect(problems.map((p) => [p.file, p.line, p.field, p.rule])).toEqual([
			[FILE, 4, 'kode', 'duplicate-code'],
			[FILE, 5, 'year', 'methodology'],
			[FILE, 6, 'kode', 'instansi']
		]);
	});

	it('results without the Pemdi methodology installed stop the build, naming PEMDI_DIR', () => {
		const { problems } = build(VALID, { pemdi: null });
		expect(problems.filter((p) => p.rule === 'methodology')).toHaveLength(2);
		expect(problems[0]).toMatchObject({ file: FILE, line: 2, field: 'year' });
		expect(problems[0]?.message).toContain('PEMDI_DIR');
	});

	it('a published Pemdi year never joins the SPBE years, rankings, series or profiles', async () => {
		const { model, problems } = build(VALID);
		expect(problems).toEqual([]);
		const dir = mkdtempSync(join(tmpdir(), 'tolok-pemdi-'));
		try {
			const none = { installed: false, variable: '', dir: '' };
			const manifest = await writePublished(model, dir, {
				geo: { provinsi: false, kabkota: false },
				history: none,
				pemdi: { ...none, installed: true }
			});
			// the site's SPBE year lists: the latest year, its ranking years, the years with values
			expect(manifest.latestYear).toBeLessThan(2026);
			expect(manifest.officialYears).not.toContain(2026);
			expect(manifest.tableYears).not.toContain(2026);
			expect(manifest.years.map((y) => y.year)).not.toContain(2026);
			const e = await openPublished(dir);
			try {
				expect((await queries.yearSummary(e)).map((r) => r.year)).not.toContain(2026);
				expect(await queries.ranking(e, 2026, 'semua', 'indeks')).toEqual([]);
				expect(await queries.ranking(e, 2026, 'kota', 'indeks')).toEqual([]);
				const malang = await queries.profileResults(e, ['35.73']);
				expect(malang.map((r) => r.year)).not.toContain(2026);
				// where they belong: the Pemdi section of /nasional
				expect(
					(await queries.pemdiResults(e, INDEKS_PEMDI)).map((r) => [r.year, r.predicate, r.n])
				).toEqual([
					[2026, 'Sangat Baik', 1],
					[2026, 'Memuaskan', 1]
				]);
			} finally {
				e.close();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
