/**
 * The indicator table's body (ProfileIndicators.svelte) as HTML: each aspect's line, then its
 * indicators. Nothing in these 55 rows changes while the page shows them, and hydrating them
 * as a template walked every cell: ~60 ms of a profile's hydration on a phone's CPU (4×), for a
 * table below the first screen. As one `{@html}` the browser claims the prerendered rows as
 * they are. Text is escaped; the formatting comes from the caller, in its language.
 */
import { escapeXml as escapeHtml } from '$lib/escape';
import type { IndicatorView } from './indicators';

export interface IndicatorRowsText {
	/** an aspect's heading ("Aspek 1"), without its name */
	aspect: (no: number) => string;
	score: (v: number) => string;
	delta: (v: number) => string;
	/** an index gain in points (`+0,05`) */
	gain: (g: number) => string;
}

/** A level's change since the previous year: ↑ +1, ↓ −1, = or – without a previous level. */
export function levelChange(now: number, before: number | null): string {
	if (before === null) return '–';
	if (now > before) return `↑ +${now - before}`;
	if (now < before) return `↓ −${before - now}`;
	return '=';
}

export function indicatorRowsHtml(
	view: IndicatorView & { names: Record<string, string> },
	text: IndicatorRowsText
): string {
	const prev = view.prevYear !== null;
	const name = (key: string) => escapeHtml(view.names[key] ?? '');
	const num = (s: string) => `<td class="num">${escapeHtml(s)}</td>`;
	return view.aspects
		.map((a) => {
			const aspect =
				`<tr class="aspect" data-aspect="${a.no}"><th scope="rowgroup" colspan="2">` +
				`${escapeHtml(text.aspect(a.no))}: ${name(`a${a.no}`)} ` +
				`<span class="muted">(${escapeHtml(text.score(a.weightH / 100))} %)</span></th>` +
				num(text.score(a.valueH / 100)) +
				num(a.medianH === null ? '–' : text.score(a.medianH / 100)) +
				'<td></td>' +
				(prev ? num(a.prevH === null ? '–' : text.delta((a.valueH - a.prevH) / 100)) : '') +
				'<td></td></tr>';
			const lines = view.indicators
				.filter((l) => l.aspect === a.no)
				.map(
					(l) =>
						`<tr data-indicator="${l.no}"><td class="no">I${l.no}</td>` +
						`<th scope="row" class="name">${name(`i${l.no}`)}</th>` +
						`<td class="num"><span class="lvl" style="--l: ${l.level}">${l.level}</span></td>` +
						num(String(l.median)) +
						num(String(l.best)) +
						(prev ? num(levelChange(l.level, l.prev)) : '') +
						num(l.gain > 0 ? text.gain(l.gain) : '–') +
						'</tr>'
				);
			return aspect + lines.join('');
		})
		.join('');
}
