import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writePublished } from '../../../scripts/pipeline/write';
import { openPublished } from '../db/engine-node';
import { queries } from '../db/queries';
import { buildModel } from '../../../scripts/pipeline/normalise';
import { readHistory, readPemdi, readRawData, readRegistry } from '../../../scripts/pipeline/read';
import type { MethodologyItem } from '../../../scripts/pipeline/model';
import {
	bandsFromRows,
	exact,
	toHundredths,
	type Band,
	type StructureItem
} from '$lib/methodology';
import {
	bandTarget,
	cheapestPath,
	decodeScenario,
	decodeValues,
	encodeScenario,
	encodeValues,
	importedStarts,
	indicatorsOf,
	parseImportKey,
	passTarget,
	pathToNextPredicate,
	rankAmongPeers,
	recompute,
	scenarioCsv,
	type Scenario,
	type SimMethod
} from './index';

const SPBE_LIKE_BANDS: Band[] = bandsFromRows([
	{ predicate: 'Kurang', lower: '', upper: '1.8' },
	{ predicate: 'Cukup', lower: '1.8', upper: '2.6' },
	{ predicate: 'Baik', lower: '2.6', upper: '3.5' },
	{ predicate: 'Sangat Baik', lower: '3.5', upper: '4.2' },
	{ predicate: 'Memuaskan', lower: '4.2', upper: '5.0' }
]).bands;

/** 2 aspects, 4 indicators: weights 10 + 30 | 25 + 35 (percent). */
const SMALL: StructureItem[] = [
	{ level: 'aspect', no: 1, parentNo: null, weightH: 4000 },
	{ level: 'aspect', no: 2, parentNo: null, weightH: 6000 },
	{ level: 'indicator', no: 1, parentNo: 1, weightH: 1000 },
	{ level: 'indicator', no: 2, parentNo: 1, weightH: 3000 },
	{ level: 'indicator', no: 3, parentNo: 2, weightH: 2500 },
	{ level: 'indicator', no: 4, parentNo: 2, weightH: 3500 }
];

const pemdi = readPemdi();
const history = readHistory();
const built = buildModel(readRawData('data'), readRegistry('data'), { history, pemdi });

/** One methodology of the pipeline's model, as the simulator takes it. */
function methodOf(version: string): SimMethod {
	const items = built.model.methodology
		.filter((i: MethodologyItem) => i.version === version)
		.map((i) => ({
			level: i.level,
			no: i.no,
			code: i.code,
			name: i.name,
			parentNo: i.parent_no,
			weightH: i.weight_h
		}));
	const bands = built.model.predicate_band
		.filter((b) => b.methodology === version)
		.sort((a, b) => a.no - b.no);
	return {
		key: version.startsWith('pemdi') ? 'pemdi' : 'spbe',
		id: version,
		regulation: version,
		indexName: version,
		items,
		bands: bands.map((b) => ({
			predicate: b.predicate as Band['predicate'],
			lowerH: b.lower_h,
			upperH: b.upper_h
		})),
		printed: bands.map((b) => b.interval_as_printed)
	};
}

