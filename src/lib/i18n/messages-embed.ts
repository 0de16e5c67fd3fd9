/**
 * Messages of embeds (?embed=1, one chart with &grafik=, the Embed button beside a chart's
 * downloads): part of the one catalogue (./messages.ts spreads them in).
 */
export const EMBED_ID = {
	'embed.button': 'Sematkan',
	'embed.codeLabel':
		'Kode untuk menyematkan grafik ini di situs Anda (lebarnya mengikuti kolom, tingginya mengikuti grafik):',
	'embed.copy': 'Salin kode',
	'embed.copied': 'Kode disalin',
	'embed.copyFailed': 'Tidak dapat menyalin; pilih kode lalu salin',
	'embed.chartMissing':
		'Grafik “{chart}” tidak ada di halaman ini. Grafik yang ada: {charts}. Buka halaman lengkapnya:',
	'embed.openFull': 'buka di Tolok'
} as const;

export const EMBED_EN: Record<keyof typeof EMBED_ID, string> = {
	'embed.button': 'Embed',
	'embed.codeLabel':
		'Code to embed this chart on your site (as wide as its column, as tall as the chart):',
	'embed.copy': 'Copy code',
	'embed.copied': 'Code copied',
	'embed.copyFailed': 'Could not copy; select the code and copy it',
	'embed.chartMissing':
		'There is no chart “{chart}” on this page. Charts here: {charts}. Open the full page:',
	'embed.openFull': 'open in Tolok'
};
