/**
 * A ranking's rows as plain HTML, for the table's `<noscript>` copy (RankingTable.svelte) and
 * for the stand-ins that fill its first screen until live rows replace them (`anchors: false`).
 *
 * Readers without JavaScript get every row (615 on the home page); readers with it never
 * parse these rows as elements, but their browser still receives, decodes and scans them before
 * the page's script runs. Rendered by a component, each row carried Svelte's hydration markers,
 * scoping classes and a badge component's inline styles: about 680 bytes a row. Here a row
 * is the same cells in about 420, and in about 300 for the `<noscript>` copy (`compact`: the
 * end tags HTML lets a table leave out, no `data-id`, each badge one `<b>`): the home page's
 * HTML is 19 % smaller (2 KB after brotli).
 *
 * Cells follow the table's header: rank, name (with its province), kind, the ranked value
 * (with the two values a change is made of, and the predicate under it on phones), index,
 * predicate, source. Text is escaped; the formatting comes from the caller, in its language.
 */
import { escapeXml as escapeHtml } from '$lib/escape';
import { rowAnchor } from '$lib/profile/links';
import { PREDICATES, PREDICATE_COLOUR, PREDICATE_INK, isPredicate } from '$lib/scores';
import { previousIndex, previousYear, type RankingItem } from './slim';

export interface PlainRowsOptions {
	showKind: boolean;
	showIndex: boolean;
	/** the value is a change: the two values it is made of go under it */
	signed: boolean;
	/** the ranking's year, for the change's "2023 → 2024" title */
	year?: number;
	/** each row's id and data-id (default true); false for rows that stand in for live ones */
	anchors?: boolean;
	/** badge colours as inline styles, where the page has no `plainBadgeCss` rules */
	inlineBadges?: boolean;
	/** an empty last cell, under the table's ☆ column */
	pickCell?: boolean;
	/**
	 * for the `<noscript>` copy: cells and rows without their end tags (the parser closes them),
	 * the anchor without `data-id`, and each badge a `<b>` (styled with `.predicate-badge`)
	 */
	compact?: boolean;
	format: {
		rank: (rank: number | null, tie: boolean) => string;
		score: (v: number | null) => string;
		delta: (v: number | null) => string;
		kind: (kind: string) => string;
	};
}

/** The class of a predicate's badge (colours in plainBadgeCss); '' for an unknown one. */
const badgeClass = (p: string) => (isPredicate(p) ? ` pb${PREDICATES.indexOf(p)}` : '');

/** The compact copy's badge: one `<b>` with its colour class and any other given. */
function compactBadge(p: string, text: string, extra?: string): string {
	const classes = [extra, badgeClass(p).trim()].filter(Boolean).join(' ');
	return `<b${classes ? ` class="${classes}"` : ''}>${text}</b>`;
}

/** A predicate's colours as a style attribute, as PredicateBadge sets them; '' for an unknown one. */
const badgeStyle = (p: string) =>
	isPredicate(p) ? ` style="background:${PREDICATE_COLOUR[p]};color:${PREDICATE_INK[p]}"` : '';

/**
 * The plain rows' badge colours (a table classed `plain`), from the one table of predicate
 * colours; an unknown predicate keeps the grey of `.predicate-badge` (app.css). A function, not
 * a constant: only the server renders the `<noscript>` copy, and the browser's bundle drops it.
 */
export function plainBadgeCss(): string {
	return PREDICATES.map(
		(p, i) => `.plain .pb${i}{background:${PREDICATE_COLOUR[p]};color:${PREDICATE_INK[p]}}`
	).join('');
}

export function plainRowsHtml(rows: readonly RankingItem[], o: PlainRowsOptions): string {
	const { format: f } = o;
	// a cell's end, left out in the compact copy
	const td = o.compact ? '' : '</td>';
	const th = o.compact ? '' : '</th>';
	const tr = o.compact ? '' : '</tr>';
	let html = '';
	for (const r of rows) {
		const id = escapeHtml(r.id);
		const predicate = escapeHtml(r.predicate);
		const badge = o.inlineBadges
			? `<span class="predicate-badge"${badgeStyle(r.predicate)}>${predicate}</span>`
			: o.compact
				? compactBadge(r.predicate, predicate)
				: `<span class="predicate-badge${badgeClass(r.predicate)}">${predicate}</span>`;
		// on phones the predicate goes under the value
		const phoneBadge = o.compact
			? compactBadge(r.predicate, predicate, 'show-sm')
			: `<span class="show-sm">${badge}</span>`;
		let value = escapeHtml(o.signed ? f.delta(r.nilai) : f.score(r.nilai));
		if (o.signed && r.nilai !== null) {
			const prevYear = previousYear(r);
			const title = prevYear && o.year ? ` title="${prevYear} → ${o.year}"` : '';
			value += `<span class="sub"${title} data-testid="change-from">${escapeHtml(
				`${f.score(previousIndex(r))} → ${f.score(r.index)}`
			)}</span>`;
		}
		const anchor = escapeHtml(rowAnchor(r.id));
		html +=
			(o.anchors === false
				? '<tr>'
				: o.compact
					? `<tr id="${anchor}">`
					: `<tr data-id="${id}" id="${anchor}">`) +
			`<td class="num rank">${escapeHtml(f.rank(r.peringkat, r.seri))}${td}` +
			`<th scope="row" class="name">${escapeHtml(r.name)}` +
			(r.provinsi && r.kind !== 'provinsi'
				? `<span class="sub">${escapeHtml(r.provinsi)}</span>`
				: '') +
			th +
			(o.showKind ? `<td class="hide-sm">${escapeHtml(f.kind(r.kind))}${td}` : '') +
			`<td class="num value">${value}${phoneBadge}${td}` +
			(o.showIndex ? `<td class="num hide-sm">${escapeHtml(f.score(r.index))}${td}` : '') +
			`<td class="hide-sm">${badge}${td}` +
			`<td class="hide-md src">${escapeHtml(r.source ?? '')}${td}` +
			(o.pickCell ? `<td>${td}` : '') +
			tr;
	}
	return html;
}