describe('recompute', () => {
	test('a hand-computed small tree: aspects, index and predicate', () => {
		const r = recompute(SMALL, SPBE_LIKE_BANDS, [300, 200, 400, 100]);
		// aspect 1 = (10×3 + 30×2) / 40 = 2.25; aspect 2 = (25×4 + 35×1) / 60 = 2.25; index 2.25
		expect(r.aspects.get(1)).toEqual(exact(9, 4));
		expect(r.aspects.get(2)).toEqual(exact(9, 4));
		expect(r.index).toEqual(exact(9, 4));
		expect(r.indexH).toBe(225);
		expect(r.predicate).toBe('Cukup');
		expect(r.weighted).toBe(225 * 10_000);
	});

	test.skipIf(pemdi === null)(
		'the Indeks Pemdi of a fixture equals its hand-computed value, with Pemdi bands',
		() => {
			const m = methodOf('pemdi-2026');
			expect(indicatorsOf(m.items)).toHaveLength(20);
			// IK-01…IK-18 at 3, IK-19 (10 %) at 1,26, IK-20 (15 %) at 4:
			// aspect 7 = (10 × 1.26 + 15 × 4) / 25 = 2.904; index = (75 × 3 + 12.6 + 60) / 100 = 2.976
			const values = [...Array<number>(18).fill(300), 126, 400];
			const r = recompute(m.items, m.bands, values);
			expect(r.aspects.get(7)).toEqual(exact(2904, 1000));
			expect(r.index).toEqual(exact(2976, 1000));
			expect(r.indexH).toBe(298);
			expect(r.predicate).toBe('Baik');
			// 4,00 is Memuaskan in Pemdi (Sangat Baik in SPBE)
			expect(recompute(m.items, m.bands, Array<number>(20).fill(400)).predicate).toBe('Memuaskan');
			expect(recompute(SMALL, SPBE_LIKE_BANDS, [400, 400, 400, 400]).predicate).toBe('Sangat Baik');
		}
	);

	test.skipIf(history === null)(
		'reproduces every 2021/2022 history row (index, domains, predicate) from its 47 levels',
		() => {
			expect(built.problems).toEqual([]);
			const levels = built.model.indicator_level;
			expect(levels).toHaveLength(1071);
			const methods = new Map<string, SimMethod>();
			const results = new Map(
				built.model.result
					.filter((r) => r.status === 'secondary')
					.map((r) => [`${r.instansi_id}|${r.year}`, r])
			);
			for (const l of levels) {
				const m = methods.get(l.methodology) ?? methodOf(l.methodology);
				methods.set(l.methodology, m);
				const r = recompute(
					m.items,
					m.bands,
					l.levels.map((v) => v * 100)
				);
				const row = results.get(`${l.instansi_id}|${l.year}`);
				const where = `${l.instansi_id} ${l.year}`;
				expect(r.indexH, where).toBe(row?.index_h);
				expect(r.predicate, where).toBe(row?.predicate);
				const fields = ['kebijakan_h', 'tata_kelola_h', 'manajemen_h', 'layanan_h'] as const;
				fields.forEach((field, i) => {
					const d = r.domains.get(i + 1);
					expect(d && toHundredths(d), `${where} ${field}`).toBe(row?.[field]);
				});
			}
		}
	);
});

describe.skipIf(history === null)('the rank at the start', () => {
	test('is the published rank (profile_results.sql) of every instansi with levels', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tolok-simulate-'));
		await writePublished(built.model, dir, {
			geo: { provinsi: false, kabkota: false },
			history: { installed: true, variable: 'HISTORY_DIR', dir: '' },
			pemdi: { installed: false, variable: 'PEMDI_DIR', dir: '' }
		});
		const engine = await openPublished(dir);
		try {
			const rows = (await queries.profileResults(engine, '*')).filter(
				(r) => r.status === 'secondary'
			);
			const kindOf = new Map(built.model.instansi.map((i) => [i.id, i.kind]));
			const peers = (year: number, kind: string | undefined) =>
				rows
					.filter((r) => r.year === year && kindOf.get(r.id) === kind)
					.map((r) => ({ id: r.id, name: r.id, indexH: Math.round(r.index * 100) }));
			expect(rows.length).toBe(1071);
			for (const r of rows) {
				const got = rankAmongPeers(
					peers(r.year, kindOf.get(r.id)),
					r.id,
					Math.round(r.index * 100),
					null
				);
				const where = `${r.id} ${r.year}`;
				expect(got.rank, where).toBe(r.peringkat_nasional);
				expect(got.tie, where).toBe(r.seri_nasional);
				expect(got.of, where).toBe(r.dari_nasional);
			}
		} finally {
			engine.close();
		}
	}, 120_000);
});

