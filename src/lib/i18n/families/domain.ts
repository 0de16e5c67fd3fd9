/** `domain.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	kebijakan: m.domain_kebijakan,
	tata_kelola: m.domain_tata_kelola,
	manajemen: m.domain_manajemen,
	layanan: m.domain_layanan
} as unknown as Record<string, Message>;
export const pickDomain = (k: string | number): Message => map[id(k)] ?? missing(`domain.${k}`);
