import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildModel } from './normalise';
import { formatProblem, type Problem } from './problems';
import {
	COMPILED_HEADER,
	COMPILED_ROWS,
	HISTORY_CSV,
	INDICATORS_HEADER,
	INDICATORS_ROWS,
	SPBE_2018_HEADER,
	SPBE_2018_ROWS,
	fixtureHistory,
	historyData,
	historyRegistry
} from './fixture-history';
import type { RawHistory } from './raw';

/**
 * Every rule the history adds, on the tiny history fixture (fixture-history.ts: real rows of
 * the three files): each test breaks one row and checks the one problem that follows, with
 * its file, line, field and rule.
 */

type HistoryFile = Exclude<keyof RawHistory, 'dir'>;
const F2018 = 'history/spbe_2018.csv';
const F2122 = 'history/spbe_indicators_2021_2022.csv';
const FCOMP = 'history/spbe_index_2019_2020_compiled.csv';

function run(overrides: Partial<Record<HistoryFile, string>> = {}) {
	return buildModel(historyData(), historyRegistry(), { history: fixtureHistory(overrides) });
}

/** The text of a history file with one row (found by its start) replaced. */
function withRow(
	file: 'spbe2018' | 'indicators' | 'compiled',
	start: string,
	to: (row: string) => string
) {
	const [header, rows] = {
		spbe2018: [SPBE_2018_HEADER, SPBE_2018_ROWS],
		indicators: [INDICATORS_HEADER, INDICATORS_ROWS],
		compiled: [COMPILED_HEADER, COMPILED_ROWS]
	}[file] as [string, string[]];
	const hits = rows.filter((r) => r.startsWith(start));
	if (hits.length !== 1) throw new Error(`${file}: "${start}" must start exactly one row`);
	return {
		[file]: [header, ...rows.map((r) => (r.startsWith(start) ? to(r) : r))].join('\n') + '\n'
	};
}

/** A CSV row's cells (the fixture rows quote only the 2018 notes, never a changed cell). */
const setCell = (row: string, i: number, value: string) => {
	const cells = row.split(',');
	cells[i] = value;
	return cells.join(',');
};
const INDICATOR = (k: number) => 5 + k; // column of i{k}
const COLUMN = Object.fromEntries(INDICATORS_HEADER.split(',').map((c, i) => [c, i]));

function expectOnly(problems: Problem[], ...expected: [string, ...string[]][]): void {
	const texts = problems.map(formatProblem);
	expect(texts, texts.join('\n')).toHaveLength(expected.length);
	expected.forEach(([where, ...words], i) => {
		const text = texts[i] ?? '';
		expect(text.startsWith(`${where} `), `${text}\n  should start with\n${where}`).toBe(true);
		for (const word of words) expect(text).toContain(word);
	});
}

