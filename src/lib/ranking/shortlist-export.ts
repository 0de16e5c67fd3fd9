/**
 * A shortlist as a file: CSV (Excel's own dialect for an Indonesian reader: BOM, `;`, decimal
 * comma; RFC 4180 in English) and XLSX (write-excel-file, imported only when a reader exports)
 * with a second sheet stating the sources and the rules. Every row carries the rank as printed
 * ("=4") with a tie column, the values, the rule in the reader's language and the source.
 */
import { pickDirection } from '$lib/i18n/families/direction';
import { pickKelompok } from '$lib/i18n/families/kelompok';
import { pickMeasure } from '$lib/i18n/families/measure';
import { m } from '$lib/paraglide/messages.js';
import { EXCEL_ID, RFC4180, csvScore, toCsv, type CsvValue } from '$lib/csv';
import { formatRank, type Lang } from '$lib/i18n';
import { csvMeasure } from './category-csv';
import type { ShortlistEntry } from './shortlist.svelte';

export const SHORTLIST_COLUMNS = [
	'kategori',
	'kelompok',
	'tahun',
	'peringkat',
	'seri',
	'dari',
	'kode',
	'nama',
	'provinsi',
	'nilai',
	'indeks',
	'perubahan_indeks',
	'predikat',
	'aturan',
	'sumber',
	'catatan'
] as const;
type Column = (typeof SHORTLIST_COLUMNS)[number];

/** The columns in English, for a reader who switched to it. */
const HEADER_EN: Record<Column, string> = {
	kategori: 'category',
	kelompok: 'group',
	tahun: 'year',
	peringkat: 'rank',
	seri: 'tie',
	dari: 'of',
	kode: 'code',
	nama: 'name',
	provinsi: 'province',
	nilai: 'value',
	indeks: 'index',
	perubahan_indeks: 'index_change',
	predikat: 'predicate',
	aturan: 'rule',
	sumber: 'source',
	catatan: 'note'
};

export const header = (lang: Lang): Record<Column, string> =>
	lang === 'en'
		? HEADER_EN
		: (Object.fromEntries(SHORTLIST_COLUMNS.map((c) => [c, c])) as Record<Column, string>);

const categoryName = (e: ShortlistEntry, lang: Lang) =>
	lang === 'en' ? e.kategori_nama_en : e.kategori_nama;

/**
 * The rule a candidate was ranked by, in words of the reader's language: "Peningkatan Indeks
 * SPBE: Perubahan Indeks SPBE sejak evaluasi resmi sebelumnya, tertinggi lebih baik, diperingkat
 * dalam kelompok Kota; dasar: …". An entry stored before the rule was kept as data keeps the text
 * it was stored with.
 */
export function ruleText(e: ShortlistEntry, lang: Lang): string {
	if (!e.measure) return e.aturan ?? '';
	const parts = [
		`${categoryName(e, lang)}: ${pickMeasure(e.measure)({}, { locale: lang })}`,
		pickDirection(e.direction)({}, { locale: lang }),
		m.shortlist_ruleGroup(
			{ group: pickKelompok(e.kelompok)({}, { locale: lang }) },
			{ locale: lang }
		)
	];
	const basis = e.basis ? `; ${m.shortlist_ruleBasis({ basis: e.basis }, { locale: lang })}` : '';
	return `${parts.join(', ')}${basis}; ${m.shortlist_ruleReading({}, { locale: lang })}`;
}

function record(e: ShortlistEntry, lang: Lang): Record<Column, CsvValue> {
	return {
		kategori: categoryName(e, lang),
		kelompok: e.kelompok,
		tahun: e.tahun,
		peringkat: e.peringkat === null ? null : formatRank(e.peringkat, e.seri),
		seri: e.seri,
		dari: e.dari,
		kode: e.id,
		nama: e.name,
		provinsi: e.provinsi,
		nilai: csvMeasure(e.nilai),
		indeks: csvScore(e.index),
		perubahan_indeks: csvMeasure(e.perubahan),
		predikat: e.predicate,
		aturan: ruleText(e, lang),
		sumber: e.source,
		catatan: e.note
	};
}

