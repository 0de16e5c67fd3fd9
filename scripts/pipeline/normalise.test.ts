import { describe, expect, test } from 'vitest';
import { FIXTURE_CSV, FIXTURE_REPORTED_SOURCE, fixtureRaw, fixtureRegistry } from './fixture';
import type { Model, Result } from './model';
import { buildModel, type RawData, type Registry } from './normalise';
import { formatProblem, type Problem } from './problems';

/**
 * Every rule of buildModel on the tiny fixture (fixture.ts): each test breaks one file in one
 * place and checks that exactly the expected problems follow, with their file, line, field,
 * rule and message as the build prints them.
 */

type Overrides = Partial<Record<keyof RawData, string>>;

const RESULTS = 'data/spbe/spbe_results.csv';
const COUNTS = 'data/reference/report_counts.csv';

/** The fixture text of `key` with `from` (which must occur exactly once) replaced by `to`. */
function edited(key: keyof RawData, from: string, to: string): string {
	const text = FIXTURE_CSV[key];
	const at = text.indexOf(from);
	if (at < 0 || text.includes(from, at + 1)) {
		throw new Error(`fixture ${key}: "${from}" must occur exactly once`);
	}
	return text.slice(0, at) + to + text.slice(at + from.length);
}

function edit(key: keyof RawData, from: string, to: string): Overrides {
	return { [key]: edited(key, from, to) };
}

/** The fixture text of `key` with rows added at its end. */
function append(key: keyof RawData, ...rows: string[]): Overrides {
	return { [key]: FIXTURE_CSV[key] + rows.map((r) => `${r}\n`).join('') };
}

function run(overrides: Overrides = {}, reg: Registry = fixtureRegistry()) {
	return buildModel(fixtureRaw(overrides), reg);
}

/**
 * Exactly these problems, in this order. Each is [where, ...words]: `where` is the start of the
 * formatted problem (file, line, field and [rule], so it pins every structured field), and the
 * message must contain every word.
 */
function expectOnly(problems: Problem[], ...expected: [string, ...string[]][]): void {
	const texts = problems.map(formatProblem);
	expect(texts, texts.join('\n')).toHaveLength(expected.length);
	expected.forEach(([where, ...words], i) => {
		const text = texts[i] ?? '';
		expect(text.startsWith(`${where} `), `${text}\n  should start with\n${where}`).toBe(true);
		for (const word of words) expect(text).toContain(word);
	});
}

/** The results of one instansi in one year. */
function rowsOf(model: Model, id: string, year: number): Result[] {
	return model.result.filter((r) => r.instansi_id === id && r.year === year);
}

function rulesOf(problems: Problem[]): string[] {
	return problems.map((p) => p.rule);
}

/** The official rows of the fixture (line → row), to build broken copies of one of them. */
const ROW = {
	kemenkes2024:
		'2024,9,20,Kementerian,,Kementerian Kesehatan,3.10,3.80,3.00,4.13,3.73,Sangat Baik,',
	bps2024: '2024,10,3,LPNK,,Badan Pusat Statistik,4.70,4.70,3.36,4.81,4.53,Memuaskan,',
	banyuwangi2024:
		'2024,32,12,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Banyuwangi,5.00,4.60,4.18,5.00,4.77,Memuaskan,',
	malang2024:
		'2024,32,14,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Malang,3.90,3.40,1.73,4.62,3.74,Sangat Baik,',
	kotaMalang2024:
		'2024,32,33,Pemerintah Kota,Jawa Timur,Pemerintah Kota Malang,4.70,4.30,2.55,4.69,4.24,Memuaskan,',
	banyuwangi2023:
		'2023,31,12,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Banyuwangi,4.70,4.20,3.91,4.82,4.50,Memuaskan,',
	kotaMalang2023:
		'2023,31,33,Pemerintah Kota,Jawa Timur,Pemerintah Kota Malang,4.40,3.10,2.73,4.45,3.82,Sangat Baik,'
} as const;

/** Replace one official row (by its text) with another. */
const row = (from: keyof typeof ROW, to: string): Overrides => edit('results', ROW[from], to);

/** Kab. Banyuwangi 2024 (line 5) printed with other domains, index and predicate. */
const banyuwangi2024 = (domains: string, index: string, predicate: string): Overrides =>
	row(
		'banyuwangi2024',
		`2024,32,12,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Banyuwangi,${domains},${index},${predicate},`
	);

/** Kab. Malang 2024 (line 6) printed under another name or province. */
const malang2024 = (name: string, province = 'Jawa Timur'): Overrides =>
	row(
		'malang2024',
		`2024,32,14,Pemerintah Kabupaten,${province},${name},3.90,3.40,1.73,4.62,3.74,Sangat Baik,`
	);