describe('rankAmongPeers', () => {
	const peers = [
		{ id: 'a', name: 'A', indexH: 320 },
		{ id: 'b', name: 'B', indexH: 300 },
		{ id: 'self', name: 'Self', indexH: 280 },
		{ id: 'c', name: 'C', indexH: 280 },
		{ id: 'd', name: 'D', indexH: 250 }
	];
	test('at the start: rank shared with an equal peer, nobody passed', () => {
		const r = rankAmongPeers(peers, 'self', 280, 280);
		expect(r).toMatchObject({ rank: 3, tie: true, of: 5, passed: [], passedBy: [] });
		expect(r.next?.id).toBe('b');
	});
	test('raised to 3,05: passes B and the equal C, second of five', () => {
		const r = rankAmongPeers(peers, 'self', 305, 280);
		expect(r).toMatchObject({ rank: 2, tie: false, of: 5 });
		expect(r.passed.map((p) => p.id)).toEqual(['b', 'c']);
		expect(r.next?.id).toBe('a');
	});
	test('lowered to 2,40: C and D pass it', () => {
		const r = rankAmongPeers(peers, 'self', 240, 280);
		expect(r.rank).toBe(5);
		expect(r.passedBy.map((p) => p.id)).toEqual(['d', 'c']);
	});
	test('a blank start against a whole group', () => {
		expect(rankAmongPeers(peers, null, 500, null)).toMatchObject({ rank: 1, of: 6, passed: [] });
	});
});

/** Every plan of the small tree by brute force: the fewest steps, then the most weight. */
function bruteForce(items: StructureItem[], valuesH: number[], minWeighted: number) {
	const inds = indicatorsOf(items);
	let best: { steps: number; weighted: number } | null = null;
	const walk = (i: number, steps: number, weighted: number) => {
		if (i === inds.length) {
			if (weighted < minWeighted) return;
			if (!best || steps < best.steps || (steps === best.steps && weighted > best.weighted))
				best = { steps, weighted };
			return;
		}
		const v = valuesH[i] ?? 0;
		const w = inds[i]?.weightH ?? 0;
		walk(i + 1, steps, weighted + w * v);
		for (let level = Math.floor(v / 100) + 1; level <= 5; level++)
			walk(i + 1, steps + level - Math.floor(v / 100), weighted + w * level * 100);
	};
	walk(0, 0, 0);
	return best as { steps: number; weighted: number } | null;
}

/** A seeded generator, so a failure names a case that can be run again. */
function random(seed: number) {
	return () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed / 2_147_483_648;
	};
}

