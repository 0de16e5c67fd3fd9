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
	'compare.axisTop': 'Sumbu nilai hanya sampai {max} (skala 1–5) agar selisih terlihat.',
	'compare.axisFull': 'Sumbu nilai: skala penuh 1–5.',
	'compare.rankAxis': 'Sumbu peringkat: 1 di atas, hanya rentang peringkat yang dipilih.',
	'compare.domains': 'Empat domain, {year}',
	'compare.noscript':
		'Perbandingan memerlukan JavaScript: pilihan wilayah dibaca dari alamat halaman dan angkanya dihitung di peramban.',
	'compare.noscriptHow':
		'Tanpa JavaScript halaman ini tidak dapat membaca pilihan di alamatnya (…?kode=35.73,32.73). Profil tiap wilayah ada di /wilayah/ diikuti kodenya, misalnya {example}; semua profil tertaut dari Peringkat dan dari tabel Peta.',
	'compare.noscriptMap': 'Peta dan tabelnya',
	'nav.menu': 'Menu'
} as const;

export const COMPARE_EN: Record<keyof typeof COMPARE_ID, string> = {
	'compare.highlighted': 'highlighted',
	'compare.focus': 'Highlight',
	'compare.focusHelp':
		'The highlighted region is drawn strong, the others muted; it becomes the first in the address.',
	'compare.axisCut':
		'Value axis cut ({min}–{max} of the 1–5 scale, not starting at 1) so the differences show.',
	'compare.axisTop': 'Value axis only up to {max} (of the 1–5 scale) so the differences show.',
	'compare.axisFull': 'Value axis: the full 1–5 scale.',
	'compare.rankAxis': 'Rank axis: 1 at the top, only the range of the chosen ranks.',
	'compare.domains': 'The four domains, {year}',
	'compare.noscript':
		'The comparison needs JavaScript: the chosen regions are read from the address and the figures computed in the browser.',
	'compare.noscriptHow':
		'Without JavaScript this page cannot read the choice in its address (…?kode=35.73,32.73). Each region’s profile is at /wilayah/ followed by its code, e.g. {example}; every profile is linked from the Rankings and from the Map’s table.',
	'compare.noscriptMap': 'The map and its table',
	'nav.menu': 'Menu'
};