describe('the fixture', () => {
	test('is valid: no problems', () => {
		const { problems } = run();
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test('gives 12 official rows, one reported row and the regions and bodies of the registry', () => {
		const { model } = run();
		expect(model.result.filter((r) => r.status === 'official')).toHaveLength(12);
		expect(model.result.filter((r) => r.status === 'reported')).toMatchObject([
			{ instansi_id: '35.73', year: 2022, index_h: 260, methodology: 'pp59-2020' }
		]);
		expect(model.instansi.map((i) => i.id).sort()).toEqual([
			'32',
			'32.73',
			'35',
			'35.07',
			'35.10',
			'35.73',
			'badan-pusat-statistik',
			'kementerian-kesehatan'
		]);
		expect(model.award_result).toMatchObject([{ instansi_id: '32.73', rank: 1 }]);
		expect(model.award_category).toMatchObject([
			{ slug: 'indeks', measure: 'index', direction: 'desc', kelompok: 'kota;semua' },
			{ slug: 'peningkatan', measure: 'index_change', source_id: 'permen59' }
		]);
		expect(model.reconciliation).toEqual([]);
	});

	test('keeps a filled cell as a data note and no other note', () => {
		const { model } = run();
		expect(model.data_note).toMatchObject([
			{ instansi_id: '35', year: 2024, kind: 'filled_cell', source_id: 'lap2024' }
		]);
	});

	test('every file is named like the real one', () => {
		const raw = fixtureRaw();
		expect(raw.results.file).toBe(RESULTS);
		expect(raw.counts.file).toBe(COUNTS);
		expect(raw.reported.file).toBe('data/reported/values.csv');
	});
});

describe('csv', () => {
	test('a missing required column', () => {
		const { problems } = run(edit('results', 'predicate,note\n', 'predicate,catatan\n'));
		expectOnly(problems, [`${RESULTS}, line 1, note: [csv]`, 'missing required column "note"']);
	});

	test('an empty file', () => {
		const { problems } = run({ dlga: '' });
		expectOnly(problems, ['data/awards/dlga.csv: [csv]', 'file is empty']);
	});
});

describe('type', () => {
	test('a row number that is not a whole number', () => {
		const { problems } = run(edit('results', '2024,9,20,', '2024,9,20a,'));
		expectOnly(problems, [`${RESULTS}, line 2, row_no: [type]`, '"20a" is not a whole number']);
	});

	test('a year that is not a whole number (the row is then missing from the counts)', () => {
		const { problems } = run(edit('results', '2024,9,20,', '2024.0,9,20,'));
		expect(rulesOf(problems)).toEqual(['type', 'report-count']);
		expectOnly(
			problems,
			[`${RESULTS}, line 2, year: [type]`, '"2024.0" is not a whole number'],
			[`${RESULTS}: [report-count]`, '2024 has 1 pusat rows', 'counts 2']
		);
	});

	test('an unknown type of reported instansi', () => {
		const { problems } = run(edit('reported', 'Kota Malang,kota,', 'Kota Malang,desa,'));
		expectOnly(problems, [
			'data/reported/values.csv, line 2, type: [type]',
			'unknown type "desa"',
			'provinsi, kabupaten, kota, instansi_pusat'
		]);
	});
});

describe('score', () => {
	test('three decimals', () => {
		const { problems } = run(banyuwangi2024('5.000,4.60,4.18,5.00', '4.77', 'Memuaskan'));
		expectOnly(problems, [
			`${RESULTS}, line 5, domain_1_kebijakan: [score]`,
			'"5.000" is not a score with at most two decimals'
		]);
	});

	test('a domain of 0.30 is kept, with an out_of_scale note (2023 Kab. Banyuasin)', () => {
		const { model, problems } = run(
			row(
				'banyuwangi2023',
				'2023,31,12,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Banyuwangi,2.40,1.70,1.09,0.30,1.05,Kurang,'
			)
		);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(rowsOf(model, '35.10', 2023)[0]).toMatchObject({
			layanan_h: 30,
			index_h: 105,
			predicate: 'Kurang',
			status: 'official'
		});
		const notes = model.data_note.filter((n) => n.kind === 'out_of_scale');
		expect(notes).toMatchObject([
			{ instansi_id: '35.10', year: 2023, field: 'layanan', source_id: 'lap2023' }
		]);
		expect(notes[0]?.message).toContain('0.30, below the 1–5 scale');
	});

	test('a domain of -0.10 is rejected', () => {
		const { problems } = run(banyuwangi2024('5.00,4.60,4.18,-0.10', '4.77', 'Memuaskan'));
		expectOnly(problems, [`${RESULTS}, line 5, domain_4_layanan: [score]`, '-0.10 is outside 0–5']);
	});

	test('a domain of 5.10 is rejected', () => {
		const { problems } = run(banyuwangi2024('5.10,4.60,4.18,5.00', '4.77', 'Memuaskan'));
		expectOnly(problems, [
			`${RESULTS}, line 5, domain_1_kebijakan: [score]`,
			'5.10 is outside 0–5'
		]);
	});

	test('5.00 is on the scale', () => {
		expect(run(banyuwangi2024('5.00,5.00,5.00,5.00', '5.00', 'Memuaskan')).problems).toEqual([]);
	});

	test('a reported index outside 0–5', () => {
		const { problems } = run(edit('reported', ',2022,2.60,', ',2022,26.0,'));
		expectOnly(problems, [
			'data/reported/values.csv, line 2, index: [score]',
			'26.0 is outside 0–5'
		]);
	});
});

describe('index-from-domains', () => {
	test('an index that does not follow from its domains', () => {
		const { problems } = run(
			row(
				'malang2024',
				'2024,32,14,Pemerintah Kabupaten,Jawa Timur,Pemerintah Kab. Malang,3.90,3.40,1.73,4.62,3.90,Sangat Baik,'
			)
		);
		expectOnly(problems, [
			`${RESULTS}, line 6, index: [index-from-domains]`,
			'index 3.90 does not follow from its domains',
			'3.90×13% + 3.40×25% + 1.73×16.5% + 4.62×45.5%',
			'more than 0.01'
		]);
	});

	test('0.0093 from the domains is accepted, 0.0107 is not (Kota Malang 2024, 4.2407)', () => {
		const kotaMalang = (index: string): Overrides =>
			row(
				'kotaMalang2024',
				`2024,32,33,Pemerintah Kota,Jawa Timur,Pemerintah Kota Malang,4.70,4.30,2.55,4.69,${index},Memuaskan,`
			);
		expect(run(kotaMalang('4.25')).problems).toEqual([]);
		expectOnly(run(kotaMalang('4.23')).problems, [
			`${RESULTS}, line 7, index: [index-from-domains]`,
			'index 4.23 does not follow from its domains',
			'= 4.2407',
			'off by 0.0107'
		]);
	});
});

describe('predicate-band', () => {
	test('a predicate that is not the band of its index', () => {
		const { problems } = run(
			row(
				'kotaMalang2023',
				'2023,31,33,Pemerintah Kota,Jawa Timur,Pemerintah Kota Malang,4.40,3.10,2.73,4.45,3.82,Baik,'
			)
		);
		expectOnly(problems, [
			`${RESULTS}, line 13, predicate: [predicate-band]`,
			'predicate "Baik" disagrees with index 3.82, which is in band "Sangat Baik"',
			'unrounded 3.8222'
		]);
	});

	test('an unknown predicate name', () => {
		const { problems } = run(
			row(
				'kotaMalang2023',
				'2023,31,33,Pemerintah Kota,Jawa Timur,Pemerintah Kota Malang,4.40,3.10,2.73,4.45,3.82,Sangat baik,'
			)
		);
		expectOnly(problems, [
			`${RESULTS}, line 13, predicate: [predicate-band]`,
			'unknown predicate "Sangat baik"',
			'Kurang, Cukup, Baik, Sangat Baik, Memuaskan'
		]);
	});

	test('the boundary case is accepted and noted (Kab. Nias Barat 2024: 1.80 Kurang, 1.7985)', () => {
		const { model, problems } = run(banyuwangi2024('1.00,1.10,1.00,2.70', '1.80', 'Kurang'));
		expect(problems.map(formatProblem)).toEqual([]);
		expect(rowsOf(model, '35.10', 2024)[0]).toMatchObject({
			index_h: 180,
			predicate: 'Kurang'
		});
		const notes = model.data_note.filter((n) => n.kind === 'boundary_predicate');
		expect(notes).toMatchObject([
			{ instansi_id: '35.10', year: 2024, field: 'predicate', source_id: 'lap2024' }
		]);
		expect(notes[0]?.message).toContain('1.80');
		expect(notes[0]?.message).toContain('1.7985');
	});

	test('the same mismatch one hundredth above the edge is rejected (1.81 Kurang, 1.8076)', () => {
		const { model, problems } = run(banyuwangi2024('1.00,1.10,1.00,2.72', '1.81', 'Kurang'));
		expectOnly(problems, [
			`${RESULTS}, line 5, predicate: [predicate-band]`,
			'predicate "Kurang" disagrees with index 1.81, which is in band "Cukup"',
			'unrounded 1.8076'
		]);
		expect(model.data_note.filter((n) => n.kind === 'boundary_predicate')).toEqual([]);
	});

	test('on the edge but with an unrounded index above it, the lower band is rejected', () => {
		const { problems } = run(banyuwangi2024('1.00,1.10,1.00,2.71', '1.80', 'Kurang'));
		expectOnly(problems, [
			`${RESULTS}, line 5, predicate: [predicate-band]`,
			'predicate "Kurang" disagrees with index 1.80, which is in band "Cukup"',
			'unrounded 1.8031'
		]);
	});

	test('one hundredth below the edge, the upper band is rejected (1.79 Cukup, 1.7894)', () => {
		const { problems } = run(banyuwangi2024('1.00,1.10,1.00,2.68', '1.79', 'Cukup'));
		expectOnly(problems, [
			`${RESULTS}, line 5, predicate: [predicate-band]`,
			'predicate "Cukup" disagrees with index 1.79, which is in band "Kurang"',
			'unrounded 1.7894'
		]);
	});

	test('a reported value has no unrounded index, so its edge is never an exception', () => {
		const { problems } = run(edit('reported', ',2022,2.60,Baik,', ',2022,2.60,Cukup,'));
		expectOnly(problems, [
			'data/reported/values.csv, line 2, predicate: [predicate-band]',
			'predicate "Cukup" disagrees with index 2.60, which is in band "Baik"'
		]);
	});
});

describe('region-match', () => {
	test.each([
		'Pemerintah Kab. Malang',
		'Pemerintah Kabupaten Malang',
		'Kab. Malang',
		'Kab Malang',
		'Kab.Malang',
		'Kabupaten Malang',
		'Kabupaten  Malang',
		'KABUPATEN MALANG',
		'Pemerintah  Kab.  Malang'
	])('"%s" is Kabupaten Malang 35.07', (name) => {
		const { model, problems } = run(malang2024(name));
		expect(problems.map(formatProblem)).toEqual([]);
		expect(model.result.find((r) => r.year === 2024 && r.name_as_printed === name)).toMatchObject({
			instansi_id: '35.07'
		});
	});

	test.each(['JAWA TIMUR', 'Jawa  Timur', 'Provinsi Jawa Timur'])(
		'the province may be spelled "%s"',
		(province) => {
			expect(run(malang2024('Pemerintah Kab. Malang', province)).problems).toEqual([]);
		}
	);

	test('a name that matches no region, with a "did you mean"', () => {
		const { problems } = run(malang2024('Pemerintah Kab. Malangg'));
		expectOnly(
			problems,
			[
				`${RESULTS}, line 6, instansi_name: [region-match]`,
				'"Pemerintah Kab. Malangg" (Jawa Timur) matches no Kemendagri code',
				'did you mean Kabupaten Malang 35.07'
			],
			[`${RESULTS}: [report-count]`, '2024 has 1 kabupaten rows', 'counts 2']
		);
	});

	test('a region looked for in the wrong province', () => {
		const { problems } = run(
			row(
				'kotaMalang2024',
				'2024,32,33,Pemerintah Kota,Jawa Timur,Pemerintah Kota Bandung,4.70,4.30,2.55,4.69,4.24,Memuaskan,'
			)
		);
		expectOnly(
			problems,
			[
				`${RESULTS}, line 7, instansi_name: [region-match]`,
				'"Pemerintah Kota Bandung" (Jawa Timur) matches no Kemendagri code',
				'did you mean Kota Malang 35.73'
			],
			[`${RESULTS}: [report-count]`, '2024 has 0 kota rows', 'counts 1']
		);
	});

	test('a kabupaten name is not a kota of the same name', () => {
		const { problems } = run(
			row(
				'kotaMalang2024',
				'2024,32,33,Pemerintah Kota,Jawa Timur,Pemerintah Kab. Malang,4.70,4.30,2.55,4.69,4.24,Memuaskan,'
			)
		);
		expect(rulesOf(problems)).toEqual(['region-match', 'report-count']);
	});

	test('a name that matches several codes', () => {
		const reg = fixtureRegistry();
		reg.regionAliases.push(
			{ alias: 'Malang Raya', kode: '35.07', reason: 'test' },
			{ alias: 'Malang Raya', kode: '35.10', reason: 'test' }
		);
		const { problems } = run(malang2024('Pemerintah Kab. Malang Raya'), reg);
		expectOnly(
			problems,
			[
				`${RESULTS}, line 6, instansi_name: [region-match]`,
				'matches 2 codes: Kabupaten Malang 35.07, Kabupaten Banyuwangi 35.10'
			],
			[`${RESULTS}: [report-count]`, '2024 has 1 kabupaten rows']
		);
	});

	test('a reviewed alias is accepted', () => {
		const reg = fixtureRegistry();
		reg.regionAliases.push({ alias: 'Kab. Malang Raya', kode: '35.07', reason: 'test' });
		const { model, problems } = run(malang2024('Pemerintah Kab. Malang Raya'), reg);
		expect(problems).toEqual([]);
		expect(model.result.filter((r) => r.instansi_id === '35.07')).toHaveLength(2);
	});

	test('a reported name that matches no region', () => {
		const { problems } = run(edit('reported', 'Kota Malang,kota,', 'Kota Malng,kota,'));
		expectOnly(problems, [
			'data/reported/values.csv, line 2, name: [region-match]',
			'"Kota Malng" (Jawa Timur) matches no Kemendagri code',
			'did you mean Kota Malang 35.73'
		]);
	});

	test('an award code that is not a Kemendagri code', () => {
		const { problems } = run(edit('dlga', ',32.73,', ',32.99,'));
		expectOnly(problems, [
			'data/awards/dlga.csv, line 2, kode: [region-match]',
			'"32.99" is not a Kemendagri code'
		]);
	});

	test('an award category with an unknown measure', () => {
		const { problems } = run(edit('awardCategories', ',index_change,', ',index_delta,'));
		expectOnly(problems, [
			'data/reference/award_categories.csv, line 3, measure: [award-category]',
			'unknown measure "index_delta"'
		]);
	});

	test('an award category ranked in an unknown group', () => {
		const { problems } = run(
			edit('awardCategories', ',kota;semua,permen59,The index', ',kota;desa,permen59,The index')
		);
		expectOnly(problems, [
			'data/reference/award_categories.csv, line 2, kelompok: [award-category]',
			'unknown kelompok "desa"'
		]);
	});

	test('an award category listed twice or with an unknown source', () => {
		const { problems } = run(edit('awardCategories', 'peningkatan,2,', 'indeks,2,'));
		expectOnly(problems, [
			'data/reference/award_categories.csv, line 3, slug: [award-category]',
			'category "indeks" is listed twice'
		]);
		const unknown = run(
			edit(
				'awardCategories',
				'desc,kota;semua,permen59,The change',
				'desc,kota;semua,permen99,The change'
			)
		);
		expectOnly(unknown.problems, [
			'data/reference/award_categories.csv, line 3, source_id: [source]',
			'unknown source "permen99"'
		]);
	});

	test('an award recipient that is not its code', () => {
		const { problems } = run(edit('dlga', 'Kota Bandung (Sekda', 'Kota Malang (Sekda'));
		expectOnly(problems, [
			'data/awards/dlga.csv, line 2, recipient: [region-match]',
			'"Kota Malang" does not match its code 32.73 (Kota Bandung)'
		]);
	});
});

describe('central-match', () => {
	test.each(['Kemenkes', 'KEMENTERIAN KESEHATAN', 'Kementerian  Kesehatan'])(
		'"%s" is Kementerian Kesehatan',
		(name) => {
			const { model, problems } = run(
				edit('results', ',Kementerian Kesehatan,3.10,', `,${name},3.10,`)
			);
			expect(problems).toEqual([]);
			expect(model.result.find((r) => r.year === 2024 && r.name_as_printed === name)).toMatchObject(
				{ instansi_id: 'kementerian-kesehatan', subgroup: 'Kementerian' }
			);
		}
	);

	test('a name that matches no central instansi, with a "did you mean"', () => {
		const { problems } = run(
			edit('results', ',Kementerian Kesehatan,3.10,', ',Kementerian Kesehatann,3.10,')
		);
		expectOnly(
			problems,
			[
				`${RESULTS}, line 2, instansi_name: [central-match]`,
				'"Kementerian Kesehatann" matches no central instansi',
				'did you mean Kementerian Kesehatan?'
			],
			[`${RESULTS}: [report-count]`, '2024 has 1 pusat rows', 'counts 2']
		);
	});

	test('a lembaga printed under Kementerian', () => {
		const { problems } = run(edit('results', '2024,10,3,LPNK,', '2024,10,3,Kementerian,'));
		expectOnly(problems, [
			`${RESULTS}, line 3, instansi_group: [central-match]`,
			'"Badan Pusat Statistik" is listed as kementerian here but as lembaga'
		]);
	});

	test('a reported central name that matches nothing is shown only, not a problem', () => {
		const { model, problems } = run(
			append(
				'reported',
				'Kementerian Fiksi,instansi_pusat,,2022,3.00,Baik,https://example.go.id/x,'
			)
		);
		expect(problems).toEqual([]);
		expect(model.reconciliation).toMatchObject([
			{ instansi_id: null, name_as_reported: 'Kementerian Fiksi', kind: 'unmatched' }
		]);
		expect(model.result.filter((r) => r.name_as_printed === 'Kementerian Fiksi')).toEqual([]);
	});
});

describe('group', () => {
	test('an unknown instansi_group', () => {
		const { problems } = run(
			edit('results', '2024,32,33,Pemerintah Kota,', '2024,32,33,Pemerintah Kotamadya,')
		);
		expectOnly(
			problems,
			[`${RESULTS}, line 7, instansi_group: [group]`, 'unknown group "Pemerintah Kotamadya"'],
			[`${RESULTS}: [report-count]`, '2024 has 0 kota rows']
		);
	});
});

describe('duplicate-code', () => {
	test('the same region twice in one year, under another spelling', () => {
		const { model, problems } = run(
			append(
				'results',
				'2024,32,15,Pemerintah Kabupaten,Jawa Timur,Kabupaten Malang,3.90,3.40,1.73,4.62,3.74,Sangat Baik,'
			)
		);
		expectOnly(problems, [
			`${RESULTS}, line 14, instansi_name: [duplicate-code]`,
			'35.07 (Kabupaten Malang) appears twice in 2024: also line 6'
		]);
		expect(rowsOf(model, '35.07', 2024)).toHaveLength(1);
	});

	test('the same central body twice in one year, once by its abbreviation', () => {
		const { problems } = run(
			append('results', '2024,9,21,Kementerian,,Kemenkes,3.10,3.80,3.00,4.13,3.73,Sangat Baik,')
		);
		expectOnly(problems, [
			`${RESULTS}, line 14, instansi_name: [duplicate-code]`,
			'kementerian-kesehatan (Kemenkes) appears twice in 2024: also line 2'
		]);
	});

	test('the same instansi in two years is not a duplicate', () => {
		const { model } = run();
		expect(model.result.filter((r) => r.instansi_id === '35.07').map((r) => r.year)).toEqual([
			2024, 2023
		]);
	});
});

describe('report-count', () => {
	test('a count that disagrees names the year and kelompok', () => {
		const { problems } = run(edit('counts', '2024,kabupaten,2,', '2024,kabupaten,3,'));
		expectOnly(problems, [
			`${RESULTS}: [report-count]`,
			'2024 has 2 kabupaten rows but the report (Tabel 17-54) counts 3',
			`${COUNTS} line 4`
		]);
		expect(problems[0]).toMatchObject({ line: null, field: null });
	});

	test('a missing row of results', () => {
		const { problems } = run(edit('results', `${ROW.kotaMalang2023}\n`, ''));
		expectOnly(problems, [
			`${RESULTS}: [report-count]`,
			'2023 has 0 kota rows but the report (Tabel 16-53) counts 1',
			`${COUNTS} line 9`
		]);
	});

	test('an official year without counts: each of its groups is named', () => {
		const counts = FIXTURE_CSV.counts
			.split('\n')
			.filter((l) => !l.startsWith('2023,'))
			.join('\n');
		const { problems } = run({ counts });
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) {
			expect(formatProblem(p)).toMatch(
				/^data\/reference\/report_counts\.csv, kelompok: \[report-count\] no report count for 2023 (pusat|provinsi|kabupaten|kota): add it/
			);
		}
	});

	test('a group missing from the counts', () => {
		const counts = FIXTURE_CSV.counts
			.split('\n')
			.filter((l) => !l.startsWith('2024,kota'))
			.join('\n');
		const { problems } = run({ counts });
		expectOnly(problems, [`${COUNTS}, kelompok: [report-count]`, 'no report count for 2024 kota']);
	});
});

describe('source', () => {
	test('a methodology version with an unknown source', () => {
		const { problems } = run(edit('versions', ',permen59,', ',permen5,'));
		expectOnly(problems, [
			'data/reference/methodology_versions.csv, line 2, source_id: [source]',
			'unknown source "permen5" (see data/reference/sources.csv)'
		]);
	});

	test('a statistic from a report that is not a source', () => {
		const { problems } = run(edit('national', 'Laporan 2024 Tabel 5', 'Laporan 2022 Tabel 5'));
		expectOnly(problems, [
			'data/spbe/national_index.csv, line 5, source_table: [source]',
			'unknown source "lap2022"'
		]);
	});

	test('a statistic whose table is not "Laporan YYYY Tabel N"', () => {
		const { problems } = run(edit('groupMeans', 'Laporan 2023 Tabel 5', 'Lap. 2023 Tab. 5'));
		expectOnly(problems, [
			'data/spbe/group_means.csv, line 4, source_table: [source]',
			'"Lap. 2023 Tab. 5" is not of the form "Laporan YYYY Tabel N"'
		]);
	});

	test('a reported value without its source', () => {
		const { problems } = run(edit('reported', `,Baik,${FIXTURE_REPORTED_SOURCE},`, ',Baik,,'));
		expectOnly(problems, [
			'data/reported/values.csv, line 2, source: [source]',
			'a reported value needs its source'
		]);
	});
});

describe('methodology', () => {
	test('domain weights that do not add up to 100%', () => {
		const { problems } = run(
			edit(
				'methodology',
				'Kebijakan Internal SPBE,13.00,13.00,13.00',
				'Kebijakan Internal SPBE,12.99,13.00,12.99'
			)
		);
		expectOnly(problems, [
			'data/spbe/methodology.csv, domain_weight_percent: [methodology]',
			'domain weights add up to 99.99%, not 100%'
		]);
	});

	test('indicator weights that do not add up to their domain', () => {
		const { problems } = run(
			edit('methodology', 'Kebijakan Internal SPBE,13.00,', 'Kebijakan Internal SPBE,12.00,')
		);
		expectOnly(problems, [
			'data/spbe/methodology.csv, weight_percent: [methodology]',
			'indicator weights of domain 1 add up to 12%, not its 13%'
		]);
	});

	test('the weights are read from the file, not assumed', () => {
		// Tata Kelola and Manajemen swapped: every index now misses its domains.
		const methodology = edited(
			'methodology',
			'Tata Kelola SPBE,25.00,25.00,25.00',
			'Tata Kelola SPBE,16.50,16.50,16.50'
		).replace('Manajemen SPBE,16.50,16.50,16.50', 'Manajemen SPBE,25.00,25.00,25.00');
		const { problems } = run({ methodology });
		expect(new Set(rulesOf(problems))).toEqual(new Set(['index-from-domains']));
		expect(problems.map(formatProblem)[0]).toContain('3.10×13% + 3.80×16.5% + 3.00×25%');
	});
});

describe('statistic-duplicate', () => {
	test('one figure printed twice in one table', () => {
		const { problems } = run(
			append('national', '2024,mean:index,3.13,Laporan 2024 Tabel 4,Indeks SPBE Nasional / 2024,')
		);
		expectOnly(problems, [
			'data/spbe/national_index.csv, line 8, value: [statistic-duplicate]',
			'2024|Nasional|index|mean|lap2024|Tabel 4 is printed twice in one table',
			'also data/spbe/national_index.csv line 4'
		]);
	});

	test('one figure printed by two tables is kept twice, with each source', () => {
		const { model } = run();
		expect(
			model.statistic
				.filter(
					(s) =>
						s.year === 2023 && s.scope === 'Nasional' && s.measure === 'index' && s.stat === 'mean'
				)
				.map((s) => `${s.source_id} ${s.source_table}`)
		).toEqual(['lap2024 Tabel 4', 'lap2023 Tabel 4']);
	});

	test("a figure printed '-' is not measured", () => {
		const { model } = run();
		expect(model.statistic.filter((s) => s.year === 2020)).toEqual([]);
	});
});

describe('measure', () => {
	test('an unknown measure', () => {
		const { problems } = run(edit('national', '2024,max:index,', '2024,max:D5 Lainnya,'));
		expectOnly(problems, [
			'data/spbe/national_index.csv, line 5, measure: [measure]',
			'unknown measure "max:D5 Lainnya"'
		]);
	});

	test('an unknown statistic', () => {
		const { problems } = run(
			edit('groupMeans', '2024,Instansi Pusat,mean:index,', '2024,Instansi Pusat,median:index,')
		);
		expectOnly(problems, [
			'data/spbe/group_means.csv, line 2, measure: [measure]',
			'unknown measure "median:index"'
		]);
	});
});

describe('reported values', () => {
	test('a reported value that disagrees is reconciled; the official value stays', () => {
		const { model, problems } = run(
			append('reported', 'Kota Malang,kota,Jawa Timur,2024,4.20,Memuaskan,https://example.go.id/a,')
		);
		expect(problems).toEqual([]);
		expect(model.reconciliation).toMatchObject([
			{ instansi_id: '35.73', year: 2024, reported_h: 420, official_h: 424, kind: 'disagrees' }
		]);
		expect(model.reconciliation[0]?.message).toContain(
			'reported 4.20 but the official table (Tabel 32) has 4.24'
		);
		const rows = rowsOf(model, '35.73', 2024);
		expect(rows).toMatchObject([{ index_h: 424, status: 'official', source_id: 'lap2024' }]);
		expect(model.result.some((r) => r.index_h === 420)).toBe(false);
	});

	test('a reported value that agrees is reconciled as agreeing', () => {
		const { model } = run(
			append(
				'reported',
				'Kota Malang,kota,Jawa Timur,2023,3.82,Sangat Baik,https://example.go.id/a,'
			)
		);
		expect(model.reconciliation).toMatchObject([
			{ instansi_id: '35.73', year: 2023, reported_h: 382, official_h: 382, kind: 'agrees' }
		]);
		expect(rowsOf(model, '35.73', 2023)).toMatchObject([{ status: 'official' }]);
	});

	test('two reported values that disagree: the first is shown, the conflict is recorded', () => {
		const { model, problems } = run(
			append(
				'reported',
				'Kabupaten Banyuwangi,kabupaten,Jawa Timur,2022,2.50,Cukup,https://example.go.id/a,',
				'Kab. Banyuwangi,kabupaten,Jawa Timur,2022,2.70,Baik,https://example.go.id/b,'
			)
		);
		expect(problems).toEqual([]);
		expect(rowsOf(model, '35.10', 2022)).toMatchObject([{ index_h: 250, status: 'reported' }]);
		expect(model.reconciliation).toMatchObject([
			{
				instansi_id: '35.10',
				year: 2022,
				reported_h: 270,
				official_h: null,
				kind: 'reported_conflict'
			}
		]);
		expect(model.reconciliation[0]?.message).toContain('2.50 (shown) and 2.70');
	});

	test('two reported values that agree give one row and no conflict', () => {
		const { model } = run(
			append('reported', 'Kota Malang,kota,Jawa Timur,2022,2.60,Baik,https://example.go.id/b,')
		);
		expect(rowsOf(model, '35.73', 2022)).toHaveLength(1);
		expect(model.reconciliation).toEqual([]);
	});

	test('reported rows never overwrite official rows', () => {
		const official = run().model.result.filter((r) => r.status === 'official');
		const reported = [
			'Kementerian Kesehatan,instansi_pusat,,2024,1.00,Kurang,https://example.go.id/a,',
			'Badan Pusat Statistik,instansi_pusat,,2023,1.00,Kurang,https://example.go.id/a,',
			'Provinsi Jawa Timur,provinsi,Jawa Timur,2024,1.00,Kurang,https://example.go.id/a,',
			'Kabupaten Malang,kabupaten,Jawa Timur,2023,1.00,Kurang,https://example.go.id/a,',
			'Kota Malang,kota,Jawa Timur,2024,1.00,Kurang,https://example.go.id/a,',
			'Kota Malang,kota,Jawa Timur,2024,1.10,Kurang,https://example.go.id/b,'
		];
		const { model, problems } = run(append('reported', ...reported));
		expect(problems).toEqual([]);
		expect(model.result.filter((r) => r.status === 'official')).toEqual(official);
		expect(model.result.filter((r) => r.status === 'reported' && r.year >= 2023)).toEqual([]);
		expect(model.reconciliation.map((r) => r.kind)).toEqual(Array(6).fill('disagrees'));
	});

	test('a reported value with an uncertain year carries a caveat', () => {
		const { model } = run(
			edit(
				'reported',
				`${FIXTURE_REPORTED_SOURCE},\n`,
				`${FIXTURE_REPORTED_SOURCE},UNCERTAIN YEAR: 2022 or 2021\n`
			)
		);
		expect(model.result.find((r) => r.status === 'reported')).toMatchObject({
			caveat: 'UNCERTAIN YEAR: 2022 or 2021'
		});
		expect(model.data_note).toContainEqual(
			expect.objectContaining({ instansi_id: '35.73', year: 2022, kind: 'caveat' })
		);
	});
});

describe('sources of results and counts', () => {
	test('official results must cite a report listed in sources.csv', () => {
		const { problems } = run(
			edit('sources', 'lap2023,Kementerian PANRB', 'lapX,Kementerian PANRB')
		);
		const messages = problems.map(formatProblem);
		expect(messages).toContainEqual(
			expect.stringMatching(
				/^data\/spbe\/spbe_results\.csv, line \d+, year: \[source\] unknown source "lap2023"/
			)
		);
		expect(messages).toContainEqual(
			expect.stringMatching(
				/^data\/reference\/report_counts\.csv, line \d+, source_id: \[source\] unknown source "lap2023"/
			)
		);
	});

	test('a reported value whose address is malformed is named, not a crash', () => {
		const { problems } = run(
			append('reported', 'Kota Malang,kota,Jawa Timur,2021,2.40,Cukup,https://exa mple.go.id/x,')
		);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/^data\/reported\/values\.csv, line \d+, source: \[source\] "https:\/\/exa mple\.go\.id\/x" is not a valid address/
			)
		]);
	});
});
