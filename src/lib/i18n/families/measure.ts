/** `measure.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	index: m.measure_index,
	kebijakan: m.measure_kebijakan,
	tata_kelola: m.measure_tata_kelola,
	manajemen: m.measure_manajemen,
	layanan: m.measure_layanan,
	index_change: m.measure_index_change
} as unknown as Record<string, Message>;
export const pickMeasure = (k: string | number): Message => map[id(k)] ?? missing(`measure.${k}`);
