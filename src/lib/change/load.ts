/**
 * What a climbers-and-fallers page and its CSV need, from the prerenderer's engine.
 * Server-only (uses the build's DuckDB).
 */
import { error } from '@sveltejs/kit';
import { published } from '$lib/server/published';
import {
	KELOMPOK,
	queries,
	type ChangePairRow,
	type ChangeRow,
	type Kelompok
} from '$lib/db/queries';
import { parsePair } from './transitions';

let pairsCache: Promise<ChangePairRow[]> | null = null;

export function changePairs() {
	pairsCache ??= published().then((e) => queries.changePairs(e));
	return pairsCache;
}

export async function changeEntries() {
	return (await changePairs()).map((p) => ({ kelompok: p.kelompok, pair: `${p.dari}-${p.ke}` }));
}

export async function loadChange(kelompokParam: string, pairParam: string) {
	const pair = parsePair(pairParam);
	const kelompok = kelompokParam as Kelompok;
	const pairs = await changePairs();
	if (!(KELOMPOK as readonly string[]).includes(kelompokParam) || !pair) {
		error(404, `unknown climbers page /kenaikan/${kelompokParam}/${pairParam}`);
	}
	const [dari, ke] = pair;
	if (!pairs.some((p) => p.kelompok === kelompok && p.dari === dari && p.ke === ke)) {
		error(404, `no instansi of ${kelompok} has values in both ${dari} and ${ke}`);
	}
	const rows = await queries.change(await published(), kelompok, dari, ke);
	const officialYears = new Set(pairs.filter((p) => p.resmi > 0).flatMap((p) => [p.dari, p.ke]));
	return {
		kelompok,
		dari,
		ke,
		rows,
		compared: rows.filter((r) => r.selisih !== null),
		/** Entered and left are meaningful only between two complete official tables. */
		bothOfficial: officialYears.has(dari) && officialYears.has(ke),
		pairs: pairs.filter((p) => p.kelompok === kelompok),
		allPairs: pairs
	};
}

/** What a climbers-and-fallers view shows (ChangeView.svelte). */
export type ChangeData = Awaited<ReturnType<typeof loadChange>>;

export const CHANGE_CSV_COLUMNS = [
	'peringkat',
	'kode',
	'nama',
	'provinsi',
	'dari',
	'ke',
	'selisih',
	'predikat_dari',
	'predikat_ke',
	'status'
] as const;

export function changeCsvRows(rows: ChangeRow[]) {
	return rows
		.filter((r) => r.selisih !== null)
		.map((r) => ({
			peringkat: r.peringkat,
			kode: r.kode ?? r.slug,
			nama: r.name,
			provinsi: r.provinsi_nama ?? '',
			dari: r.dari === null ? '' : r.dari.toFixed(2),
			ke: r.ke === null ? '' : r.ke.toFixed(2),
			selisih: r.selisih === null ? '' : r.selisih.toFixed(2),
			predikat_dari: r.predikat_dari ?? '',
			predikat_ke: r.predikat_ke ?? '',
			status: r.status ?? ''
		}));
}
