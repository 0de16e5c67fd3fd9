/**
 * The CSV of one imported leadership ranking (a dataset, year, measure and kelompok), in the
 * table's order: the rank as a number, the Kemendagri code, names as text (formulas
 * neutralised by toCsv), the value with its two decimals, and where it came from.
 */
import { csvScore, toCsv } from '$lib/csv';
import type { LeadershipRankRow } from '$lib/db/imported';

export const LEADERSHIP_CSV_COLUMNS = [
	'peringkat',
	'seri',
	'kode',
	'nama',
	'provinsi',
	'ukuran',
	'tahun',
	'nilai',
	'nama_di_berkas',
	'status',
	'dataset'
] as const;

export function leadershipCsv(rows: readonly LeadershipRankRow[]): string {
	return toCsv(
		rows.map((r) => ({
			peringkat: r.peringkat,
			seri: r.seri,
			kode: r.id,
			nama: r.name,
			provinsi: r.provinsi_nama ?? '',
			ukuran: r.measure,
			tahun: r.year,
			nilai: csvScore(r.nilai),
			nama_di_berkas: r.name_as_printed ?? '',
			status: 'impor lokal',
			dataset: r.dataset
		})),
		LEADERSHIP_CSV_COLUMNS
	);
}
