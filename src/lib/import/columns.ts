/**
 * Column recognition for imported tables: header names in Indonesian or English folded
 * to one of the fields Tolok knows. Pure (no DOM); the import page shows the result for the
 * user to confirm or change.
 */
export const FIELDS = [
	'nama',
	'kode',
	'tahun',
	'indeks',
	'kebijakan',
	'tata_kelola',
	'manajemen',
	'layanan',
	'predikat'
] as const;
export type Field = (typeof FIELDS)[number];
/** A column is a known field, an indicator (counted and range-checked, not stored) or ignored. */
export type ColumnRole = Field | 'indikator' | 'abaikan';

/** Header → role; `null` in mapping means "ignore". */
export type Mapping = ColumnRole[];

/** Lower case, accents, punctuation and spaces folded: "Tata Kelola" → "tatakelola". */
export function foldHeader(h: string): string {
	return h
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}

const NAMES: Record<string, Field> = {};
const add = (field: Field, ...names: string[]) => {
	for (const n of names) NAMES[foldHeader(n)] = field;
};
add(
	'nama',
	'nama instansi',
	'instansi',
	'nama',
	'name',
	'instansi name',
	'nama pemda',
	'pemda',
	'wilayah',
	'region',
	'nama daerah',
	'daerah',
	'nama wilayah',
	'agency'
);
add(
	'kode',
	'kode',
	'code',
	'kode wilayah',
	'kode kemendagri',
	'kode instansi',
	'region code',
	'id',
	'kode daerah'
);
add('tahun', 'tahun', 'year', 'tahun evaluasi', 'evaluation year');
add(
	'indeks',
	'indeks',
	'index',
	'indeks spbe',
	'spbe index',
	'nilai indeks',
	'nilai',
	'score',
	'skor'
);
add('kebijakan', 'kebijakan', 'domain kebijakan', 'domain 1', 'd1', 'policy', 'domain policy');
add(
	'tata_kelola',
	'tata kelola',
	'domain tata kelola',
	'domain 2',
	'd2',
	'governance',
	'domain governance'
);
add(
	'manajemen',
	'manajemen',
	'domain manajemen',
	'domain 3',
	'd3',
	'management',
	'domain management'
);
add(
	'layanan',
	'layanan',
	'domain layanan',
	'domain 4',
	'd4',
	'services',
	'service',
	'domain services'
);
add('predikat', 'predikat', 'predicate', 'predikat spbe', 'kategori', 'rating');

const INDICATOR = /^(?:indikator|indicator|ind|i)(\d{1,2})$/;

/** The role of one header, or 'abaikan' when unknown. */
export function recogniseHeader(header: string): ColumnRole {
	const f = foldHeader(header);
	const known = NAMES[f];
	if (known) return known;
	if (INDICATOR.test(f)) return 'indikator';
	return 'abaikan';
}

/**
 * The mapping for a header row: each known field is taken by its first column; a second
 * column of the same field is ignored (the user can change it).
 */
export function recogniseColumns(headers: readonly string[]): Mapping {
	const taken = new Set<ColumnRole>();
	return headers.map((h) => {
		const role = recogniseHeader(h);
		if (role === 'abaikan' || role === 'indikator') return role;
		if (taken.has(role)) return 'abaikan';
		taken.add(role);
		return role;
	});
}

/** Required fields the mapping lacks: an instansi (nama or kode), tahun and indeks. */
export function missingRequired(mapping: Mapping): Field[] {
	const has = (f: Field) => mapping.includes(f);
	const missing: Field[] = [];
	if (!has('nama') && !has('kode')) missing.push('nama');
	if (!has('tahun')) missing.push('tahun');
	if (!has('indeks')) missing.push('indeks');
	return missing;
}

/** The column index of each field (first one), for fast row access. */
export function fieldIndex(mapping: Mapping): Partial<Record<Field, number>> {
	const out: Partial<Record<Field, number>> = {};
	mapping.forEach((role, i) => {
		if (role !== 'abaikan' && role !== 'indikator' && out[role] === undefined) out[role] = i;
	});
	return out;
}
