/** `sql.ex.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	top: m.sql_ex_top,
	kind: m.sql_ex_kind,
	imported: m.sql_ex_imported,
	predicate: m.sql_ex_predicate,
	leadership: m.sql_ex_leadership,
	aspects: m.sql_ex_aspects
} as unknown as Record<string, Message>;
export const pickSqlEx = (k: string | number): Message => map[id(k)] ?? missing(`sql.ex.${k}`);
