/**
 * Answers about datasets imported in this browser that belong to no published page: the
 * leadership indices (IDL, IDCD) ranked per group, and which methodology governs a year (an
 * imported Indeks Pemdi year is shown apart from every Indeks SPBE year). The imported-data
 * SQL loads with the first question, never in a page's first view.
 */
import { db, fixedQueries } from '$lib/db/index.svelte';
import type { LeadershipRankRow } from '$lib/import/tables';
import { isPemdi, methodologiesFrom, methodologyOfYear, type Methodology } from '$lib/methodology';
import { INDEKS_PEMDI } from '$lib/methodology/family';
import { datasets } from '$lib/import/datasets.svelte';
import type { ImportedValueLine } from '$lib/simulate/imported';

export type { LeadershipRankRow };

/** The leadership ranking of one group (`daerah`: every region). */
export async function leadershipRanking(
	kelompok: 'provinsi' | 'kabupaten' | 'kota' | 'daerah'
): Promise<LeadershipRankRow[]> {
	const { leadershipRanking } = await import('$lib/import/tables');
	return leadershipRanking(await db.start(), kelompok);
}

let methodologies: Promise<Methodology[]> | null = null;

/** Every methodology as the engine's tables hold them (asked once; a failure is asked again). */
export function engineMethodologies(): Promise<Methodology[]> {
	methodologies ??= Promise.all([db.start(), fixedQueries()]).then(async ([e, queries]) => {
		const [versions, items, bands] = await Promise.all([
			queries.methodologies(e),
			queries.methodologyItems(e),
			queries.predicateBands(e)
		]);
		return methodologiesFrom(versions, items, bands);
	});
	methodologies.catch(() => (methodologies = null));
	return methodologies;
}

/** The methodology governing `year`, if the data knows one. */
export async function methodologyFor(year: number): Promise<Methodology | undefined> {
	return methodologyOfYear(await engineMethodologies(), year);
}

/** The ids of the Indeks Pemdi's methodologies (their values never share an SPBE axis). */
export async function pemdiIds(): Promise<Set<string>> {
	return new Set((await engineMethodologies()).filter(isPemdi).map((m) => m.id));
}

/** One imported Indeks Pemdi row's indicator value (imported_pemdi_start.sql). */
export type ImportedPemdiValue = ImportedValueLine;

/**
 * The imported Indeks Pemdi rows with their indicator values, for the simulator's start.
 * Reads the stored datasets' list first: with none stored it answers [] and the engine never
 * starts.
 */
export async function importedPemdiValues(): Promise<ImportedPemdiValue[]> {
	const list = await datasets.load().catch(() => []);
	if (list.length === 0) return [];
	const { IMPORT_SQL, ensureImportTables } = await import('$lib/import/tables');
	const text = IMPORT_SQL['imported_pemdi_start'];
	if (text === undefined) throw new Error('src/lib/sql/imported_pemdi_start.sql is missing');
	const e = await db.start();
	await ensureImportTables(e);
	const rows = await e.query<ImportedPemdiValue & Record<string, unknown>>(text, [INDEKS_PEMDI]);
	return rows.map((r) => ({
		...r,
		year: Number(r.year),
		index_h: Number(r.index_h),
		number: r.number === null ? null : Number(r.number),
		value_h: r.value_h === null ? null : Number(r.value_h)
	}));
}
