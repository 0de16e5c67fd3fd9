/**
 * Messages of the comparison (/bandingkan) and of the site's menu on phones: part of the one
 * catalogue (./messages.ts spreads them in), kept apart so the comparison's words change
 * together. English must have every key (the type says so).
 */
export const COMPARE_ID = {
	'compare.highlighted': 'disorot',
	'compare.focus': 'Sorot',
	'compare.focusHelp':
		'Wilayah yang disorot digambar tebal, yang lain pudar; ia menjadi yang pertama di alamat halaman.',
	'compare.axisCut':
		'Sumbu nilai dipotong ({min}–{max} dari skala 1–5, tidak dimulai dari 1) agar selisih terlihat.',
	'compare.axisFull': 'Sumbu nilai: skala penuh 1–5.',
	'compare.rankAxis': 'Sumbu peringkat: 1 di atas, hanya rentang peringkat yang dipilih.',
	'compare.domains': 'Empat domain, {year}',
	'compare.dropped.labels': 'Label yang tidak muat dihilangkan; semua nilai ada di tabel: {names}.',
	'compare.noscript':
		'Perbandingan memerlukan JavaScript: pilihan wilayah dibaca dari alamat halaman dan angkanya dihitung di peramban. Tanpa JavaScript, buka profil tiap wilayah:',
	'compare.noscriptNone':
		'Belum ada wilayah di alamat halaman. Profil setiap wilayah dan instansi ada di halaman Peringkat.',
	'nav.menu': 'Menu'
} as const;

export const COMPARE_EN: Record<keyof typeof COMPARE_ID, string> = {
	'compare.highlighted': 'highlighted',
	'compare.focus': 'Highlight',
	'compare.focusHelp':
		'The highlighted region is drawn strong, the others muted; it becomes the first in the address.',
	'compare.axisCut':
		'Value axis cut ({min}–{max} of the 1–5 scale, not starting at 1) so the differences show.',
	'compare.axisFull': 'Value axis: the full 1–5 scale.',
	'compare.rankAxis': 'Rank axis: 1 at the top, only the range of the chosen ranks.',
	'compare.domains': 'The four domains, {year}',
	'compare.dropped.labels':
		'Labels that did not fit are left out; every value is in the table: {names}.',
	'compare.noscript':
		'The comparison needs JavaScript: the chosen regions are read from the address and the figures computed in the browser. Without JavaScript, open each region’s profile:',
	'compare.noscriptNone':
		'No region in the address yet. Every region’s and instansi’s profile is linked from the Rankings page.',
	'nav.menu': 'Menu'
};
