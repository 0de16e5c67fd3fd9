import type { MessageKey } from '$lib/i18n';

/** The site's main navigation: path (without base), label, and the prefix that marks it current. */
export interface NavItem {
	href: string;
	label: MessageKey;
	prefix: string;
}

export const NAV: NavItem[] = [
	{ href: '/', label: 'nav.home', prefix: '/' },
	// rankings and awards
	{ href: '/peringkat', label: 'nav.ranking', prefix: '/peringkat' },
	{ href: '/kepemimpinan', label: 'nav.leadership', prefix: '/kepemimpinan' },
	// regions side by side and on the map
	{ href: '/bandingkan', label: 'nav.compare', prefix: '/bandingkan' },
	{ href: '/peta', label: 'nav.map', prefix: '/peta' },
	// what if: a scenario of indicator levels
	{ href: '/simulasi', label: 'nav.simulate', prefix: '/simulasi' },
	// the reader's own data: import and the SQL console
	{ href: '/impor', label: 'nav.import', prefix: '/impor' },
	{ href: '/sql', label: 'nav.sql', prefix: '/sql' },
	// change over time, the national picture and the sources
	{ href: '/kenaikan/semua/2023-2024', label: 'nav.change', prefix: '/kenaikan' },
	{ href: '/nasional', label: 'nav.national', prefix: '/nasional' },
	{ href: '/sumber', label: 'nav.sources', prefix: '/sumber' }
];

export function isCurrent(item: NavItem, pathname: string): boolean {
	return item.prefix === '/' ? pathname === '/' : pathname.startsWith(item.prefix);
}