describe('cheapestPath', () => {
	test('the fewest steps, heaviest first: 2,25 → Baik (2,60) in one step, → 3,50 in four', () => {
		const values = [300, 200, 400, 100];
		// indicator 4 (35 %) one level up: +0,35, exactly the 2,60 edge
		const p = cheapestPath(SMALL, values, bandTarget(260));
		expect(p).toEqual({
			steps: 1,
			plan: [{ no: 4, fromH: 100, toH: 200, steps: 1 }],
			weighted: 260 * 10_000
		});
		// 1,25 more: indicator 4 to 5 (+1,40) takes 4 steps; three steps give at most +1,05
		const q = cheapestPath(SMALL, values, bandTarget(350));
		expect(q?.steps).toBe(4);
		expect(q?.plan).toEqual([{ no: 4, fromH: 100, toH: 500, steps: 4 }]);
	});

	test('already there: no step; out of reach: null', () => {
		expect(cheapestPath(SMALL, [500, 500, 500, 100], bandTarget(100))?.steps).toBe(0);
		expect(cheapestPath(SMALL, [100, 100, 100, 100], bandTarget(501))).toBeNull();
	});

	test('from a value between levels the first step goes to the next whole level', () => {
		const p = cheapestPath(SMALL, [100, 100, 100, 126], bandTarget(200));
		// index 1,091; indicator 4 (35 %) 1,26 → 2 gains 0,259, each next level 0,35: 3 steps reach 2,05
		expect(p?.steps).toBe(3);
		expect(p?.plan).toEqual([{ no: 4, fromH: 126, toH: 400, steps: 3 }]);
	});

	test('equals brute force on 400 random small cases (steps and the index reached)', () => {
		const next = random(17);
		for (let n = 0; n < 400; n++) {
			const k = 2 + Math.floor(next() * 4); // 2–5 indicators
			const weights = Array.from({ length: k }, () => 1 + Math.floor(next() * 40));
			const total = weights.reduce((s, w) => s + w, 0);
			// scale to 10 000 hundredths of a percent, the rest on the last indicator
			const wH = weights.map((w) => Math.floor((w * 10_000) / total));
			wH[k - 1] = (wH[k - 1] ?? 0) + 10_000 - wH.reduce((s, w) => s + w, 0);
			const items: StructureItem[] = [
				{ level: 'aspect', no: 1, parentNo: null, weightH: 10_000 },
				...wH.map((w, i) => ({ level: 'indicator' as const, no: i + 1, parentNo: 1, weightH: w }))
			];
			const values = Array.from({ length: k }, () =>
				next() < 0.25 ? 100 + Math.floor(next() * 400) : 100 * (1 + Math.floor(next() * 5))
			);
			const target = passTarget(100 + Math.floor(next() * 420));
			const got = cheapestPath(items, values, target);
			const want = bruteForce(items, values, target);
			const where = JSON.stringify({ wH, values, target });
			expect(got && { steps: got.steps, weighted: got.weighted }, where).toEqual(want);
			if (got) {
				// the plan is what it says: its steps add up and it reaches the target
				const after = [...values];
				for (const s of got.plan) after[s.no - 1] = s.toH;
				expect(
					after.reduce((sum, v, i) => sum + v * (wH[i] ?? 0), 0),
					where
				).toBe(got.weighted);
				expect(
					got.plan.reduce((s, p) => s + p.steps, 0),
					where
				).toBe(got.steps);
			}
		}
	});

	test('the next predicate of an exact index (2,596 is Cukup: the next is Baik)', () => {
		const p = pathToNextPredicate(SMALL, SPBE_LIKE_BANDS, [500, 100, 500, 100], exact(21, 10));
		expect(p?.predicate).toBe('Baik');
		expect(pathToNextPredicate(SMALL, SPBE_LIKE_BANDS, [500, 500, 500, 500], exact(5, 1))).toBe(
			null
		);
	});
});

describe('the scenario in the address', () => {
	const ctx = {
		indicators: { spbe: 47, pemdi: 20 },
		hasInstansi: (id: string) => id === '35.73',
		groups: ['kota', 'kabupaten'],
		years: [2021, 2022]
	};
	const levels = Array.from({ length: 47 }, (_, i) => 100 * (1 + (i % 5)));
	const cases: Scenario[] = [
		{ method: 'spbe', instansi: '35.73', group: null, year: null, valuesH: levels },
		{ method: 'spbe', instansi: '35.73', group: null, year: null, valuesH: null },
		{ method: 'spbe', instansi: null, group: 'kota', year: 2022, valuesH: levels },
		{
			method: 'pemdi',
			instansi: null,
			group: null,
			year: null,
			valuesH: [126, ...Array<number>(19).fill(300)]
		}
	];
	test.each(cases)('round-trips %j', (s) => {
		const text = encodeScenario(s).toString();
		const back = decodeScenario(new URLSearchParams(text), ctx);
		expect(back).toEqual({ scenario: s, ignored: [] });
	});

	test('a start from an imported Pemdi row: its values in awal, the row named in impor', () => {
		const startH = [350, ...Array<number>(19).fill(300)];
		const s: Scenario = {
			method: 'pemdi',
			instansi: null,
			group: null,
			year: null,
			valuesH: [400, ...Array<number>(19).fill(300)],
			startH,
			imported: '2026_33.72'
		};
		const text = encodeScenario(s).toString();
		expect(text).toBe(
			`metode=pemdi&impor=2026_33.72&awal=3.50_${'3_'.repeat(18)}3&tingkat=4${'3'.repeat(19)}`
		);
		expect(decodeScenario(new URLSearchParams(text), ctx)).toEqual({ scenario: s, ignored: [] });
		// not with SPBE, and no name without values
		expect(
			decodeScenario(
				new URLSearchParams(`metode=spbe&impor=2026_33.72&awal=${'3'.repeat(47)}`),
				ctx
			).ignored
		).toEqual([`awal=${'3'.repeat(47)}`, 'impor=2026_33.72']);
	});

	test('levels as digits, values between levels as decimals', () => {
		expect(encodeValues([300, 400, 100])).toBe('341');
		expect(encodeValues([126, 400])).toBe('1.26_4');
		expect(decodeValues('1.26_4', 2)).toEqual([126, 400]);
		expect(decodeValues('341', 2)).toBeNull();
		expect(decodeValues('346', 3)).toBeNull();
		expect(decodeValues('5.5_1', 2)).toBeNull();
	});

	test('what the page does not know is named, not used', () => {
		const { scenario, ignored } = decodeScenario(
			new URLSearchParams('metode=x&instansi=99.99&tingkat=12'),
			ctx
		);
		expect(scenario).toEqual({
			method: 'spbe',
			instansi: null,
			group: null,
			year: null,
			valuesH: null
		});
		expect(ignored).toEqual(['metode=x', 'instansi=99.99', 'tingkat=12']);
	});
});

