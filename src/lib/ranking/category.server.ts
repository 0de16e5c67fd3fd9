/** Build-time helpers shared by the ranking permalink page and its .csv (server only). */
import { manifest, published } from '$lib/server/published';
import { queries } from '$lib/db/queries';
import type { Engine, YearFact } from '$lib/db/types';
import { previousTableYear, whyNot } from './availability';
import {
	categoryPaths,
	isKategori,
	isKelompok,
	toItems,
	type CategoryRanking,
	type SourceTitles
} from './category';
import { kelompokOf } from '$lib/kelompok';

export async function sourceTitles(): Promise<SourceTitles> {
	const sources = await queries.sources(await published());
	return Object.fromEntries(sources.map((s) => [s.id, s.title]));
}

/** The prerender entries: every category × group (as its rule lists) × year it can be ranked in. */
export async function categoryEntries() {
	const rules = await queries.awardCategories(await published());
	return categoryPaths(rules, manifest().years).map((p) => ({
		kategori: p.kategori,
		kelompok: p.kelompok,
		tahun: String(p.tahun)
	}));
}

export async function categoryRanking(params: {
	kategori: string;
	kelompok: string;
	tahun: string;
}) {
	return loadCategoryRanking(await published(), params, manifest().years);
}

/**
 * One ranking with what the page says about it, or null when the address names no such
 * category, group or year (the page answers 404 with the valid choices).
 */
async function loadCategoryRanking(
	engine: Engine,
	path: { kategori: string; kelompok: string; tahun: string },
	years: readonly YearFact[]
): Promise<CategoryRanking | null> {
	const tahun = Number(path.tahun);
	const fact = years.find((y) => y.year === tahun);
	if (!/^\d{4}$/.test(path.tahun) || !fact) return null;
	if (!isKategori(path.kategori) || !isKelompok(path.kelompok)) return null;
	const rules = await queries.awardCategories(engine);
	const rule = rules.find((r) => r.slug === path.kategori);
	if (!rule || !kelompokOf(rule).includes(path.kelompok)) return null;
	if (whyNot(years, tahun, rule.measure) !== null) return null;
	const prevYear = previousTableYear(years, tahun);
	const [rows, missing] = await Promise.all([
		queries.ranking(engine, tahun, path.kelompok, path.kategori),
		queries.notEvaluated(engine, tahun, path.kelompok)
	]);
	return {
		rule,
		items: toItems(rows),
		leftOut: rows.filter((r) => r.nilai === null).map((r) => ({ id: r.id, name: r.name })),
		notEvaluated: missing.map((m) => ({
			id: m.id,
			name: m.name,
			provinsi: m.provinsi_nama,
			last_year: m.last_year
		})),
		prevYear,
		year: fact,
		prev: years.find((y) => y.year === prevYear) ?? null
	};
}