/** The CSV of a list: Excel's Indonesian dialect in Indonesian, RFC 4180 in English. */
export function shortlistCsv(entries: readonly ShortlistEntry[], lang: Lang = 'id'): string {
	return toCsv(
		entries.map((e) => record(e, lang)),
		SHORTLIST_COLUMNS,
		lang === 'en' ? HEADER_EN : undefined,
		lang === 'en' ? RFC4180 : { ...EXCEL_ID, decimals: ['nilai', 'indeks', 'perubahan_indeks'] }
	);
}

/** The report behind a row's source ("Laporan … 2024, Tabel 32 No 33" → "Laporan … 2024"). */
const reportOf = (source: string) => source.replace(/, Tabel .*$/, '');

export interface XlsxContext {
	/** the list's name as the reader sees it */
	name: string;
	/** a link that reproduces the list */
	link: string;
	exported: Date;
}

/** The second sheet: what the list is, where each value comes from and by which rule. */
export function sourcesSheet(
	entries: readonly ShortlistEntry[],
	lang: Lang,
	ctx: XlsxContext
): [string, string | number][] {
	const rules = new Map<string, string>();
	for (const e of entries)
		rules.set(
			`${categoryName(e, lang)} · ${pickKelompok(e.kelompok)({}, { locale: lang })}`,
			ruleText(e, lang)
		);
	const reports = [...new Set(entries.map((e) => reportOf(e.source)))];
	return [
		[m.shortlist_xlsxTitle({}, { locale: lang }), ctx.name],
		[
			m.shortlist_xlsxExported({}, { locale: lang }),
			ctx.exported.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
		],
		[m.shortlist_xlsxLink({}, { locale: lang }), ctx.link],
		[m.shortlist_xlsxCount({}, { locale: lang }), entries.length],
		['', ''],
		[m.shortlist_xlsxRules({}, { locale: lang }), ''],
		...[...rules].map(([k, v]): [string, string] => [k, v]),
		['', ''],
		[m.shortlist_xlsxSources({}, { locale: lang }), ''],
		...reports.map((r): [string, string] => [r, m.shortlist_xlsxPublisher({}, { locale: lang })]),
		['', ''],
		[m.shortlist_xlsxRank({}, { locale: lang }), m.shortlist_xlsxRankText({}, { locale: lang })],
		[
			m.shortlist_xlsxValues({}, { locale: lang }),
			m.shortlist_xlsxValuesText({}, { locale: lang })
		],
		[m.shortlist_xlsxNotes({}, { locale: lang }), m.shortlist_xlsxNotesText({}, { locale: lang })]
	];
}

/** The list as an XLSX file: the candidates, then the sources and rules. */
export async function shortlistXlsx(
	entries: readonly ShortlistEntry[],
	lang: Lang,
	ctx: XlsxContext
): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const head = header(lang);
	const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
	const score = (value: number | null) =>
		value === null ? null : { value, type: Number, format: '0.00' };
	const rows = entries.map((e) => {
		const r = record(e, lang);
		return [
			r.kategori as string,
			e.kelompok,
			e.tahun,
			// a number, shown "=4" when shared: sortable, and printed as the ranking prints it
			e.peringkat === null
				? null
				: { value: e.peringkat, type: Number, format: e.seri ? '"="0' : '0' },
			e.seri,
			e.dari,
			e.id,
			e.name,
			e.provinsi,
			score(e.nilai),
			score(e.index),
			score(e.perubahan),
			e.predicate,
			r.aturan as string,
			e.source,
			e.note
		];
	});
	const sources = sourcesSheet(entries, lang, ctx).map(([k, v], i) => [
		i === 0 || v === '' ? bold(k) : k,
		v
	]);
	return writeXlsxFile([
		{
			sheet: m.shortlist_xlsxSheet({}, { locale: lang }),
			data: [SHORTLIST_COLUMNS.map((c) => bold(head[c])), ...rows],
			columns: [
				{ width: 26 },
				{ width: 12 },
				{ width: 6 },
				{ width: 9 },
				{ width: 6 },
				{ width: 6 },
				{ width: 14 },
				{ width: 30 },
				{ width: 18 },
				{ width: 8 },
				{ width: 8 },
				{ width: 10 },
				{ width: 12 },
				{ width: 60 },
				{ width: 50 },
				{ width: 40 }
			],
			stickyRowsCount: 1
		},
		{
			sheet: m.shortlist_xlsxSourcesSheet({}, { locale: lang }),
			data: sources,
			columns: [{ width: 32 }, { width: 100 }]
		}
	]).toBlob();
}