describe('the history fixture', () => {
	test('is valid: no problems', () => {
		expect(run().problems.map(formatProblem)).toEqual([]);
	});

	test('Kota Malang has seven years, each with its status, source and row', () => {
		const rows = run()
			.model.result.filter((r) => r.instansi_id === '35.73')
			.sort((a, b) => a.year - b.year)
			.map(
				(r) => `${r.year} ${r.index_h} ${r.status} ${r.source_id} ${r.source_table} ${r.source_row}`
			);
		expect(rows).toEqual([
			'2018 244 official lap2018 Tabel 24 35',
			'2019 285 compiled kompilasi Data_lengkap.csv 4',
			'2020 285 compiled kompilasi Data_lengkap.csv 4',
			'2021 273 secondary data2122 Sheet 2021 247',
			'2022 260 secondary data2122 Sheet 2022 478',
			'2023 382 official lap2023 Tabel 31 33',
			'2024 424 official lap2024 Tabel 32 33'
		]);
	});

	test('2021/2022 carry their 47 levels, their domains (half up) and the methodology of their year', () => {
		const { model } = run();
		const levels = model.indicator_level.find((v) => v.instansi_id === '35.73' && v.year === 2021);
		expect(levels?.levels).toHaveLength(47);
		expect(levels?.levels.slice(0, 5)).toEqual([2, 2, 1, 2, 3]); // i1…i5 of sheet row 247
		const malang2021 = model.result.find((r) => r.instansi_id === '35.73' && r.year === 2021);
		// the sheet's domains: 2.5, 2.8000000000000003, 1, 3.3846153846153846
		expect(malang2021).toMatchObject({
			kebijakan_h: 250,
			tata_kelola_h: 280,
			manajemen_h: 100,
			layanan_h: 338,
			methodology: 'pp59-2020'
		});
		expect(model.result.find((r) => r.year === 2018)?.methodology).toBe('pp5-2018');
	});

	test('compiled values get the predicate of their year’s bands and never a domain', () => {
		const compiled = run().model.result.filter((r) => r.status === 'compiled');
		expect(
			compiled.map((r) => `${r.year} ${r.instansi_id} ${r.index_h} ${r.predicate}`).sort()
		).toContain('2019 35.73 285 Baik');
		expect(compiled.every((r) => r.kebijakan_h === null)).toBe(true);
	});

	test('kode_kemenpanrb is never a join key: the two rows coded 8210 are two instansi', () => {
		const ids = run()
			.model.result.filter(
				(r) =>
					r.year === 2021 &&
					['Pemerintah Kab. Tambrauw', 'Pemerintah Provinsi Papua'].includes(r.name_as_printed)
			)
			.map((r) => r.instansi_id)
			.sort();
		expect(ids).toEqual(['91', '96.04']);
	});

	test('the Papua split: a 2018 and 2021 row printed under Papua keeps Papua as its province of that year', () => {
		const { model, problems } = run();
		expect(problems).toEqual([]);
		expect(model.result.find((r) => r.year === 2018 && r.instansi_id === '93.02')).toBeDefined();
		expect(model.instansi_province).toContainEqual({
			instansi_id: '95.01',
			provinsi_kode: '91',
			first_year: null,
			last_year: 2022
		});
		expect(model.instansi.find((i) => i.id === '95')?.since_year).toBe(2023);
	});

	test('a renamed central body is one instansi; a former one has its slug and last year', () => {
		const { model } = run();
		const ombudsman = model.result
			.filter((r) => r.instansi_id === 'sekretariat-jenderal-ombudsman')
			.map((r) => r.year);
		expect(ombudsman.sort()).toEqual([2018, 2019, 2021, 2022]);
		expect(model.instansi.find((i) => i.id === 'kepolisian-daerah-aceh')).toMatchObject({
			until_year: 2018,
			kind: 'lembaga'
		});
	});

	test('a boundary predicate follows the unrounded index and is noted (Kota Singkawang 2021: 2.60 Cukup, 2.5955)', () => {
		const notes = run().model.data_note.filter((n) => n.kind === 'boundary_predicate');
		expect(notes).toMatchObject([{ instansi_id: '61.72', year: 2021 }]);
		expect(notes[0]?.message).toContain('2.5955');
	});

	test('without the history folder the model is the embedded data alone', () => {
		const { model, problems } = buildModel(historyData(), historyRegistry());
		expect(problems).toEqual([]);
		expect([...new Set(model.result.map((r) => r.year))].sort()).toEqual([2022, 2023, 2024]);
		expect(model.indicator_level).toEqual([]);
	});
});

