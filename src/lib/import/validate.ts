/**
 * Row validation for imported tables, streaming: one row at a time, so the same code runs
 * in the import worker (50 MB files) and in tests. Pure: no DOM, no network.
 *
 * Every problem names the row (as a spreadsheet numbers it: the header is row 1) and the
 * column (as the file names it). Errors keep a row out; warnings keep it (the text is stored
 * as text, escaped on screen and neutralised in exports).
 */
import {
	PREDICATES,
	hundredthsToText,
	readScore,
	DOMAINS,
	type Predicate,
	type ScoreError
} from '$lib/scores';
import { queryKeys, suggest, type SearchEntry } from '$lib/search';
import {
	INDEKS_PEMDI,
	bandOf,
	computeIndex,
	isPemdi,
	methodologyOfYear,
	offBy,
	toNumber,
	type Exact,
	type Methodology,
	type StructureItem
} from '$lib/methodology';
import { SPBE_BANDS } from '$lib/methodology/spbe';
import { fieldIndex, fileScheme, scoreColumns, type Field, type Mapping } from './columns';

export type ProblemCode =
	| 'zeroBytes'
	| 'empty'
	| 'notUtf8'
	| 'delimiter'
	| 'missingColumn'
	| 'missingValue'
	| 'notNumber'
	| 'decimals'
	| 'outOfRange'
	| 'badYear'
	| 'badPredicate'
	| 'predicateMismatch'
	| 'unknownRegion'
	| 'ambiguousRegion'
	| 'unknownCode'
	| 'duplicate'
	| 'formula'
	| 'markup'
	| 'officialYear'
	| 'importedYear'
	| 'badFile'
	| 'cellCount'
	| 'cellCountComma'
	| 'utf16'
	| 'bidi'
	| 'nul'
	| 'fullWidthFormula'
	| 'cellTooLong'
	| 'tooManyRows'
	| 'xlsxTooLarge'
	| 'headerTooLong'
	| 'notXlsx'
	| 'methodologyYear'
	| 'pemdiNotInstalled'
	| 'pemdiYearNotInstalled'
	| 'mixedMethodology'
	| 'notInMethodology'
	| 'indexFromIndicators'
	| 'aspectFromIndicators';

export interface Problem {
	/** 1-based row in the file (header = 1); null for the whole file */
	row: number | null;
	/** the column's header as in the file; null for the whole row or file */
	column: string | null;
	code: ProblemCode;
	severity: 'error' | 'warning';
	params: Record<string, string | number>;
}

/**
 * The rows that pass, column by column (scores as exact two-decimal text for DECIMAL). A row
 * has an SPBE index (then a predicate), a leadership index (IDL, IDCD) or both.
 */
export interface ImportBatch {
	instansi_id: string[];
	year: number[];
	index: (string | null)[];
	kebijakan: (string | null)[];
	tata_kelola: (string | null)[];
	manajemen: (string | null)[];
	layanan: (string | null)[];
	predicate: (string | null)[];
	idl: (string | null)[];
	idcd: (string | null)[];
	name: string[];
	source_row: number[];
	/** aspect and indicator values, one per cell: the row's source_row, measure code, hundredths */
	score_row: number[];
	score_code: number[];
	score_value: number[];
}

export interface ImportResult {
	rows: number;
	valid: number;
	batch: ImportBatch;
	/** the first MAX_LISTED problems; `counts` has them all */
	problems: Problem[];
	counts: Partial<Record<ProblemCode, number>>;
	errors: number;
	years: number[];
	/** years of the file that already have data (added as a separate dataset) */
	officialYears: number[];
	/** years with a leadership index (IDL or IDCD) */
	leadershipYears: number[];
	/** aspect and indicator values kept (one per cell) */
	scoreValues: number;
}

export interface ImportContext {
	/** the search index (/cari.json): ids, names and folded keys of every instansi */
	index: readonly SearchEntry[];
	/** years already ranked: official results, or rows of an earlier imported dataset */
	officialYears: readonly number[];
	/** of those years, the ones an earlier imported dataset holds (year → its name) */
	takenBy?: Readonly<Record<number, string>>;
	/**
	 * Every methodology with the years it governs, its bands and structure (the published
	 * methodology tables). A row's predicate takes the bands of its year's methodology; an
	 * Indeks Pemdi row is checked against PermenPANRB 8/2026. Absent: every year takes the
	 * SPBE bands of data/spbe/predicates.csv, and an Indeks Pemdi file is refused (not installed).
	 */
	methodologies?: readonly ImportMethodology[];
}

