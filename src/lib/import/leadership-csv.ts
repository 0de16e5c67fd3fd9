/**
 * The CSV of one imported leadership ranking (a dataset, year, measure and kelompok), in the
 * table's order: the rank as a number, the Kemendagri code, names as text (formulas
 * neutralised by toCsv), the value with its two decimals, and where it came from.
 */
import { csvScore, toCsv } from '$lib/csv';
import type { LeadershipRankRow } from '$lib/import/tables';

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

const HEADER_EN = {
	peringkat: 'rank',
	seri: 'tied',
	kode: 'code',
	nama: 'name',
	provinsi: 'province',
	ukuran: 'measure',
	tahun: 'year',
	nilai: 'value',
	nama_di_berkas: 'name_in_file',
	status: 'status',
	dataset: 'dataset'
} as const;

export function leadershipCsv(
	rows: readonly LeadershipRankRow[],
	lang: 'id' | 'en' = 'id'
): string {
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
			status: lang === 'en' ? 'local import' : 'impor lokal',
			dataset: r.dataset
		})),
		LEADERSHIP_CSV_COLUMNS,
		lang === 'en' ? HEADER_EN : undefined
	);
}
