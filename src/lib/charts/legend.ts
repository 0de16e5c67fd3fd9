/** Legends that several charts share (LegendItem: what a colour or mark means). */
import { m } from '$lib/paraglide/messages.js';
import { PREDICATES, PREDICATE_COLOUR } from '$lib/scores';
import { type Lang } from '$lib/i18n';
import type { LegendItem } from './frame';

/** The five predicate colours, best first. */
export function predicateLegend(): LegendItem[] {
	return [...PREDICATES].reverse().map((p) => ({ label: p, colour: PREDICATE_COLOUR[p] }));
}

/** Rises and falls of a change chart, in the colours changeBarsOption and rankingBarOption use. */
export function changeLegend(lang: Lang, rise = '#225ea8', fall = '#b35806'): LegendItem[] {
	return [
		{ label: m.legend_rise({}, { locale: lang }), colour: rise },
		{ label: m.legend_fall({}, { locale: lang }), colour: fall }
	];
}
