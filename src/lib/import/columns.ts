/**
 * Column recognition for imported tables: header names in Indonesian or English folded
 * to one of the fields Tolok knows. Pure (no DOM); the import page shows the result for the
 * user to confirm or change.
 */
import { DOMAINS } from '$lib/scores/domains';

export const FIELDS = [
	'nama',
	'kode',
	'tahun',
	'indeks',
	...DOMAINS,
	'predikat',
	'idl',
	'idcd'
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Scores below the domains, stored one value per row in `imported_score`: the eight aspects
 * and 47 indicators of PermenPANRB 59/2020 (data/spbe/methodology.csv), each 0–5.
 */
export const SCORE_MEASURES = { aspek: 8, indikator: 47 } as const;
export type ScoreMeasure = keyof typeof SCORE_MEASURES;
export type ScoreRole = `${ScoreMeasure}:${number}`;

/** A column is a known field, one aspect or indicator (by number) or ignored. */
export type ColumnRole = Field | ScoreRole | 'abaikan';

/** 'aspek:3' → { measure: 'aspek', number: 3 }; any other role → null. */
export function scoreRole(role: ColumnRole): { measure: ScoreMeasure; number: number } | null {
	const m = /^(aspek|indikator):(\d+)$/.exec(role);
	if (!m) return null;
	const measure = m[1] as ScoreMeasure;
	const number = Number(m[2]);
	return number >= 1 && number <= SCORE_MEASURES[measure] ? { measure, number } : null;
}

/** The fields that hold a value Tolok ranks: a file needs at least one of them. */
export const MEASURE_FIELDS = ['indeks', 'idl', 'idcd'] as const satisfies readonly Field[];

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
// the domains as the 2024 report names them
add('kebijakan', 'kebijakan internal spbe', 'kebijakan spbe', 'domain kebijakan internal');
add('tata_kelola', 'tata kelola spbe');
add('manajemen', 'manajemen spbe');
add('layanan', 'layanan spbe');
// Digital Leadership Government Award (data/awards/PROVENANCE.md); its scale is unpublished
add(
	'idl',
	'indeks digital leadership',
	'digital leadership index',
	'digital leadership',
	'idl',
	'indeks kepemimpinan digital',
	'nilai idl'
);
add(
	'idcd',
	'indeks digital capability daerah',
	'indeks digital capabilities daerah',
	'digital capability index',
	'digital capabilities index',
	'regional digital capability index',
	'digital capability daerah',
	'idcd',
	'indeks kapabilitas digital daerah',
	'nilai idcd'
);

/**
 * The eight aspects by their names in PermenPANRB 59/2020 (data/spbe/methodology.csv,
 * aspect_name), shortened forms and English renderings; "aspek 3", "aspect 3" and "A3"
 * (the reports' own label) are read by number.
 */
const ASPECT_NAMES: Record<string, number> = {};
const aspect = (n: number, ...names: string[]) => {
	for (const name of names) ASPECT_NAMES[foldHeader(name)] = n;
};
aspect(
	1,
	'kebijakan internal tata kelola spbe',
	'kebijakan internal tata kelola',
	'internal governance policy',
	'internal spbe governance policy'
);
aspect(2, 'perencanaan strategis spbe', 'perencanaan strategis', 'strategic planning');
aspect(
	3,
	'teknologi informasi dan komunikasi',
	'teknologi informasi komunikasi',
	'information and communication technology',
	'ict'
);
aspect(4, 'penyelenggara spbe', 'penyelenggara', 'spbe organisers', 'organisers', 'organizers');
aspect(5, 'penerapan manajemen spbe', 'penerapan manajemen', 'management implementation');
aspect(6, 'pelaksanaan audit tik', 'audit tik', 'ict audit');
aspect(
	7,
	'layanan administrasi pemerintahan berbasis elektronik',
	'layanan administrasi pemerintahan',
	'electronic government administration services',
	'government administration services'
);
aspect(
	8,
	'layanan publik berbasis elektronik',
	'layanan publik',
	'electronic public services',
	'public services'
);

/**
 * The Indeks Pemdi (PermenPANRB 8/2026) as headers name it: the index, its predicate, the seven
 * aspects by name (Indonesian as the sources print them, and English renderings) and the
 * indicators by their codes IK-01…IK-20. A header vocabulary only: structure, weights and
 * bands come from the methodology data (PEMDI_DIR), which the check reads.
 */
const PEMDI_NAMES: Record<string, ColumnRole> = {};
const pemdi = (role: ColumnRole, ...names: string[]) => {
	for (const n of names) PEMDI_NAMES[foldHeader(n)] = role;
};
pemdi(
	'indeks',
	'indeks pemdi',
	'indeks pemerintah digital',
	'nilai indeks pemdi',
	'pemdi index',
	'digital government index'
);
pemdi('predikat', 'predikat pemdi', 'predikat indeks pemdi', 'pemdi predicate');
pemdi('aspek:1', 'tata kelola dan manajemen', 'governance and management');
pemdi('aspek:2', 'penyelenggara', 'penyelenggara pemdi', 'organisers', 'organizers');
pemdi('aspek:3', 'data', 'aspek data');
pemdi('aspek:4', 'keamanan pemdi', 'keamanan pemerintah digital', 'keamanan', 'security');
pemdi('aspek:5', 'teknologi pemdi', 'teknologi pemerintah digital', 'teknologi', 'technology');
pemdi(
	'aspek:6',
	'keterpaduan layanan digital pemerintah',
	'keterpaduan layanan digital',
	'keterpaduan layanan',
	'digital service integration',
	'integration of digital government services'
);
pemdi(
	'aspek:7',
	'kepuasan pengguna layanan digital pemerintah',
	'kepuasan pengguna',
	'user satisfaction',
	'satisfaction of digital government service users'
);
const pemdiName = (f: string): ColumnRole | undefined =>
	PEMDI_NAMES[f] ?? PEMDI_NAMES[f.replace(/^(?:aspek|aspect)/, '')];
/** headers both indices use for different things: they say nothing of the file's index */
const SHARED = new Set(['penyelenggara', 'organisers', 'organizers'].map(foldHeader));
/** headers only an Indeks SPBE file has (besides the domains and the SPBE aspects' names) */
const SPBE_ONLY = new Set(['indeks spbe', 'spbe index', 'predikat spbe'].map(foldHeader));
const PEMDI_CODE = /^ik(\d{1,2})$/;

/** Which index a file holds, by its headers; null: neither is named (each row's year decides). */
export type Scheme = 'pemdi' | 'spbe' | null;

export interface FileScheme {
	/** 'mixed': headers of both indices (one file holds one index) */
	scheme: Scheme | 'mixed';
	/** the first header that names the Indeks Pemdi, and the first that names the Indeks SPBE */
	pemdiHeader: string | null;
	spbeHeader: string | null;
}

/**
 * The index a header row names: the Indeks Pemdi (its name, its predicate, an aspect only it
 * has, an IK-nn code) or the Indeks SPBE (its name, a domain, an aspect only it has). A file
 * naming neither is read by each row's year.
 */
export function fileScheme(headers: readonly string[]): FileScheme {
	let pemdiHeader: string | null = null;
	let spbeHeader: string | null = null;
	for (const h of headers) {
		const f = foldHeader(h);
		if (f === '' || SHARED.has(f)) continue;
		if (pemdiName(f) || PEMDI_CODE.test(f)) pemdiHeader ??= h;
		else if (
			SPBE_ONLY.has(f) ||
			(DOMAINS as readonly string[]).includes(NAMES[f] ?? '') ||
			ASPECT_NAMES[f] ||
			ASPECT_NAMES[f.replace(/^(?:aspek|aspect)/, '')]
		)
			spbeHeader ??= h;
	}
	const scheme =
		pemdiHeader && spbeHeader ? 'mixed' : pemdiHeader ? 'pemdi' : spbeHeader ? 'spbe' : null;
	return { scheme, pemdiHeader, spbeHeader };
}

const ASPECT = /^(?:aspek|aspect|a)(\d{1,2})$/;
const INDICATOR = /^(?:indikator|indicator|ind|i)(\d{1,2})$/;

function numbered(measure: ScoreMeasure, n: string | undefined): ColumnRole {
	const role = `${measure}:${Number(n)}` as ScoreRole;
	return scoreRole(role) ? role : 'abaikan';
}

/** The role of one header, or 'abaikan' when unknown (as in a file that names neither index). */
export function recogniseHeader(header: string): ColumnRole {
	return roleOf(header, null);
}

/**
 * The role of one header in a file of `scheme`. In an Indeks Pemdi file its aspects' names
 * and IK-nn codes are read first: "Penyelenggara" is its aspect 2, not SPBE's aspect 4.
 */
function roleOf(header: string, scheme: FileScheme['scheme']): ColumnRole {
	const f = foldHeader(header);
	if (scheme === 'pemdi' || scheme === 'mixed') {
		const role = pemdiName(f);
		if (role) return role;
		const code = PEMDI_CODE.exec(f);
		if (code) return numbered('indikator', code[1]);
	}
	const known = NAMES[f];
	if (known) return known;
	const a = ASPECT_NAMES[f] ?? ASPECT_NAMES[f.replace(/^(?:aspek|aspect)/, '')];
	if (a) return `aspek:${a}`;
	const am = ASPECT.exec(f);
	if (am) return numbered('aspek', am[1]);
	const im = INDICATOR.exec(f);
	if (im) return numbered('indikator', im[1]);
	return 'abaikan';
}

/**
 * The mapping for a header row: each known field, aspect or indicator is taken by its first
 * column; a second column of the same role is ignored (the user can change it).
 */
export function recogniseColumns(headers: readonly string[]): Mapping {
	const taken = new Set<ColumnRole>();
	const { scheme } = fileScheme(headers);
	return headers.map((h) => {
		const role = roleOf(h, scheme);
		if (role === 'abaikan') return role;
		if (taken.has(role)) return 'abaikan';
		taken.add(role);
		return role;
	});
}

/**
 * Required fields the mapping lacks: an instansi (nama or kode), tahun, and a value to rank:
 * indeks, or a leadership index (IDL or IDCD) for a file without an SPBE index. A missing
 * value to rank is reported as 'indeks'.
 */
export function missingRequired(mapping: Mapping): Field[] {
	const has = (f: Field) => mapping.includes(f);
	const missing: Field[] = [];
	if (!has('nama') && !has('kode')) missing.push('nama');
	if (!has('tahun')) missing.push('tahun');
	if (!MEASURE_FIELDS.some(has)) missing.push('indeks');
	return missing;
}

/** The column index of each field (first one), for fast row access. */
export function fieldIndex(mapping: Mapping): Partial<Record<Field, number>> {
	const out: Partial<Record<Field, number>> = {};
	mapping.forEach((role, i) => {
		if ((FIELDS as readonly string[]).includes(role) && out[role as Field] === undefined)
			out[role as Field] = i;
	});
	return out;
}

/** The aspect and indicator columns: column index, measure code (aspek n → n, indikator n → 100 + n). */
export function scoreColumns(mapping: Mapping): { column: number; code: number }[] {
	const out: { column: number; code: number }[] = [];
	const seen = new Set<number>();
	mapping.forEach((role, column) => {
		const s = scoreRole(role);
		if (!s) return;
		const code = (s.measure === 'aspek' ? 0 : 100) + s.number;
		if (seen.has(code)) return;
		seen.add(code);
		out.push({ column, code });
	});
	return out;
}
