/** `kind.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	provinsi: m.kind_provinsi,
	kabupaten: m.kind_kabupaten,
	kota: m.kind_kota,
	kementerian: m.kind_kementerian,
	lembaga: m.kind_lembaga
} as unknown as Record<string, Message>;
export const pickKind = (k: string | number): Message => map[id(k)] ?? missing(`kind.${k}`);