/** What the check needs of a methodology (names stay out of the worker's message). */
export type ImportMethodology = Pick<
	Methodology,
	'id' | 'regulation' | 'indexName' | 'firstYear' | 'lastYear' | 'installed' | 'bands'
> & { items: readonly StructureItem[] };

/** Slimmed for the worker: the structure without names. */
export const importMethodology = (m: Methodology): ImportMethodology => ({
	id: m.id,
	regulation: m.regulation,
	indexName: m.indexName,
	firstYear: m.firstYear,
	lastYear: m.lastYear,
	installed: m.installed,
	bands: m.bands,
	items: m.items.map(({ level, no, parentNo, weightH }) => ({ level, no, parentNo, weightH }))
});

/**
 * How far an index or aspect may lie from its value computed from the indicators: one
 * hundredth, the rounding of the printed value and of the indicator values it comes from
 * (Kab. Aceh Tengah's aspect 5 computes to 1,085 and is printed 1,08: pemdi/PROVENANCE.md).
 */
export const FROM_INDICATORS_TOLERANCE_H = 1;

export const MAX_LISTED = 500;
/** characters in a cell Tolok reads (a name, a code, a year, a score); longer is refused */
export const MAX_CELL_CHARS = 1000;
export const MIN_YEAR = 2018;
export const MAX_YEAR = 2100;

type Score = { h: number } | { error: ScoreError } | null;

/** The SPBE scale (index, domains, aspects, indicators) and the leadership indices' scale, in hundredths. */
export const SCORE_MAX = 500;
/**
 * IDL and IDCD: the award's scale is not published (data/awards/PROVENANCE.md), so 0–100
 * with two decimals is accepted, wide enough for a 0–5 or a 0–100 scale.
 */
export const LEADERSHIP_MAX = 10000;
const range = (max: number) => `0–${max / 100}`;

/**
 * A score 0–5 (or 0–max/100) with at most two decimals, in hundredths; null when blank. One
 * comma is a decimal comma (3,82) whatever the file's separator: in one cell it cannot be
 * anything else on these scales (no thousands to separate). An unquoted 3,82 in a
 * comma-separated file never reaches here: it splits the row, which the cell count catches.
 */
export function parseScore(cell: unknown, max = SCORE_MAX): Score {
	if (cell === null || cell === undefined) return null;
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) return { error: 'notNumber' };
		const h = Math.round(cell * 100);
		if (Math.abs(cell * 100 - h) > 1e-6) return { error: 'decimals' };
		return h < 0 || h > max ? { error: 'outOfRange' } : { h };
	}
	const text = String(cell);
	return text.trim() === '' ? null : readScore(text, { max });
}

const FOLD_PREDICATE = new Map(PREDICATES.map((p) => [p.toLowerCase().replace(/\s+/g, ''), p]));
/** "sangat baik", "SANGAT BAIK", "SangatBaik" → 'Sangat Baik'; unknown → null. */
export function parsePredicate(text: string): Predicate | null {
	return FOLD_PREDICATE.get(text.toLowerCase().replace(/\s+/g, '')) ?? null;
}