describe('importedStarts', () => {
	const items: StructureItem[] = [
		{ level: 'aspect', no: 1, parentNo: null, weightH: 10000 },
		{ level: 'indicator', no: 1, parentNo: 1, weightH: 5000 },
		{ level: 'indicator', no: 2, parentNo: 1, weightH: 3000 },
		{ level: 'indicator', no: 3, parentNo: 1, weightH: 2000 }
	];
	const line = (id: string, number: number | null, value_h: number | null, source_id = 'd1') => ({
		source_id,
		dataset: source_id,
		id,
		year: 2026,
		name: `Kota ${id}`,
		index_h: 300,
		number,
		value_h
	});
	test('values in indicator order, a missing one at level 1 and named; a row without any refused', () => {
		const { starts, refused } = importedStarts(
			[
				line('a', 2, 250),
				line('a', 1, 400),
				line('b', 3, 500),
				line('c', null, null),
				line('a', 3, 100, 'd2')
			],
			items
		);
		expect(starts.map((s) => [s.key, s.valuesH, s.missing])).toEqual([
			['2026_a', [400, 250, 100], [3]],
			['2026_b', [100, 100, 500], [1, 2]]
		]);
		expect(refused).toEqual([{ name: 'Kota c', year: 2026, dataset: 'd1' }]);
		expect(parseImportKey('2026_32.73')).toEqual({ year: 2026, id: '32.73' });
		expect(parseImportKey('32.73')).toBeNull();
	});
});

describe('scenarioCsv', () => {
	test('every row says simulasi, names the methodology and the note', () => {
		const method: SimMethod = {
			key: 'spbe',
			id: 'x',
			regulation: 'PermenPANRB 59/2020',
			indexName: 'Indeks SPBE',
			items: SMALL.map((i) => ({ ...i, code: null, name: `${i.level} ${i.no}` })),
			bands: SPBE_LIKE_BANDS,
			printed: []
		};
		const start = [300, 200, 400, 100];
		const now = [300, 200, 400, 300];
		const csv = scenarioCsv(
			method,
			start,
			now,
			recompute(SMALL, SPBE_LIKE_BANDS, start),
			recompute(SMALL, SPBE_LIKE_BANDS, now)
		);
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe(
			'tingkat,no,kode,nama,awal,simulasi,predikat,metodologi,status,keterangan'
		);
		expect(lines[1]).toBe(
			'indeks,,,Indeks SPBE,2.25,2.95,Baik,PermenPANRB 59/2020 (Indeks SPBE),simulasi,Simulasi — bukan nilai resmi'
		);
		expect(lines).toHaveLength(1 + 1 + 2 + 4);
		expect(lines.slice(1).every((l) => l.endsWith(',simulasi,Simulasi — bukan nilai resmi'))).toBe(
			true
		);
	});
});
