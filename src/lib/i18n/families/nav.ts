/** `nav.…` messages chosen by data. Generated: see ./shared.ts. */
import { m } from '$lib/paraglide/messages.js';
import { id, missing, type Message } from './shared';

const map = {
	home: m.nav_home,
	sources: m.nav_sources,
	ranking: m.nav_ranking,
	map: m.nav_map,
	national: m.nav_national,
	compare: m.nav_compare,
	leadership: m.nav_leadership,
	skip: m.nav_skip,
	import: m.nav_import,
	sql: m.nav_sql,
	change: m.nav_change,
	indicators: m.nav_indicators,
	main: m.nav_main,
	menu: m.nav_menu,
	simulate: m.nav_simulate
} as unknown as Record<string, Message>;
export const pickNav = (k: string | number): Message => map[id(k)] ?? missing(`nav.${k}`);
