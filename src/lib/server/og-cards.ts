/**
 * The preview card of each shareable page kind, from the same build-time data as the page.
 * Cards are in Bahasa Indonesia (the site's default language; a crawler sees the default).
 */
import { profileSet } from './profiles';
import { categoryRanking } from '$lib/ranking/category.server';
import { formatDelta, formatRank, formatScore, translate, type MessageKey } from '$lib/i18n';
import type { CardContent } from './og';
import { statusNotes } from '$lib/charts/frame';

const t = (key: MessageKey, params?: Record<string, string | number>) =>
	translate('id', key, params);
const source = (year: number) =>
	t('source.line', { source: t(year === 2023 ? 'source.report2023' : 'source.report2024') });

export async function profileCard(id: string): Promise<CardContent | null> {
	const set = await profileSet();
	const inst = set.byId.get(id);
	if (!inst) return null;
	const results = set.results.get(id) ?? [];
	const official = results.filter((r) => r.status === 'official');
	const latest = official.at(-1);
	const previous = results.filter((r) => latest && r.year < latest.year).at(-1);
	const kind = t(`kind.${inst.kind}` as MessageKey);
	if (!latest) {
		return {
			kicker: `Indeks SPBE · ${kind}`,
			title: inst.name,
			detail: t('status.notEvaluated'),
			source: t('source.line', { source: t('source.report2024') })
		};
	}
	const rank =
		latest.peringkat_nasional !== null
			? `${t('col.rank')} ${formatRank(latest.peringkat_nasional, latest.seri_nasional ?? false)} ${t('rank.of', { total: latest.dari_nasional ?? '' })} ${kind.toLowerCase()}`
			: '';
	const change = previous
		? `${formatDelta(latest.index - previous.index, 'id')} ${t('col.from').toLowerCase()} ${formatScore(previous.index, 'id')} (${previous.year}${previous.status === 'reported' ? `, ${t('status.reported').toLowerCase()}` : ''})`
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
		kicker: `${ranking.rule.name_id} · ${t(`kelompok.${params.kelompok}` as MessageKey)} ${params.tahun}`,
		title: top ? `1. ${top.name}` : ranking.rule.name_id,
		value:
			top?.nilai !== null && top?.nilai !== undefined
				? signed
					? formatDelta(top.nilai, 'id')
					: formatScore(top.nilai, 'id')
				: undefined,
		predicate: signed ? undefined : top?.predicate,
		detail: t('table.rows', { count: ranked }),
		source: source(Number(params.tahun))
	};
}
