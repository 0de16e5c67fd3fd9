/** `direction.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	desc: m.direction_desc,
	asc: m.direction_asc
} as unknown as Record<string, Message>;
export const pickDirection = (k: string | number): Message =>
	map[id(k)] ?? missing(`direction.${k}`);
