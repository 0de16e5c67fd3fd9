/** `imp.role.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	nama: m.imp_role_nama,
	kode: m.imp_role_kode,
	tahun: m.imp_role_tahun,
	indeks: m.imp_role_indeks,
	kebijakan: m.imp_role_kebijakan,
	tata_kelola: m.imp_role_tata_kelola,
	manajemen: m.imp_role_manajemen,
	layanan: m.imp_role_layanan,
	predikat: m.imp_role_predikat,
	abaikan: m.imp_role_abaikan,
	idl: m.imp_role_idl,
	idcd: m.imp_role_idcd,
	aspekAny: m.imp_role_aspekAny,
	indikatorAny: m.imp_role_indikatorAny
} as unknown as Record<string, Message>;
export const pickImpRole = (k: string | number): Message => map[id(k)] ?? missing(`imp.role.${k}`);
