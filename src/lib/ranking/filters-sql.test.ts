/**
 * applyFilters is the one definition of the ranking filters; ranking_filtered.sql is the
 * engine's. For every category × group × year the site publishes and a sample of filter
 * combinations drawn from that ranking's own values, both must keep exactly the same rows in
 * the same order. Runs against the published data (static/data, written by `npm run data`).
 * Each ranking query takes 0.2–0.6 s in the Node engine, so the suite runs six rankings spread
 * over categories, groups and years with five combinations each; FILTERS_SWEEP=all runs every
 * ranking (168) with eleven (≈ 7 min: `FILTERS_SWEEP=all npx vitest run src/lib/ranking/filters-sql`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPublished, type NodeEngine } from '$lib/db/engine-node';
import { queries, type RankingFilters } from '$lib/db/queries';
import { manifest } from '$lib/server/published';
import { PREDICATES } from '$lib/scores';
import { categoryPaths, toItems, type CategoryItem } from './category';
import { NO_FILTERS, applyFilters } from './filters';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await openPublished();
});
afterAll(() => engine?.close());

/** A small deterministic generator, so a failure names a combination that reproduces. */
function rng(seed: number) {
	let s = seed >>> 0 || 1;
	return () => {
		s ^= s << 13;
		s ^= s >>> 17;
		s ^= s << 5;
		return (s >>> 0) / 2 ** 32;
	};
}

const text = (v: number) => (Math.round(v * 100) / 100).toFixed(2);

/** Filter combinations at the edges of this ranking's values (ties, equal bounds) and mixed. */
function samples(items: CategoryItem[], seed: number): RankingFilters[] {
	const r = rng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
	const provinces = [...new Set(items.flatMap((i) => i.provinsi_kode ?? []))];
	const values = items.flatMap((i) => i.nilai ?? []);
	const changes = items.flatMap((i) => i.perubahan ?? []);
	const words = items.flatMap((i) => i.name.split(' ').filter((w) => w.length > 2));
	const one = (): RankingFilters => ({
		provinsi: provinces.length && r() < 0.4 ? pick(provinces) : null,
		predikat: r() < 0.4 ? pick(PREDICATES) : null,
		// a value present in the ranking, so ">=" meets equality
		min: values.length && r() < 0.4 ? text(pick(values)) : null,
		naik: changes.length && r() < 0.3 ? text(pick(changes)) : null,
		q: words.length && r() < 0.3 ? pick(words).slice(0, 4 + Math.floor(r() * 3)) : null,
		dua: r() < 0.3
	});
	const singles: RankingFilters[] = [
		{ ...NO_FILTERS, dua: true },
		...(values.length
			? [{ ...NO_FILTERS, min: text(values[Math.floor(values.length / 2)] ?? 0) }]
			: []),
		...(changes.length
			? [
					{ ...NO_FILTERS, naik: '0.00' },
					{ ...NO_FILTERS, naik: '-0.50' }
				]
			: []),
		{ ...NO_FILTERS, predikat: 'Baik' },
		{ ...NO_FILTERS, q: 'KOTA' }
	];
	return [...singles, ...Array.from({ length: 6 }, one)];
}

describe('applyFilters keeps exactly the rows ranking_filtered.sql keeps', () => {
	it('for every category, group and year, over a sample of filter combinations', async () => {
		const rules = await queries.awardCategories(engine);
		const every = categoryPaths(rules, manifest().years);
		const all = process.env.FILTERS_SWEEP === 'all';
		const step = Math.floor(every.length / 6);
		const paths = all ? every : every.filter((_, i) => i % step === 0).slice(0, 6);
		expect(paths.length).toBeGreaterThanOrEqual(6);
		let compared = 0;
		let seed = 1;
		for (const p of paths) {
			const rows = toItems(await queries.ranking(engine, p.tahun, p.kelompok, p.kategori));
			const cases = samples(rows, seed++);
			for (const f of all ? cases : cases.slice(-5)) {
				const fromSql = toItems(
					await queries.rankingFiltered(engine, p.tahun, p.kelompok, p.kategori, f)
				);
				const mine = applyFilters(rows, f);
				expect(
					mine.map((i) => `${i.peringkat} ${i.id}`),
					`${p.kategori}/${p.kelompok}/${p.tahun} ${JSON.stringify(f)}`
				).toEqual(fromSql.map((i) => `${i.peringkat} ${i.id}`));
				compared++;
			}
		}
		expect(compared).toBeGreaterThanOrEqual(all ? 1000 : 30);
	}, 1_200_000);

	it('compares scores as hundredths: a bound equal to a value keeps it', () => {
		const row = {
			name: 'Kota Malang',
			provinsi_kode: '35',
			predicate: 'Baik',
			nilai: 1.22, // 3.82 − 2.60 in doubles is 1.2199999999999998
			perubahan: 3.82 - 2.6,
			prev_year: 2023
		};
		expect(applyFilters([row], { ...NO_FILTERS, min: '1.22', naik: '1.22' })).toHaveLength(1);
		expect(applyFilters([row], { ...NO_FILTERS, naik: '1.23' })).toHaveLength(0);
		expect(applyFilters([row], { ...NO_FILTERS, predikat: 'Sangat Baik' })).toHaveLength(0);
		expect(applyFilters([row], { ...NO_FILTERS, q: 'MALANG' })).toHaveLength(1);
	});
});
