/** `dlga.measure.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	idl: m.dlga_measure_idl,
	idcd: m.dlga_measure_idcd
} as unknown as Record<string, Message>;
export const pickDlgaMeasure = (k: string | number): Message =>
	map[id(k)] ?? missing(`dlga.measure.${k}`);
