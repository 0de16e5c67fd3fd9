/**
 * The groups instansi are ranked in and the award categories, as the routes spell them.
 * Pure (no Vite features), so the data pipeline validates against the same list the site
 * routes by.
 */
export const KELOMPOK = [
	'semua',
	'daerah',
	'provinsi',
	'kabupaten',
	'kota',
	'kementerian',
	'lembaga'
] as const;
export type Kelompok = (typeof KELOMPOK)[number];

export const KATEGORI = [
	'indeks',
	'peningkatan',
	'layanan',
	'tata-kelola',
	'kebijakan',
	'manajemen'
] as const;
export type Kategori = (typeof KATEGORI)[number];

/** The groups a category is ranked in (its `kelompok`, ';'-separated as in the CSV), in the site's order. */
export function kelompokOf(c: { kelompok: string }): Kelompok[] {
	const listed = c.kelompok.split(';');
	return KELOMPOK.filter((k) => listed.includes(k));
}
