/** `kelompok.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	semua: m.kelompok_semua,
	daerah: m.kelompok_daerah,
	provinsi: m.kelompok_provinsi,
	kabupaten: m.kelompok_kabupaten,
	kota: m.kelompok_kota,
	kementerian: m.kelompok_kementerian,
	lembaga: m.kelompok_lembaga
} as unknown as Record<string, Message>;
export const pickKelompok = (k: string | number): Message => map[id(k)] ?? missing(`kelompok.${k}`);
