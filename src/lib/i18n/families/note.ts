/** `note.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	out_of_scale: m.note_out_of_scale,
	boundary_predicate: m.note_boundary_predicate,
	filled_cell: m.note_filled_cell,
	caveat: m.note_caveat,
	as_printed: m.note_as_printed,
	rounding: m.note_rounding,
	province: m.note_province
} as unknown as Record<string, Message>;
export const pickNote = (k: string | number): Message => map[id(k)] ?? missing(`note.${k}`);
