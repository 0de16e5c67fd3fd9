/** `imp.role.…Any` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	aspek: m.imp_role_aspekAny,
	indikator: m.imp_role_indikatorAny
} as unknown as Record<string, Message>;
export const pickImpRoleAny = (k: string | number): Message =>
	map[id(k)] ?? missing(`imp.role.${k}Any`);
