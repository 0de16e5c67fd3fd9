/**
 * A scenario as CSV: the index, each domain, aspect and indicator, its start and simulated
 * value, every row marked status "simulasi" with the methodology named, so a file taken out
 * of the page can never pass for a published value.
 */
import { toCsv, type CsvDialect, RFC4180 } from '$lib/csv';
import { toNumber, type Exact } from '$lib/methodology';
import type { SimMethod, SimResult } from './recompute';
import { indicatorsOf } from './recompute';

export const SIM_CSV_COLUMNS = [
	'tingkat',
	'no',
	'kode',
	'nama',
	'awal',
	'simulasi',
	'predikat',
	'metodologi',
	'status',
	'keterangan'
] as const;

type Column = (typeof SIM_CSV_COLUMNS)[number];

/** What every row says: a simulation, not an official value. */
export const SIM_NOTE = 'Simulasi — bukan nilai resmi';

const four = (v: Exact | undefined) =>
	v === undefined ? '' : String(Math.round(toNumber(v) * 10_000) / 10_000);
const two = (h: number) => (h / 100).toFixed(2);

export function scenarioCsv(
	method: SimMethod,
	startH: readonly number[],
	valuesH: readonly number[],
	start: SimResult,
	now: SimResult,
	dialect: CsvDialect = RFC4180
): string {
	const methodology = `${method.regulation} (${method.indexName})`;
	const row = (r: Partial<Record<Column, string | number>>) => ({
		...r,
		metodologi: methodology,
		status: 'simulasi',
		keterangan: SIM_NOTE
	});
	const rows = [
		row({
			tingkat: 'indeks',
			nama: method.indexName,
			awal: two(start.indexH),
			simulasi: two(now.indexH),
			predikat: now.predicate
		})
	];
	for (const level of ['domain', 'aspect'] as const)
		for (const item of method.items.filter((i) => i.level === level).sort((a, b) => a.no - b.no)) {
			const map = level === 'domain' ? 'domains' : 'aspects';
			rows.push(
				row({
					tingkat: level === 'domain' ? 'domain' : 'aspek',
					no: item.no,
					kode: item.code ?? '',
					nama: item.name,
					awal: four(start[map].get(item.no)),
					simulasi: four(now[map].get(item.no))
				})
			);
		}
	indicatorsOf(method.items).forEach((item, i) =>
		rows.push(
			row({
				tingkat: 'indikator',
				no: item.no,
				kode: item.code ?? '',
				nama: item.name,
				awal: two(startH[i] ?? 0),
				simulasi: two(valuesH[i] ?? 0)
			})
		)
	);
	return toCsv(rows, SIM_CSV_COLUMNS, undefined, {
		...dialect,
		decimals: ['awal', 'simulasi']
	});
}
