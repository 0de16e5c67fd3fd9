/** `predicate.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	Kurang: m.predicate_Kurang,
	Cukup: m.predicate_Cukup,
	Baik: m.predicate_Baik,
	Sangat_Baik: m.predicate_Sangat_Baik,
	Memuaskan: m.predicate_Memuaskan
} as unknown as Record<string, Message>;
export const pickPredicate = (k: string | number): Message =>
	map[id(k)] ?? missing(`predicate.${k}`);
