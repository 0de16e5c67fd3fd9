/** `kinds.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	provinsi: m.kinds_provinsi,
	kabupaten: m.kinds_kabupaten,
	kota: m.kinds_kota,
	kementerian: m.kinds_kementerian,
	lembaga: m.kinds_lembaga
} as unknown as Record<string, Message>;
export const pickKinds = (k: string | number): Message => map[id(k)] ?? missing(`kinds.${k}`);
