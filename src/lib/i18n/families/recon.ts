/** `recon.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	agrees: m.recon_agrees,
	disagrees: m.recon_disagrees,
	reported_conflict: m.recon_reported_conflict,
	unmatched: m.recon_unmatched
} as unknown as Record<string, Message>;
export const pickRecon = (k: string | number): Message => map[id(k)] ?? missing(`recon.${k}`);