describe('region-match (history)', () => {
	test('a 2018 name that matches no code', () => {
		const { problems } = run(
			withRow('spbe2018', '2018,26,15,', (r) => r.replace('Kota Singkawang', 'Kota Singkawangan'))
		);
		expectOnly(
			problems,
			[
				`${F2018}, line 5, instansi_name: [region-match]`,
				'"Pemerintah Kota Singkawangan" matches no Kemendagri code',
				'Kota Singkawang 61.72'
			],
			[`${F2018}: [report-count]`, '2018 has 1 kota rows']
		);
	});

	test('a 2018 name that matches two codes and a printed province that does not decide', () => {
		const reg = historyRegistry();
		reg.regions.push({
			kode: '61.99',
			nama: 'Kota Singkawang',
			kind: 'kota',
			provinsiKode: '91',
			provinsiNama: 'Papua'
		});
		const { problems } = buildModel(historyData(), reg, {
			history: fixtureHistory(
				withRow('spbe2018', '2018,26,15,', (r) => r.replace('Kalimantan Barat', 'Jawa Timur'))
			)
		});
		// the 2018 row fails; the compiled row, placed without a province, fails too
		expectOnly(
			problems,
			[`${F2018}, line 5, instansi_name: [region-match]`, 'matches 2 codes', '61.72', '61.99'],
			[`${FCOMP}, line 5, instansi_name: [region-match]`, 'matches 2 codes'],
			[`${F2018}: [report-count]`, '2018 has 1 kota rows'],
			[`${FCOMP}: [report-count]`, '2019 has 4 semua rows'],
			[`${FCOMP}: [report-count]`, '2020 has 2 semua rows']
		);
	});

	test('a 2018 region printed under another province', () => {
		const { problems } = run(
			withRow('spbe2018', '2018,26,15,', (r) => r.replace(',Kalimantan Barat,', ',Papua,'))
		);
		expectOnly(
			problems,
			[
				`${F2018}, line 5, province_name: [region-province]`,
				'printed under Papua',
				'Kalimantan Barat in 2018'
			],
			[`${F2018}: [report-count]`, '2018 has 1 kota rows']
		);
	});

	test('a 2021 name printed under a coarse Daerah is placed and the mismatch noted, not refused', () => {
		const { model, problems } = run(
			withRow('indicators', '2021,247,', (r) => r.replace(',Jawa Timur,', ',Kalimantan Barat,'))
		);
		expect(problems).toEqual([]);
		expect(model.data_note).toContainEqual(
			expect.objectContaining({ instansi_id: '35.73', year: 2021, kind: 'province' })
		);
	});

	test('a central name that matches nothing', () => {
		const { problems } = run(
			withRow('spbe2018', '2018,5,3,', (r) =>
				r.replace('Kepolisian Daerah Aceh', 'Kepolisian Daerah Atjeh')
			)
		);
		expectOnly(
			problems,
			[
				`${F2018}, line 2, instansi_name: [central-match]`,
				'"Kepolisian Daerah Atjeh" matches no central instansi',
				'did you mean Kepolisian Daerah Aceh'
			],
			[`${F2018}: [report-count]`, '2018 has 1 pusat rows']
		);
	});
});

describe('duplicate-code (history)', () => {
	test('an instansi twice in a year, under another spelling', () => {
		const { problems } = run(
			withRow('indicators', '2022,56,', (r) =>
				r
					.replace('Ombudsman Republik Indonesia', 'Sekretariat Ombudsman Republik Indonesia')
					.replace('2022,56,4056', '2021,56,4056')
			)
		);
		expectOnly(
			problems,
			[
				`${F2122}, line 8, instansi_name: [duplicate-code]`,
				'sekretariat-jenderal-ombudsman',
				'appears twice in 2021',
				'also history/spbe_indicators_2021_2022.csv line 2'
			],
			[`${F2122}: [report-count]`, '2022 has 0 pusat rows']
		);
	});
});

describe('index-from-indicators', () => {
	test('one level changed: the stored index no longer follows from the 47 levels', () => {
		const { problems } = run(
			withRow('indicators', '2021,247,', (r) => setCell(r, INDICATOR(1), '3'))
		);
		const rules = problems.map((p) => `${p.line} ${p.field} ${p.rule}`);
		expect(rules).toContain(`3 aspek_1 index-from-indicators`);
		expect(rules).toContain(`3 index_unrounded index-from-indicators`);
		expect(rules).toContain(`3 index index-from-indicators`);
		expect(new Set(problems.map((p) => p.file))).toEqual(new Set([F2122]));
	});

	test('index_unrounded off by 2e-6 is refused, off by 7e-16 accepted', () => {
		const off = (v: string) =>
			run(withRow('indicators', '2021,247,', (r) => setCell(r, COLUMN.index_unrounded ?? 0, v)))
				.problems;
		expect(off('2.7300000000000004')).toEqual([]);
		expectOnly(off('2.730002'), [
			`${F2122}, line 3, index_unrounded: [index-from-indicators]`,
			'is not the index of its 47 indicators',
			'exactly 2.7300'
		]);
	});

	test('a rounded index that is not the exact index rounded half up', () => {
		expectOnly(
			run(withRow('indicators', '2021,247,', (r) => setCell(r, COLUMN.index ?? 0, '2.72')))
				.problems,
			[
				`${F2122}, line 3, index: [index-from-indicators]`,
				'index 2.72 is not the exact index 2.7300 rounded half up (2.73)'
			]
		);
	});

	test('a level that is not 1–5', () => {
		expectOnly(
			run(withRow('indicators', '2021,247,', (r) => setCell(r, INDICATOR(5), '6'))).problems,
			[`${F2122}, line 3, i5: [indicator-level]`, '"6" is not a level 1–5'],
			[`${F2122}: [report-count]`, '2021 has 1 kota rows']
		);
	});

	test('the weights come from methodology.csv: weight moved from indicator 3 to 1 breaks Kota Malang 2021', () => {
		const methodology = readFileSync('data/spbe/methodology.csv', 'utf8')
			.replace(/^1,(.*?),1\.30,13\.00,13\.00/m, '1,$1,1.80,13.00,13.00')
			.replace(/^3,(.*?),1\.30,13\.00,13\.00/m, '3,$1,0.80,13.00,13.00');
		const { problems } = buildModel(historyData({ methodology }), historyRegistry(), {
			history: fixtureHistory()
		});
		const malang = problems.filter((p) => p.file === F2122 && p.line === 3).map((p) => p.field);
		expect(malang).toEqual(['aspek_1', 'domain_kebijakan', 'index_unrounded', 'index']);
	});
});

