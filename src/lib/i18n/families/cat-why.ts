/** `cat.why.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	domains: m.cat_why_domains,
	previous: m.cat_why_previous,
	compiled: m.cat_why_compiled,
	none: m.cat_why_none,
	other: m.cat_why_other
} as unknown as Record<string, Message>;
export const pickCatWhy = (k: string | number): Message => map[id(k)] ?? missing(`cat.why.${k}`);