const FORMULA = /^[=+\-@\t\r]/;
/** full-width = + - @, which some spreadsheets (CJK input) also read as a formula */
const FULL_WIDTH_FORMULA = /^[\uFF1D\uFF0B\uFF0D\uFF20]/;
const MARKUP = /<\s*\/?\s*[a-z!]/i;
/** text-direction overrides and isolates: they can make a name read as something else */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const codePoint = (ch: string) =>
	`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * In a comma-separated row with more cells than the header, the likely decimal comma: an
 * integer cell followed by one of one or two digits ("3", "82" → "3,82"); null if none.
 */
export function decimalCommaExample(cells: readonly unknown[]): string | null {
	for (let k = 0; k + 1 < cells.length; k++) {
		const a = String(cells[k] ?? '').trim();
		const b = String(cells[k + 1] ?? '').trim();
		if (/^-?\d{1,3}$/.test(a) && /^\d{1,2}$/.test(b)) return `${a},${b}`;
	}
	return null;
}

/** Region and central-body lookup over the search index: by code/slug and by folded name. */
export function createLookup(index: readonly SearchEntry[]) {
	const byId = new Map(index.map((e) => [e.i, e]));
	const byKey = new Map<string, SearchEntry[]>();
	for (const e of index)
		for (const key of e.s.split('|')) {
			const list = byKey.get(key) ?? [];
			if (!list.includes(e)) list.push(e);
			byKey.set(key, list);
		}
	const cache = new Map<string, MatchOutcome>();
	return {
		code(raw: string): MatchOutcome {
			let text = raw.trim();
			if (/^\d{4}$/.test(text)) text = `${text.slice(0, 2)}.${text.slice(2)}`;
			const hit = byId.get(text) ?? byId.get(text.toLowerCase());
			if (hit) return { id: hit.i, name: hit.n };
			return { unknown: true, suggestions: suggest(index, text, 3).map(label) };
		},
		name(raw: string): MatchOutcome {
			const cached = cache.get(raw);
			if (cached) return cached;
			const found = new Set<SearchEntry>();
			for (const key of queryKeys(raw)) for (const e of byKey.get(key) ?? []) found.add(e);
			let out: MatchOutcome;
			if (found.size === 1) {
				const e = [...found][0] as SearchEntry;
				out = { id: e.i, name: e.n };
			} else if (found.size > 1) out = { ambiguous: [...found].slice(0, 4).map(label) };
			else out = { unknown: true, suggestions: suggest(index, raw, 3).map(label) };
			cache.set(raw, out);
			return out;
		}
	};
}
type MatchOutcome =
	{ id: string; name: string } | { unknown: true; suggestions: string[] } | { ambiguous: string[] };
const label = (e: SearchEntry) => `${e.n} (${e.i})`;

/** Whether a measure code (aspek n → n, indikator n → 100 + n) is an item of the structure. */
const inStructure = (items: readonly StructureItem[], code: number) =>
	items.some((i) =>
		code >= 100
			? i.level === 'indicator' && i.no === code - 100
			: i.level === 'aspect' && i.no === code
	);

export function emptyBatch(): ImportBatch {
	return {
		instansi_id: [],
		year: [],
		index: [],
		kebijakan: [],
		tata_kelola: [],
		manajemen: [],
		layanan: [],
		predicate: [],
		idl: [],
		idcd: [],
		name: [],
		source_row: [],
		score_row: [],
		score_code: [],
		score_value: []
	};
}

/**
 * A streaming validator for one file: call row() for every data row (cells as parsed, row
 * number as the user sees it), then finish().
 */
export function createValidator(
	headers: readonly string[],
	mapping: Mapping,
	ctx: ImportContext,
	/**
	 * `delimiter`: a delimited text file's separator; its rows must have the header's cell
	 * count (an XLSX row may end early: empty cells at the end are not stored)
	 */
	opts: { delimiter?: string } = {}
) {
	const at = fieldIndex(mapping);
	const scoreCols = scoreColumns(mapping);
	const hasIndex = at.indeks !== undefined;
	const methodologies = ctx.methodologies ?? [];
	const scheme = fileScheme(headers);
	const pemdiInstalled = methodologies.some((m) => isPemdi(m) && m.installed);
	/** a file-level refusal: every row is kept out, the problem named once */
	let refusal: Problem | null = null;
	if (scheme.scheme === 'mixed')
		refusal = {
			row: 1,
			column: scheme.pemdiHeader,
			code: 'mixedMethodology',
			severity: 'error',
			params: { pemdi: scheme.pemdiHeader ?? '', spbe: scheme.spbeHeader ?? '' }
		};
	else if (scheme.scheme === 'pemdi' && !pemdiInstalled)
		refusal = {
			row: 1,
			column: scheme.pemdiHeader,
			code: 'pemdiNotInstalled',
			severity: 'error',
			params: { column: scheme.pemdiHeader ?? '' }
		};
	const lookup = createLookup(ctx.index);
	const official = new Set(ctx.officialYears);
	const batch = emptyBatch();
	const problems: Problem[] = [];
	const counts: Partial<Record<ProblemCode, number>> = {};
	const seen = new Map<string, number>();
	const years = new Set<number>();
	const leadershipYears = new Set<number>();
	let rows = 0;
	let errors = 0;
	const rowScores: number[] = []; // code, hundredths, code, hundredths… of the current row
	const read = [...new Set([...Object.values(at), ...scoreCols.map((c) => c.column)])].filter(
		(k): k is number => k !== undefined
	);

	function report(p: Problem) {
		counts[p.code] = (counts[p.code] ?? 0) + 1;
		if (p.severity === 'error') errors++;
		if (problems.length < MAX_LISTED) problems.push(p);
	}
	const col = (f: Field) => (at[f] === undefined ? null : (headers[at[f]] ?? f));
	const cellOf = (cells: readonly unknown[], f: Field): unknown =>
		at[f] === undefined ? undefined : cells[at[f]];
	const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

	if (refusal) report(refusal);

	function row(cells: readonly unknown[], rowNo: number): void {
		if (cells.every((c) => text(c) === '')) return; // blank line
		rows++;
		if (refusal) return void errors++;
		let ok = true;
		const err = (f: Field | null, code: ProblemCode, params: Problem['params'] = {}) => {
			ok = false;
			report({ row: rowNo, column: f ? col(f) : null, code, severity: 'error', params });
		};
		const warn = (f: Field, code: ProblemCode, params: Problem['params'] = {}) =>
			report({ row: rowNo, column: col(f), code, severity: 'warning', params });

		// every cell where the header says: a row that does not fit is refused, never guessed
		if (opts.delimiter !== undefined && cells.length !== headers.length) {
			const example =
				opts.delimiter === ',' && cells.length > headers.length ? decimalCommaExample(cells) : null;
			report({
				row: rowNo,
				column: null,
				code: example ? 'cellCountComma' : 'cellCount',
				severity: 'error',
				params: { count: cells.length, expected: headers.length, ...(example ? { example } : {}) }
			});
			return;
		}
		for (const k of read) {
			const length = text(cells[k]).length;
			if (length > MAX_CELL_CHARS) {
				report({
					row: rowNo,
					column: headers[k] ?? `#${k + 1}`,
					code: 'cellTooLong',
					severity: 'error',
					params: { length, max: MAX_CELL_CHARS }
				});
				return;
			}
		}

		// instansi: the code wins over the name
		const rawName = text(cellOf(cells, 'nama'));
		const name = rawName.replaceAll('\u0000', '');
		const kode = text(cellOf(cells, 'kode'));
		let id: string | null = null;
		let officialName = '';
		if (kode !== '') {
			const m = lookup.code(kode);
			if ('id' in m) ({ id, name: officialName } = m);
			else if ('unknown' in m)
				err('kode', 'unknownCode', { value: kode, suggestions: m.suggestions.join('; ') });
		} else if (name !== '') {
			const m = lookup.name(name);
			if ('id' in m) ({ id, name: officialName } = m);
			else if ('ambiguous' in m)
				err('nama', 'ambiguousRegion', { value: name, suggestions: m.ambiguous.join('; ') });
			else err('nama', 'unknownRegion', { value: name, suggestions: m.suggestions.join('; ') });
		} else err(at.nama !== undefined ? 'nama' : 'kode', 'missingValue');
		if (name !== '' && FORMULA.test(name)) warn('nama', 'formula', { value: name });
		if (FULL_WIDTH_FORMULA.test(name)) warn('nama', 'fullWidthFormula', { char: name[0] ?? '' });
		if (name !== '' && MARKUP.test(name)) warn('nama', 'markup', { value: name });
		const bidi = BIDI.exec(name)?.[0];
		if (bidi) warn('nama', 'bidi', { code: codePoint(bidi) });
		if (rawName !== name) warn('nama', 'nul');

		// year
		const yearText = text(cellOf(cells, 'tahun'));
		const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
		if (yearText === '') err('tahun', 'missingValue');
		else if (!(year >= MIN_YEAR && year <= MAX_YEAR))
			err('tahun', 'badYear', { value: yearText, min: MIN_YEAR, max: MAX_YEAR });

		// the year's methodology: the file's index must be the one that year is evaluated with
		const method = Number.isFinite(year) ? methodologyOfYear(methodologies, year) : undefined;
		const pemdiRow = method !== undefined && isPemdi(method);
		if (method && scheme.scheme === 'pemdi' && !pemdiRow)
			err('tahun', 'methodologyYear', {
				year,
				index: method.indexName,
				regulation: method.regulation,
				file: INDEKS_PEMDI,
				column: scheme.pemdiHeader ?? ''
			});
		else if (method && scheme.scheme === 'spbe' && pemdiRow)
			err('tahun', 'methodologyYear', {
				year,
				index: method.indexName,
				regulation: method.regulation,
				file: 'Indeks SPBE',
				column: scheme.spbeHeader ?? ''
			});
		else if (pemdiRow && !method.installed) err('tahun', 'pemdiYearNotInstalled', { year });
		/** a Pemdi value runs 1,00–5,00 (pemdi/PROVENANCE.md): below 1 is refused */
		const pemdiFloor = (f: Field | null, column: string | null, h: number | null, raw: unknown) => {
			if (!pemdiRow || h === null || h >= 100) return h;
			ok = false;
			report({
				row: rowNo,
				column: f ? col(f) : column,
				code: 'outOfRange',
				severity: 'error',
				params: { value: text(raw), range: '1–5' }
			});
			return null;
		};

		// scores
		const score = (f: Field, required: boolean, max = SCORE_MAX): number | null => {
			const raw = cellOf(cells, f);
			const s = parseScore(raw, max);
			if (s === null) {
				if (required) err(f, 'missingValue');
				return null;
			}
			if ('error' in s) {
				err(f, s.error, { value: text(raw), range: range(max) });
				return null;
			}
			return s.h;
		};
		const indexH = pemdiFloor('indeks', null, score('indeks', hasIndex), cellOf(cells, 'indeks'));
		const domains = DOMAINS.map((f) => score(f, false));
		// the Indeks Pemdi has aspects, no domains
		if (pemdiRow)
			DOMAINS.forEach((f, i) => {
				if (domains[i] !== null)
					err(f, 'notInMethodology', { column: col(f) ?? f, regulation: method.regulation });
			});
		const idlH = score('idl', false, LEADERSHIP_MAX);
		const idcdH = score('idcd', false, LEADERSHIP_MAX);
		// a file without an SPBE index ranks leadership: each row needs IDL or IDCD
		const blank = (f: Field) => text(cellOf(cells, f)) === '';
		if (!hasIndex && blank('idl') && blank('idcd'))
			err(at.idl !== undefined ? 'idl' : 'idcd', 'missingValue');

		// predicate: consistent with the index's band, exactly (hundredths)
		const predText = text(cellOf(cells, 'predikat'));
		// the bands of the year's methodology (data/spbe/predicates.csv's when none is known)
		const bands = method && method.bands.length > 0 ? method.bands : SPBE_BANDS;
		const predicate: Predicate | null = indexH === null ? null : bandOf(bands, indexH);
		if (predText !== '') {
			const p = parsePredicate(predText);
			if (!p) err('predikat', 'badPredicate', { value: predText, list: PREDICATES.join(', ') });
			else if (predicate && p !== predicate)
				err('predikat', 'predicateMismatch', {
					value: predText,
					index: indexH === null ? '' : hundredthsToText(indexH),
					expected: predicate
				});
		}

		rowScores.length = 0;
		for (const { column: c, code } of scoreCols) {
			const v = cells[c];
			if (v === null || v === undefined || v === '') continue;
			const s = parseScore(v);
			if (s === null) continue;
			const header = headers[c] ?? `#${c + 1}`;
			if ('error' in s) {
				ok = false;
				report({
					row: rowNo,
					column: header,
					code: s.error,
					severity: 'error',
					params: { value: text(v), range: range(SCORE_MAX) }
				});
			} else if (pemdiRow && !inStructure(method.items, code)) {
				ok = false;
				report({
					row: rowNo,
					column: header,
					code: 'notInMethodology',
					severity: 'error',
					params: { column: header, regulation: method.regulation }
				});
			} else if (pemdiFloor(null, header, s.h, v) !== null) rowScores.push(code, s.h);
		}
		if (pemdiRow && ok && !agreesWithIndicators(method.items, indexH, rowNo)) ok = false;

		if (id !== null && Number.isFinite(year)) {
			const key = `${id}|${year}`;
			const first = seen.get(key);
			if (first !== undefined) err(null, 'duplicate', { first, name: officialName, year });
			else if (ok) seen.set(key, rowNo);
		}
		if (!ok || id === null) return;
		if (indexH === null && idlH === null && idcdH === null) return;
		if (indexH !== null) years.add(year);
		if (idlH !== null || idcdH !== null) leadershipYears.add(year);
		const opt = (h: number | null | undefined) =>
			h === null || h === undefined ? null : hundredthsToText(h);
		batch.instansi_id.push(id);
		batch.year.push(year);
		batch.index.push(opt(indexH));
		DOMAINS.forEach((f, i) => batch[f].push(opt(domains[i])));
		batch.predicate.push(predicate);
		batch.idl.push(opt(idlH));
		batch.idcd.push(opt(idcdH));
		batch.name.push(name || officialName);
		batch.source_row.push(rowNo);
		for (let k = 0; k < rowScores.length; k += 2) {
			batch.score_row.push(rowNo);
			batch.score_code.push(rowScores[k] as number);
			batch.score_value.push(rowScores[k + 1] as number);
		}
	}

	/**
	 * An Indeks Pemdi row with all its indicators: the index and each aspect given must equal
	 * their values computed from the indicators (PermenPANRB 8/2026's weights) within
	 * FROM_INDICATORS_TOLERANCE_H hundredths. A row with some indicators is stored as it is.
	 */
	function agreesWithIndicators(
		items: readonly StructureItem[],
		indexH: number | null,
		rowNo: number
	): boolean {
		const values = new Map<number, number>();
		const aspects = new Map<number, number>();
		for (let k = 0; k < rowScores.length; k += 2) {
			const code = rowScores[k] as number;
			const h = rowScores[k + 1] as number;
			if (code >= 100) values.set(code - 100, h);
			else aspects.set(code, h);
		}
		const indicators = items.filter((i) => i.level === 'indicator');
		if (indicators.length === 0 || indicators.some((i) => !values.has(i.no))) return true;
		let agrees = true;
		const computed = computeIndex(items, values);
		const off = (given: number, x: Exact) => offBy(given, x, FROM_INDICATORS_TOLERANCE_H);
		const shown = (x: Exact) => toNumber(x).toFixed(4);
		if (indexH !== null && off(indexH, computed.index)) {
			agrees = false;
			report({
				row: rowNo,
				column: col('indeks'),
				code: 'indexFromIndicators',
				severity: 'error',
				params: { value: hundredthsToText(indexH), computed: shown(computed.index) }
			});
		}
		for (const [no, h] of aspects) {
			const x = computed.aspects.get(no);
			if (!x || !off(h, x)) continue;
			agrees = false;
			report({
				row: rowNo,
				column: headers[scoreCols.find((c) => c.code === no)?.column ?? -1] ?? `aspek ${no}`,
				code: 'aspectFromIndicators',
				severity: 'error',
				params: { no, value: hundredthsToText(h), computed: shown(x) }
			});
		}
		return agrees;
	}

	function finish(): ImportResult {
		if (rows === 0)
			report({ row: null, column: null, code: 'empty', severity: 'error', params: {} });
		const sorted = [...years].sort((a, b) => a - b);
		const hit = sorted.filter((y) => official.has(y));
		for (const y of hit) {
			const dataset = ctx.takenBy?.[y];
			report({
				row: null,
				column: col('tahun'),
				code: dataset === undefined ? 'officialYear' : 'importedYear',
				severity: 'warning',
				params: dataset === undefined ? { year: y } : { year: y, dataset }
			});
		}
		return {
			rows,
			valid: batch.instansi_id.length,
			batch,
			problems,
			counts,
			errors,
			years: sorted,
			officialYears: hit,
			leadershipYears: [...leadershipYears].sort((a, b) => a - b),
			scoreValues: batch.score_value.length
		};
	}
	return { row, finish };
}