describe('predicate-band (history)', () => {
	test('a 2021 predicate that disagrees with the band of the unrounded index', () => {
		expectOnly(
			run(withRow('indicators', '2021,253,', (r) => setCell(r, COLUMN.predicate ?? 0, 'Baik')))
				.problems,
			[
				`${F2122}, line 4, predicate: [predicate-band]`,
				'predicate "Baik" disagrees with the unrounded index 2.5955, which is in band "Cukup"'
			]
		);
	});

	test('a 2018 predicate that is not the band of its printed index', () => {
		expectOnly(
			run(withRow('spbe2018', '2018,24,35,', (r) => r.replace(',2.44,Cukup,', ',2.44,Baik,')))
				.problems,
			[
				`${F2018}, line 4, predicate: [predicate-band]`,
				'predicate "Baik" disagrees with index 2.44'
			]
		);
	});
});

describe('report-count (history)', () => {
	test('a deleted 2018 row: the year no longer has the count PROVENANCE.md gives', () => {
		const spbe2018 =
			[SPBE_2018_HEADER, ...SPBE_2018_ROWS.filter((r) => !r.startsWith('2018,26,15,'))].join('\n') +
			'\n';
		expectOnly(run({ spbe2018 }).problems, [
			`${F2018}: [report-count]`,
			'2018 has 1 kota rows',
			'counts 2',
			'history_counts.csv line 5'
		]);
	});

	test('a year without counts', () => {
		const counts = HISTORY_CSV.counts.replace('2020,semua,3,kompilasi,Data_lengkap.csv,yes,\n', '');
		expectOnly(run({ counts }).problems, [
			'data/reference/history_counts.csv, kelompok: [report-count]',
			'no report count for 2020 semua'
		]);
	});
});

describe('compiled-2018', () => {
	test('the compilation’s 2018 value must equal the official 2018 table', () => {
		expectOnly(
			run(withRow('compiled', 'Pemerintah Kota Malang,', (r) => r.replace(/2\.44$/, '2.45')))
				.problems,
			[
				`${FCOMP}, line 4, index_2018_compiled: [compiled-2018]`,
				'2.45 disagrees with the official 2018 table (2.44)'
			]
		);
	});

	test('a compiled value written with a decimal comma', () => {
		const compiled = HISTORY_CSV.compiled.replace(
			'Pemerintah Kota Malang,2.85,',
			'Pemerintah Kota Malang,"2,85",'
		);
		expectOnly(
			run({ compiled }).problems,
			[`${FCOMP}, line 4, index_2019: [score]`, '"2,85" is not an index 1–5'],
			[`${FCOMP}: [report-count]`, '2019 has 4 semua rows']
		);
	});
});

describe('history', () => {
	test('a missing file in the history folder is named', () => {
		const h = fixtureHistory();
		h.compiled = {
			file: 'history/spbe_index_2019_2020_compiled.csv',
			rows: [],
			problems: [
				{
					file: 'history/spbe_index_2019_2020_compiled.csv',
					line: null,
					field: null,
					rule: 'history',
					message: 'missing'
				}
			]
		};
		const { problems } = buildModel(historyData(), historyRegistry(), { history: h });
		expect(problems.map((p) => p.rule)).toEqual(['history', 'report-count', 'report-count']);
	});
});
