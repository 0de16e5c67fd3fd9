/**
 * The `award_result` table (data/awards/dlga.csv, each recipient checked against its code) and
 * the `award_category` table (the Digital Government Award's rules as data).
 */
import {
	AWARD_KELOMPOK,
	AWARD_MEASURES,
	type AwardCategory,
	type AwardResult,
	type Instansi
} from '../model';
import type { Context } from './context';
import type { Sources } from './source';

export function buildAwardResults(
	ctx: Context,
	instansi: Map<string, Instansi>,
	sources: Sources
): AwardResult[] {
	const t = ctx.raw.dlga;
	const out: AwardResult[] = [];
	for (const r of t.rows) {
		const v = r.values;
		const kode = v.kode ?? '';
		if (!instansi.has(kode)) {
			ctx.problem(t, r, 'kode', 'region-match', `"${kode}" is not a Kemendagri code`);
			continue;
		}
		const recipientName = (v.recipient ?? '').replace(/\s*\(.*\)\s*$/, '');
		const found = ctx.regionMatcher.match(recipientName);
		if (!found.ok || found.kode !== kode) {
			ctx.problem(
				t,
				r,
				'recipient',
				'region-match',
				`"${recipientName}" does not match its code ${kode} (${instansi.get(kode)?.name})`
			);
		}
		out.push({
			award: v.award ?? '',
			edition: ctx.int(t, r, 'edition') ?? 0,
			category: v.category ?? '',
			rank: ctx.int(t, r, 'rank', { optional: true }),
			recipient: v.recipient ?? '',
			instansi_id: kode,
			source_id: sources.reported(v.source ?? ''),
			note: v.note || null
		});
	}
	return out;
}

export function buildAwardCategories(ctx: Context): AwardCategory[] {
	const t = ctx.raw.awardCategories;
	const out: AwardCategory[] = [];
	const slugs = new Set<string>();
	for (const r of t.rows) {
		const v = r.values;
		const slug = v.slug ?? '';
		if (!/^[a-z]+(-[a-z]+)*$/.test(slug)) {
			ctx.problem(t, r, 'slug', 'award-category', `"${slug}" is not a lower-case slug`);
			continue;
		}
		if (slugs.has(slug)) {
			ctx.problem(t, r, 'slug', 'award-category', `category "${slug}" is listed twice`);
			continue;
		}
		slugs.add(slug);
		const measure = v.measure ?? '';
		if (!(AWARD_MEASURES as readonly string[]).includes(measure)) {
			ctx.problem(
				t,
				r,
				'measure',
				'award-category',
				`unknown measure "${measure}" (one of ${AWARD_MEASURES.join(', ')})`
			);
			continue;
		}
		const direction = v.direction ?? '';
		if (direction !== 'desc' && direction !== 'asc') {
			ctx.problem(
				t,
				r,
				'direction',
				'award-category',
				`direction "${direction}" is not desc or asc`
			);
			continue;
		}
		const groups = (v.kelompok ?? '').split(';').map((g) => g.trim());
		const unknown = groups.filter((g) => !(AWARD_KELOMPOK as readonly string[]).includes(g));
		if (unknown.length > 0 || groups.length === 0) {
			ctx.problem(
				t,
				r,
				'kelompok',
				'award-category',
				`unknown kelompok "${unknown.join(';')}" (one of ${AWARD_KELOMPOK.join(', ')})`
			);
			continue;
		}
		ctx.requireSource(t, r, 'source_id', v.source_id ?? '');
		if (!v.name_id || !v.name_en || !v.basis)
			ctx.problem(t, r, 'basis', 'award-category', 'name_id, name_en and basis are required');
		out.push({
			slug,
			no: ctx.int(t, r, 'no') ?? 0,
			name_id: v.name_id ?? '',
			name_en: v.name_en ?? '',
			measure: measure as AwardCategory['measure'],
			direction,
			kelompok: groups.join(';'),
			source_id: v.source_id ?? '',
			basis: v.basis ?? ''
		});
	}
	return out;
}
