/**
 * The preview card of each shareable page kind, from the same build-time data as the page.
 * Cards are in Bahasa Indonesia (the site's default language; a crawler sees the default).
 */
import { pickKelompok } from '$lib/i18n/families/kelompok';
import { pickKind } from '$lib/i18n/families/kind';
import { m } from '$lib/paraglide/messages.js';
import { profileSet } from './profiles';
import { categoryRanking } from '$lib/ranking/category.server';
import { formatDelta, formatRank, formatScore } from '$lib/i18n';
import type { CardContent } from './og';
import { statusNotes } from '$lib/charts/frame';

const source = (year: number) =>
	m.source_line(
		{ source: (year === 2023 ? m.source_report2023 : m.source_report2024)({}, { locale: 'id' }) },
		{ locale: 'id' }
	);

export async function profileCard(id: string): Promise<CardContent | null> {
	const set = await profileSet();
	const inst = set.byId.get(id);
	if (!inst) return null;
	const results = set.results.get(id) ?? [];
	const official = results.filter((r) => r.status === 'official');
	const latest = official.at(-1);
	const previous = results.filter((r) => latest && r.year < latest.year).at(-1);
	const kind = pickKind(inst.kind)({}, { locale: 'id' });
	if (!latest) {
		return {
			kicker: `Indeks SPBE · ${kind}`,
			title: inst.name,
			detail: m.status_notEvaluated({}, { locale: 'id' }),
			source: m.source_line({ source: m.source_report2024({}, { locale: 'id' }) }, { locale: 'id' })
		};
	}
	const rank =
		latest.peringkat_nasional !== null
			? `${m.col_rank({}, { locale: 'id' })} ${formatRank(latest.peringkat_nasional, latest.seri_nasional ?? false)} ${m.rank_of({ total: latest.dari_nasional ?? '' }, { locale: 'id' })} ${kind.toLowerCase()}`
			: '';
	const change = previous
		? `${formatDelta(latest.index - previous.index, 'id')} ${m.col_from({}, { locale: 'id' }).toLowerCase()} ${formatScore(previous.index, 'id')} (${previous.year}${previous.status === 'reported' ? `, ${m.status_reported({}, { locale: 'id' }).toLowerCase()}` : ''})`
		: '';
	return {
		kicker: `Indeks SPBE ${latest.year} · ${kind}`,
		title: inst.name,
		value: formatScore(latest.index, 'id'),
		predicate: latest.predicate,
		detail: [rank, change].filter(Boolean).join(' · '),
		source: `${source(latest.year)}${latest.source_table ? `, ${latest.source_table}` : ''}`,
		notes: statusNotes(previous ? [previous.status] : [], 'id')
	};
}

export async function rankingCard(params: {
	kategori: string;
	kelompok: string;
	tahun: string;
}): Promise<CardContent | null> {
	const ranking = await categoryRanking(params);
	if (!ranking) return null;
	const top = ranking.items[0];
	const ranked = ranking.items.filter((i) => i.peringkat !== null).length;
	const signed = ranking.rule.measure === 'index_change';
	return {
		kicker: `${ranking.rule.name_id} · ${pickKelompok(params.kelompok)({}, { locale: 'id' })} ${params.tahun}`,
		title: top ? `1. ${top.name}` : ranking.rule.name_id,
		value:
			top?.nilai !== null && top?.nilai !== undefined
				? signed
					? formatDelta(top.nilai, 'id')
					: formatScore(top.nilai, 'id')
				: undefined,
		predicate: signed ? undefined : top?.predicate,
		detail: m.table_rows({ count: ranked }, { locale: 'id' }),
		source: source(Number(params.tahun))
	};
}
