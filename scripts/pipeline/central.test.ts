import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { createCentralMatcher, nameKey, type CentralKind } from '../../src/lib/instansi';
import { loadCentralAliases, loadCentralInstansi } from './central';

/** Checks the reviewed central instansi tables against the real data. */

const REGION_GROUPS = new Set(['Pemerintah Provinsi', 'Pemerintah Kabupaten', 'Pemerintah Kota']);
const YEARS = ['2023', '2024'] as const;

function readCsv(path: string): Record<string, string>[] {
	const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

const field = (row: Record<string, string>, name: string): string => row[name] ?? '';

const central = readCsv('data/spbe/spbe_results.csv')
	.filter((r) => !REGION_GROUPS.has(field(r, 'instansi_group')))
	.map((r) => ({
		year: field(r, 'year'),
		group: field(r, 'instansi_group'),
		name: field(r, 'instansi_name'),
		index: field(r, 'index')
	}));
const reported = readCsv('data/reported/values.csv')
	.filter((r) => field(r, 'type') === 'instansi_pusat')
	.map((r) => ({
		year: field(r, 'year'),
		name: field(r, 'name'),
		index: field(r, 'index')
	}));

const bodies = loadCentralInstansi();
const aliases = loadCentralAliases();
const matcher = createCentralMatcher(bodies, aliases);
const bySlug = new Map(bodies.map((b) => [b.slug, b]));

function slugOf(name: string): string {
	const m = matcher.match(name);
	if (!m.ok)
		throw new Error(`${name}: ${m.reason} (${m.candidates.map((c) => c.slug).join(', ')})`);
	return m.slug;
}

const kindOfGroup = (group: string): CentralKind =>
	group === 'Kementerian' ? 'kementerian' : 'lembaga';

describe('central instansi tables', () => {
	test('94 bodies, 34 of them kementerian', () => {
		expect(bodies).toHaveLength(94);
		expect(bodies.filter((b) => b.kind === 'kementerian')).toHaveLength(34);
	});

	test('the data have the expected central groups', () => {
		expect([...new Set(central.map((r) => r.group))].sort()).toEqual([
			'Alat Negara',
			'Instansi Lainnya',
			'Kementerian',
			'LNS',
			'LPNK',
			'Lembaga Penyiaran Publik',
			'Sekretariat Jenderal Lembaga Negara',
			'Sekretariat Kabinet'
		]);
	});

	test.each(YEARS)(
		'%s: 92 central rows, each matched to a distinct body of the right kind',
		(year) => {
			const rows = central.filter((r) => r.year === year);
			expect(rows).toHaveLength(92);
			const seen = new Map<string, string>();
			for (const row of rows) {
				const slug = slugOf(row.name);
				expect(seen.get(slug), `${year} ${row.name} and ${seen.get(slug)} share ${slug}`).toBe(
					undefined
				);
				seen.set(slug, row.name);
				expect(bySlug.get(slug)?.kind, `${year} ${row.name} (${row.group})`).toBe(
					kindOfGroup(row.group)
				);
			}
			expect(seen.size).toBe(92);
			expect(rows.filter((r) => bySlug.get(slugOf(r.name))?.kind === 'kementerian')).toHaveLength(
				34
			);
		}
	);

	test('Kejaksaan Agung changes group but stays one lembaga', () => {
		const rows = central.filter((r) => r.name === 'Kejaksaan Agung');
		expect(rows.map((r) => [r.year, r.group]).sort()).toEqual([
			['2023', 'Alat Negara'],
			['2024', 'Sekretariat Jenderal Lembaga Negara']
		]);
		expect(new Set(rows.map((r) => slugOf(r.name))).size).toBe(1);
		expect(bySlug.get(slugOf('Kejaksaan Agung'))?.kind).toBe('lembaga');
	});

	test('every body is in the data; bodies in one year only are the known four', () => {
		const years = new Map<string, string[]>();
		for (const row of central) {
			const slug = slugOf(row.name);
			years.set(slug, [...(years.get(slug) ?? []), row.year]);
		}
		expect(bodies.filter((b) => !years.has(b.slug))).toEqual([]);
		const single = bodies
			.filter((b) => (years.get(b.slug) ?? []).length === 1)
			.map((b) => [b.slug, ...(years.get(b.slug) ?? [])])
			.sort();
		expect(single).toEqual([
			['dewan-pertimbangan-presiden', '2024'],
			['komisi-aparatur-sipil-negara', '2023'],
			['lembaga-administrasi-negara', '2023'],
			['sekretariat-komisi-kepolisian-nasional', '2024']
		]);
	});

	test("a body's name is its latest printed name (same nameKey)", () => {
		for (const body of bodies) {
			const rows = central.filter((r) => slugOf(r.name) === body.slug);
			const latest = rows.reduce((a, b) => (b.year > a.year ? b : a));
			expect(nameKey(body.name), `${body.slug}: latest printed ${latest.name}`).toBe(
				nameKey(latest.name)
			);
		}
	});

	test('every printed and reported name is a canonical name or an alias (not only an abbreviation)', () => {
		const names = new Set(bodies.map((b) => nameKey(b.name)));
		const aliasKeys = new Set(aliases.map((a) => nameKey(a.alias)));
		const matchedNames = [...central, ...reported]
			.map((r) => r.name)
			.filter((name) => matcher.match(name).ok);
		for (const name of matchedNames) {
			expect(names.has(nameKey(name)) || aliasKeys.has(nameKey(name)), name).toBe(true);
		}
	});

	test('every alias points to a body, differs from its name and is used by a data row', () => {
		const used = new Set([...central, ...reported].map((r) => nameKey(r.name)));
		for (const alias of aliases) {
			const body = bySlug.get(alias.slug);
			expect(body, alias.alias).toBeDefined();
			expect(nameKey(alias.alias), alias.alias).not.toBe(nameKey(body?.name ?? ''));
			expect(used.has(nameKey(alias.alias)), `${alias.alias} is used by no data row`).toBe(true);
			expect(matcher.match(alias.alias)).toEqual({
				ok: true,
				slug: alias.slug
			});
		}
	});

	test('abbreviations resolve to their own body', () => {
		for (const body of bodies.filter((b) => b.abbreviation !== '')) {
			expect(matcher.match(body.abbreviation), body.abbreviation).toEqual({
				ok: true,
				slug: body.slug
			});
		}
	});
});

describe('reported instansi_pusat names', () => {
	test('map to these bodies', () => {
		const mapping = Object.fromEntries(
			[...new Set(reported.map((r) => r.name))].map((name) => {
				const m = matcher.match(name);
				return [name, m.ok ? m.slug : null];
			})
		);
		expect(mapping).toEqual({
			'Kementerian Koordinator Bidang Politik, Hukum dan Keamanan':
				'kementerian-koordinator-bidang-politik-hukum-dan-keamanan',
			'Kementerian Koordinator Bidang Perekonomian': 'kementerian-koordinator-bidang-perekonomian',
			'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan':
				'kementerian-koordinator-bidang-pembangunan-manusia-dan-kebudayaan',
			'Kementerian Koordinator Bidang Kemaritiman dan Investasi':
				'kementerian-koordinator-bidang-kemaritiman-dan-investasi',
			'Kementerian Koperasi dan UKM': 'kementerian-koperasi-dan-usaha-kecil-dan-menengah',
			'Kementerian BUMN': 'kementerian-badan-usaha-milik-negara',
			'Kementerian PPPA': 'kementerian-pemberdayaan-perempuan-dan-perlindungan-anak',
			'Kementerian PANRB': 'kementerian-pendayagunaan-aparatur-negara-dan-reformasi-birokrasi',
			'Kementerian Pemuda dan Olahraga': 'kementerian-pemuda-dan-olahraga',
			'Kementerian Pendidikan Dasar dan Menengah (formerly Kemendikbudristek)':
				'kementerian-pendidikan-dan-kebudayaan',
			'Kementerian Komunikasi dan Digital (Komdigi)': 'kementerian-komunikasi-dan-informatika',
			'Kementerian Komunikasi dan Informatika': 'kementerian-komunikasi-dan-informatika'
		});
	});

	test('unmatched names (snapshot)', () => {
		const unmatched = [...new Set(reported.map((r) => r.name))].filter(
			(name) => !matcher.match(name).ok
		);
		expect(unmatched).toEqual([]);
	});

	test('where official and reported overlap (2023, 2024) the mapped body has the same index', () => {
		const official = new Map(central.map((r) => [`${r.year} ${slugOf(r.name)}`, r.index]));
		const overlap = reported.filter((r) => official.has(`${r.year} ${slugOf(r.name)}`));
		expect(overlap.length).toBeGreaterThan(0);
		for (const r of overlap) {
			const index = official.get(`${r.year} ${slugOf(r.name)}`) ?? '';
			expect(Number(r.index), `${r.year} ${r.name}`).toBe(Number(index));
		}
		expect(reported.filter((r) => r.year === '2023' || r.year === '2024')).toHaveLength(
			overlap.length
		);
	});
});

describe('loaders reject bad rows, naming file and line', () => {
	const dir = mkdtempSync(join(tmpdir(), 'central-'));
	const write = (name: string, text: string): string => {
		const path = join(dir, name);
		writeFileSync(path, text);
		return path;
	};
	const header = 'slug,name,kind,abbreviation\n';
	const ok = 'badan-pusat-statistik,Badan Pusat Statistik,lembaga,BPS\n';

	test.each([
		[
			'bad-kind.csv',
			header + ok + 'lembaga-sensor-film,Lembaga Sensor Film,badan,LSF\n',
			/line 3: kind/
		],
		['bad-slug.csv', header + 'bps,Badan Pusat Statistik,lembaga,BPS\n', /line 2: slug "bps"/],
		['repeated.csv', header + ok + ok, /line 3: slug badan-pusat-statistik already on line 2/],
		[
			'columns.csv',
			'slug,name,kind\nbadan-pusat-statistik,Badan Pusat Statistik,lembaga\n',
			/columns/
		]
	])('instansi %s', (name, text, message) => {
		const path = write(name, text);
		expect(() => loadCentralInstansi(path)).toThrow(message);
		expect(() => loadCentralInstansi(path)).toThrow(path);
	});

	test.each([
		[
			'no-reason.csv',
			'alias,slug,reason\nBPS Pusat,badan-pusat-statistik,\n',
			/line 2: reason is empty/
		],
		[
			'repeated-alias.csv',
			'alias,slug,reason\nKemenkeu RI,kementerian-keuangan,x\nkemenkeu republik indonesia,kementerian-keuangan,y\n',
			/line 3: alias "kemenkeu republik indonesia" already on line 2/
		]
	])('aliases %s', (name, text, message) => {
		const path = write(name, text);
		expect(() => loadCentralAliases(path)).toThrow(message);
		expect(() => loadCentralAliases(path)).toThrow(path);
	});
});
