/**
 * What one profile page (/wilayah/{kode}, /instansi/{slug}) needs, cut from the build's cached
 * whole-set queries (profiles.ts, shared by both languages' pages): small rows, the two charts
 * drawn to SVG in the page's language.
 */
import { error } from '@sveltejs/kit';
import { profileSet } from './profiles';
import { renderTiers } from '$lib/charts/ssr';
import { locale, type Lang } from '$lib/i18n';
import { drawProfileCharts, type ProfileCharts } from '$lib/profile/charts';
import { csvScore } from '$lib/csv';
import type { ProfileDomainRow, ProfileResultRow } from '$lib/db/row-types';
import { profileStory } from '$lib/profile/story';
import { indicatorView } from '$lib/profile/indicators';
import { DOMAINS } from '$lib/scores/domains';

export type ProfileResult = Omit<ProfileResultRow, 'id' | 'source_id' | 'source_publisher'>;
export type ProfileDomain = Omit<ProfileDomainRow, 'id' | 'dari'>;

export async function profileData(id: string, route: 'wilayah' | 'instansi') {
	const set = await profileSet();
	const instansi = set.byId.get(id);
	const regional = instansi?.kode !== null && instansi?.kode !== undefined;
	if (!instansi || regional !== (route === 'wilayah')) error(404, `unknown ${route} ${id}`);

	const drop = <T extends object, K extends keyof T>(row: T, keys: K[]): Omit<T, K> => {
		const copy = { ...row };
		for (const k of keys) delete copy[k];
		return copy;
	};
	const results: ProfileResult[] = (set.results.get(id) ?? []).map((r) =>
		drop(r, ['id', 'source_id', 'source_publisher'])
	);
	// the latest year with a table (official or secondary) is the one the page is about
	const tables = results.filter((r) => r.status === 'official' || r.status === 'secondary');
	const latest = tables[tables.length - 1] ?? null;
	const domains: ProfileDomain[] = (set.domains.get(id) ?? [])
		.filter((d) => d.year === latest?.year)
		.map((d) => drop(d, ['id', 'dari']));
	const peerCount = (set.domains.get(id) ?? []).find((d) => d.year === latest?.year)?.dari ?? null;
	const awards = (set.awards.get(id) ?? []).map((a) => drop(a, ['id', 'source_id']));
	const peers = (set.peers.get(id) ?? []).map((p) => ({ id: p.peer_id, name: p.peer_name }));
	const sameProvince =
		instansi.kind === 'kabupaten' || instansi.kind === 'kota'
			? set.directory
					.filter(
						(d) =>
							d.kind === instansi.kind && d.provinsi_kode === instansi.provinsi_kode && d.id !== id
					)
					.map((d) => ({ id: d.id, name: d.name, index: d.index }))
			: [];

	const levels = set.indicators.get(id) ?? [];
	const structure = set.structure.get(levels[0]?.methodology ?? '') ?? [];
	const indicators = indicatorView(levels, structure, (year, aspect) => {
		return set.aspectMedians.get(`${year}|${instansi.kind}|${aspect}`) ?? null;
	});
	const levelResult =
		indicators && results.find((r) => r.year === indicators.year && r.status === 'secondary');

	// in the page's language (each is prerendered at its own address); ProfilePage draws
	// another only if the reader reaches one the build did not write
	const charts: Partial<Record<Lang, ProfileCharts>> = {
		[locale.lang]: drawProfileCharts(renderTiers, locale.lang, instansi, results, domains)
	};

	return {
		instansi: {
			id: instansi.id,
			kind: instansi.kind,
			name: instansi.name,
			provinsi_kode: instansi.provinsi_kode,
			provinsi_nama: instansi.provinsi_nama,
			abbreviation: instansi.abbreviation,
			subgroup: null
		},
		results,
		latestYear: latest?.year ?? null,
		story: profileStory(results),
		indicators: indicators && {
			...indicators,
			names: Object.fromEntries(
				structure.filter((s) => s.level !== 'domain').map((s) => [`${s.level[0]}${s.no}`, s.name])
			),
			source: levelResult
				? { title: levelResult.source_title ?? '', row: levelResult.source_row }
				: null
		},
		domains,
		peerCount,
		awards,
		peers,
		sameProvince,
		charts
	};
}

export type ProfileData = Awaited<ReturnType<typeof profileData>>;

/** The page's numbers as CSV rows (tahun,indeks,…,sumber), official and reported alike. */
export async function profileCsvRows(id: string) {
	const set = await profileSet();
	return (set.results.get(id) ?? []).map((r) => ({
		tahun: r.year,
		indeks: csvScore(r.index),
		kebijakan: csvScore(r.kebijakan),
		tata_kelola: csvScore(r.tata_kelola),
		manajemen: csvScore(r.manajemen),
		layanan: csvScore(r.layanan),
		predikat: r.predicate,
		status: r.status,
		sumber: [r.source_title, r.source_table, r.source_row ? `No ${r.source_row}` : null]
			.filter(Boolean)
			.join(', '),
		alamat_sumber: r.source_address ?? '',
		peringkat_nasional: r.peringkat_nasional ?? '',
		dari_nasional: r.dari_nasional ?? '',
		peringkat_provinsi: r.peringkat_provinsi ?? '',
		dari_provinsi: r.dari_provinsi ?? ''
	}));
}

export const CSV_COLUMNS = [
	'tahun',
	'indeks',
	...DOMAINS,
	'predikat',
	'status',
	'sumber',
	'alamat_sumber',
	'peringkat_nasional',
	'dari_nasional',
	'peringkat_provinsi',
	'dari_provinsi'
] as const;
