/**
 * The five predicates every methodology uses (PermenPANRB 5/2018, 59/2020 and 8/2026 name the
 * same five), lowest first, with their colours. Where each band starts is methodology data:
 * see $lib/methodology/bands.
 */
export const PREDICATES = ['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan'] as const;
export type Predicate = (typeof PREDICATES)[number];

/** ColorBrewer YlGnBu 5, light to dark for Kurang to Memuaskan (colour-blind safe). */
export const PREDICATE_COLOUR: Record<Predicate, string> = {
	Kurang: '#ffffcc',
	Cukup: '#a1dab4',
	Baik: '#41b6c4',
	'Sangat Baik': '#2c7fb8',
	Memuaskan: '#253494'
};

/** Text colour that keeps WCAG AA contrast on each predicate colour. */
export const PREDICATE_INK: Record<Predicate, string> = {
	Kurang: '#1a1a1a',
	Cukup: '#1a1a1a',
	Baik: '#1a1a1a',
	'Sangat Baik': '#000000',
	Memuaskan: '#ffffff'
};

export function isPredicate(s: string): s is Predicate {
	return (PREDICATES as readonly string[]).includes(s);
}
