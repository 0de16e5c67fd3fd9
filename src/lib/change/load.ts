/**
 * What a climbers-and-fallers page and its CSV need, from the prerenderer's engine.
 * Server-only (uses the build's DuckDB).
 */
import { error } from '@sveltejs/kit';
import { manifest, published } from '$lib/server/published';
import { KELOMPOK, queries, type ChangeRow, type Kelompok } from '$lib/db/queries';
import { parsePair } from './transitions';
import { pairKey, prerenderedPairs } from './pairs';
import { changeData, type ChangePair } from './data';

export { changeData, type ChangeData, type ChangePair } from './data';

let pairsCache: Promise<ChangePair[]> | null = null;

/** Every pair with values on both sides; `prerendered` marks the pages the build writes. */
export function changePairs(): Promise<ChangePair[]> {
	pairsCache ??= published().then(async (e) => {
		const pairs = await queries.changePairs(e);
		const built = new Set(prerenderedPairs(pairs, manifest().tableYears).map(pairKey));
		return pairs.map((p) => ({ ...p, prerendered: built.has(pairKey(p)) }));
	});
	return pairsCache;
}

/** The prerendered pages: consecutive years and first → latest (see pairs.ts). */
export async function changeEntries() {
	return (await changePairs())
		.filter((p) => p.prerendered)
		.map((p) => ({ kelompok: p.kelompok, pair: `${p.dari}-${p.ke}` }));
}

export async function loadChange(kelompokParam: string, pairParam: string) {
	const pair = parsePair(pairParam);
	const kelompok = kelompokParam as Kelompok;
	const pairs = await changePairs();
	if (!(KELOMPOK as readonly string[]).includes(kelompokParam) || !pair) {
		error(404, `unknown climbers page /kenaikan/${kelompokParam}/${pairParam}`);
	}
	const [dari, ke] = pair;
	const found = pairs.find((p) => p.kelompok === kelompok && p.dari === dari && p.ke === ke);
	if (!found) error(404, `no instansi of ${kelompok} has values in both ${dari} and ${ke}`);
	// answered in the browser: a link that reached the build here would write it after all
	if (!found.prerendered)
		error(404, `/kenaikan/${kelompok}/${pairParam} is answered in the browser`);
	const e = await published();
	const rows = await queries.change(e, kelompok, dari, ke);
	const titles = new Map((await queries.sources(e)).map((s) => [s.id, s.title]));
	return changeData(kelompok, dari, ke, rows, pairs, manifest().years, (id) => titles.get(id));
}

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
