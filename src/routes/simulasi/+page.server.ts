import { manifest, published, queries } from '$lib/server/published';
import { profileSet } from '$lib/server/profiles';
import { methodologiesFrom, methodologyOfYear } from '$lib/methodology';
import {
	methodsFor,
	type SimInstansi,
	type SimPageData,
	type SimYear
} from '$lib/simulate/page-data';

/**
 * The simulator's data, written into the page at build time from the same queries as the
 * profiles (profile_indicators.sql, profile_results.sql) and the methodology tables: the page
 * computes every scenario in the browser from these, without DuckDB.
 */
export async function load(): Promise<SimPageData> {
	const e = await published();
	const set = await profileSet();
	const facts = manifest();
	const list = methodologiesFrom(
		await queries.methodologies(e),
		await queries.methodologyItems(e),
		await queries.predicateBands(e)
	);

	// every instansi with indicator levels, with its latest year's
	const instansi: SimInstansi[] = [];
	for (const [id, rows] of set.indicators) {
		const year = Math.max(...rows.map((r) => r.year));
		const levels = rows
			.filter((r) => r.year === year)
			.sort((a, b) => a.no - b.no)
			.map((r) => r.level)
			.join('');
		instansi.push({ id, year, levels });
	}

	const levelYear = Math.max(...instansi.map((i) => i.year));
	const { methods, missing } = methodsFor(
		list,
		Number.isFinite(levelYear) ? levelYear : facts.latestYear
	);
	const spbeId = methods.find((m) => m.key === 'spbe')?.id;

	// the published values of every ranked year under the same methodology: a scenario's peers
	const years: SimYear[] = facts.tableYears
		.filter((year) => methodologyOfYear(list, year)?.id === spbeId)
		.map((year) => {
			const fact = facts.years.find((y) => y.year === year);
			const values: [string, number][] = [];
			let sourceTitle: string | null = null;
			for (const [id, rows] of set.results)
				for (const r of rows)
					if (r.year === year && r.status === fact?.status) {
						values.push([id, Math.round(r.index * 100)]);
						sourceTitle ??= r.source_title;
					}
			return {
				year,
				status: fact?.status ?? 'official',
				complete: fact?.complete ?? true,
				sourceTitle,
				values
			};
		});

	// names and kinds of every instansi ranked in those years (peers without levels included)
	const ranked = new Set(years.flatMap((y) => y.values.map(([id]) => id)));
	const names: Record<string, [string, string]> = {};
	for (const d of set.directory) if (ranked.has(d.id)) names[d.id] = [d.name, d.kind];

	return { methods, missing, instansi, years, names };
}
