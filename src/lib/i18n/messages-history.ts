/**
 * Messages of the years 2018–2022 (statuses, the history on profiles, rankings and climbers,
 * the indicator pages, methodologies), kept apart so the catalogue's main file stays readable.
 * Spread into `id` and `en` by messages.ts; English must have every key (the type says so).
 */
export const historyId = {
	'status.secondary': 'Sekunder',
	'status.compiled': 'Kompilasi',
	'status.imported': 'Impor lokal',
	'status.about.official': 'Resmi: dari laporan atau keputusan kementerian.',
	'status.about.secondary':
		'Sekunder: dari salinan data evaluasi Kementerian PANRB yang mereproduksi angka resminya (2021, 2022).',
	'status.about.compiled':
		'Kompilasi: dari kompilasi pihak ketiga tanpa sumber yang disebut (2019, 2020); tidak pernah diperingkat.',
	'status.about.reported': 'Dilaporkan: dari berita atau pernyataan pemerintah daerah sendiri.',
	'note.rounding': 'Pembulatan',
	'note.province': 'Provinsi tercetak',
	'method.break': 'PermenPANRB 5/2018 → 59/2020',
	'method.breakNote':
		'Metodologi berubah antara 2020 dan 2021 (PermenPANRB 5/2018 → 59/2020): angka sebelum dan sesudahnya dihitung berbeda.',

	'profile.story': 'Ringkasan',
	'profile.storySpan': '{first} pada {firstYear}, {latest} pada {latestYear}.',
	'profile.storyRise': 'Kenaikan terbesar: {delta} dari {fromYear} ke {toYear} ({from} → {to}).',
	'profile.storyRiseBreak':
		'Kenaikan terbesar: {delta} dari {fromYear} ke {toYear} ({from} → {to}), melintasi perubahan metodologi.',
	'profile.storyNoRise': 'Tidak pernah naik dari satu nilai ke nilai berikutnya.',
	'profile.storyBest': 'Peringkat terbaik: {rank} dari {total} {kind} ({year}).',
	'profile.storyMoveUp': 'Dibanding tabel {prev}: naik {n} peringkat ({from} → {to}).',
	'profile.storyMoveDown': 'Dibanding tabel {prev}: turun {n} peringkat ({from} → {to}).',
	'profile.storyMoveSame': 'Dibanding tabel {prev}: peringkat tetap ({to}).',
	'profile.yearsLegend': 'Tanda',
	'profile.sourceRow': 'baris {row}',
	'profile.indicators': 'Indikator {year}: 8 aspek dan 47 indikator',
	'profile.indicatorsLead':
		'Tingkat (1–5) setiap indikator PermenPANRB 59/2020 dari data sekunder {year}, dibanding median dan tingkat terbaik {kind} pada tahun itu{change}.',
	'profile.indicatorsChange': ', dan perubahannya sejak {year}',
	'profile.indicatorsYear': 'Tahun',
	'profile.indicatorNo': 'No',
	'profile.indicator': 'Indikator',
	'profile.level': 'Tingkat',
	'profile.levelMedian': 'Median',
	'profile.levelBest': 'Terbaik',
	'profile.levelChange': 'Sejak {year}',
	'profile.indicatorGain': 'Tambahan indeks jika 5',
	'profile.aspect': 'Aspek {no}',
	'profile.improveIndicators': 'Di mana perbaikan paling berarti ({year})',
	'profile.improveIndicatorsLead':
		'Bobot × (5 − tingkat): tambahan Indeks SPBE jika indikator itu mencapai tingkat 5, dari yang terbesar.',
	'profile.indicatorsSource':
		'Sumber: {source}, baris {row}. Nilai aspek dihitung persis dari tingkat indikator dengan bobot PermenPANRB 59/2020. Median dan terbaik: {count} {kind} dalam data {year}.',
	'profile.indicatorsNational': 'Sebaran setiap indikator di seluruh instansi, {year}',

	'cat.secondary':
		'{year} berasal dari data sekunder: salinan data evaluasi Kementerian PANRB (bukan tabel laporan) yang mereproduksi angka resmi yang diperiksa.',
	'cat.incomplete':
		'Data {year} tidak lengkap: memuat {count} instansi, kemungkinan bukan seluruh evaluasi {year}. Peringkat hanya di antara instansi yang ada.',
	'cat.pairIncomplete':
		'Perubahan dihitung terhadap {year}, yang datanya tidak lengkap: instansi yang tidak ada di {year} tidak diperingkat.',
	'cat.indexOnly':
		'Laporan {year} hanya memuat indeks dan predikat (PermenPANRB 5/2018, tanpa domain), jadi hanya ada peringkat Indeks SPBE.',
	'cat.notInData': '{count} instansi {group} tidak ada dalam data {year}',
	'cat.prevValue': '{from} ({year}) → {to}',
	'cat.noRanking': 'Tidak ada peringkat {kategori} untuk {year}',
	'cat.why.domains':
		'{year} hanya menerbitkan Indeks SPBE dan predikat (PermenPANRB 5/2018, tiga domain yang tidak dicetak per instansi).',
	'cat.why.previous':
		'Peningkatan membandingkan tahun tabel berurutan dengan metodologi yang sama; {year} tidak punya tahun seperti itu sebelumnya.',
	'cat.why.compiled':
		'{year} hanya ada dari kompilasi pihak ketiga tanpa sumber yang disebut; kompilasi tidak pernah diperingkat.',
	'cat.why.none': 'Tidak ada tabel per instansi untuk {year}.',
	'cat.why.other': 'Peringkat yang ada untuk {year}:',
	'cat.availability': 'Peringkat yang tersedia per tahun',

	'change.indexTitle': 'Kenaikan dan penurunan: semua pasangan tahun',
	'change.indexLead':
		'Setiap pasangan tahun dengan nilai pada kedua sisi, per kelompok. Pasangan berurutan dan tahun pertama → terakhir sudah disiapkan; pasangan lain dihitung di peramban Anda pada alamat yang sama.',
	'change.browserNote':
		'Pasangan ini dihitung di peramban Anda dari data yang diterbitkan (DuckDB), pada alamat yang sama.',
	'change.computed': 'dihitung di peramban',
	'change.warnSecondary':
		'Memuat nilai sekunder (data evaluasi 2021/2022, bukan tabel laporan); ditandai per baris.',
	'change.warnCompiled':
		'Memuat nilai kompilasi (2019/2020, tanpa sumber yang disebut, tidak diperingkat); ditandai per baris.',
	'change.warnIncomplete':
		'Data {year} tidak lengkap ({count} instansi): yang tidak ada di {year} tercatat sebagai masuk atau keluar, bukan sebagai perubahan.',
	'change.statusPair': 'Status',

	'indicators.title': 'Tingkat 47 indikator SPBE, {year}',
	'indicators.lead':
		'Untuk setiap indikator PermenPANRB 59/2020: berapa instansi di tingkat 1 sampai 5, dari data sekunder {year} ({count} instansi).',
	'indicators.finding': 'Indikator terlemah {year} ({group}): {name}, rerata tingkat {mean}',
	'indicators.group': 'Kelompok',
	'indicators.mean': 'Rerata',
	'indicators.median': 'Median',
	'indicators.atLeast3': 'Tingkat ≥ 3',
	'indicators.levels': 'Sebaran tingkat 1–5',
	'indicators.chartNote':
		'Diurutkan dari rerata terendah. Warna: tingkat 1 (terang) sampai 5 (gelap).',
	'indicators.years': 'Tahun lain',
	'indicators.weight': 'Bobot',
	'indicators.level': 'Tingkat {level}',
	'indicators.sortMean': 'Urutkan dari rerata terendah',
	'indicators.sortNo': 'Urutkan menurut nomor',
	'nav.indicators': 'Indikator',

	'national.years': 'Setiap tahun: jumlah instansi dan predikat',
	'national.yearsFinding':
		'Porsi Baik atau lebih naik dari {fromShare} ({fromYear}) ke {toShare} ({toYear})',
	'national.yearsNote':
		'Dihitung dari tabel per instansi setiap tahun (status ditandai). Tabel 2022 tidak lengkap; 2019 dan 2020 dari kompilasi tanpa sumber.',
	'national.printedMean': 'Dicetak laporan',
	'national.tableMean': 'Rerata tabel',
	'national.meansNote':
		'Rerata yang dicetak laporan dan rerata biasa dari tabel per instansi tidak selalu sama (laporan mungkin menghitung lain); keduanya ditampilkan berdampingan, tidak ada yang dianggap sama dengan yang lain.',
	'national.meansTable': 'Rerata per kelompok: dicetak dan dari tabel',
	'national.links': 'Lihat juga',

	'sources.methodologies': 'Metodologi berdampingan',
	'sources.methodologiesNote':
		'Setiap predikat, selisih ke predikat berikutnya dan garis rentang pada grafik memakai metodologi tahun nilainya.',
	'sources.years': 'Tahun',
	'sources.index': 'Indeks',
	'sources.structure': 'Struktur',
	'sources.structureOf': '{domains} domain, {aspects} aspek, {indicators} indikator',
	'sources.structureDomains':
		'{domains} domain (aspek dan indikator tidak diterbitkan per instansi)',
	'sources.notInstalled':
		'Tidak terpasang: letakkan folder metodologinya di {dir} (atau setel {variable}) lalu bangun ulang.',
	'sources.history': 'Riwayat 2018–2022',
	'sources.historyInstalled':
		'Dibaca dari {dir}: 2018 resmi (Hasil Evaluasi SPBE 2018), 2021 dan 2022 sekunder (dengan 47 tingkat indikator), 2019 dan 2020 kompilasi. Lihat PROVENANCE.md di folder itu.',
	'sources.historyMissing':
		'Riwayat 2018–2022 tidak terpasang: situs ini hanya memuat 2023, 2024 dan nilai yang dilaporkan. Untuk menambahkannya, letakkan folder history (dengan spbe_2018.csv, spbe_indicators_2021_2022.csv, spbe_index_2019_2020_compiled.csv) di {dir} atau setel HISTORY_DIR, lalu jalankan npm run build. Folder itu tidak pernah disalin ke repositori.',
	'sources.secondary': 'Sumber sekunder dan kompilasi',
	'sources.tableValue': 'Nilai tabel',
	'sources.complete': 'lengkap',
	'sources.incomplete': 'tidak lengkap'
} as const;

export const historyEn: Record<keyof typeof historyId, string> = {
	'status.secondary': 'Secondary',
	'status.compiled': 'Compiled',
	'status.imported': 'Imported',
	'status.about.official': 'Official: from a ministry report or decree.',
	'status.about.secondary':
		"Secondary: from a copy of the ministry's evaluation data that reproduces its published figures (2021, 2022).",
	'status.about.compiled':
		'Compiled: from a third-party compilation with no stated source (2019, 2020); never ranked.',
	'status.about.reported': "Reported: from news or a region's own statement.",
	'note.rounding': 'Rounding',
	'note.province': 'Province as printed',
	'method.break': 'PermenPANRB 5/2018 → 59/2020',
	'method.breakNote':
		'The methodology changed between 2020 and 2021 (PermenPANRB 5/2018 → 59/2020): figures before and after are computed differently.',

	'profile.story': 'Summary',
	'profile.storySpan': '{first} in {firstYear}, {latest} in {latestYear}.',
	'profile.storyRise': 'Largest rise: {delta} from {fromYear} to {toYear} ({from} → {to}).',
	'profile.storyRiseBreak':
		'Largest rise: {delta} from {fromYear} to {toYear} ({from} → {to}), across the methodology change.',
	'profile.storyNoRise': 'Never rose from one value to the next.',
	'profile.storyBest': 'Best rank: {rank} of {total} {kind} ({year}).',
	'profile.storyMoveUp': 'Since the {prev} table: up {n} places ({from} → {to}).',
	'profile.storyMoveDown': 'Since the {prev} table: down {n} places ({from} → {to}).',
	'profile.storyMoveSame': 'Since the {prev} table: same rank ({to}).',
	'profile.yearsLegend': 'Marks',
	'profile.sourceRow': 'row {row}',
	'profile.indicators': 'Indicators {year}: 8 aspects and 47 indicators',
	'profile.indicatorsLead':
		"Level (1–5) of each PermenPANRB 59/2020 indicator from the {year} secondary data, beside the {kind}' median and best level that year{change}.",
	'profile.indicatorsChange': ', and its change since {year}',
	'profile.indicatorsYear': 'Year',
	'profile.indicatorNo': 'No',
	'profile.indicator': 'Indicator',
	'profile.level': 'Level',
	'profile.levelMedian': 'Median',
	'profile.levelBest': 'Best',
	'profile.levelChange': 'Since {year}',
	'profile.indicatorGain': 'Index gain at 5',
	'profile.aspect': 'Aspect {no}',
	'profile.improveIndicators': 'Where improvement counts most ({year})',
	'profile.improveIndicatorsLead':
		'Weight × (5 − level): the SPBE Index points gained if that indicator reached level 5, largest first.',
	'profile.indicatorsSource':
		'Source: {source}, row {row}. Aspects computed exactly from the indicator levels with the PermenPANRB 59/2020 weights. Median and best: {count} {kind} in the {year} data.',
	'profile.indicatorsNational': 'Each indicator across every instansi, {year}',

	'cat.secondary':
		"{year} comes from secondary data: a copy of the ministry's evaluation data (not a report table) that reproduces the published figures checked.",
	'cat.incomplete':
		'The {year} data are incomplete: they hold {count} instansi, probably not the whole {year} evaluation. Ranks are among those present only.',
	'cat.pairIncomplete':
		'Changes are taken against {year}, whose data are incomplete: instansi missing from {year} are not ranked.',
	'cat.indexOnly':
		'The {year} report prints only the index and predicate (PermenPANRB 5/2018, no domains), so only the SPBE Index is ranked.',
	'cat.notInData': '{count} {group} instansi are not in the {year} data',
	'cat.prevValue': '{from} ({year}) → {to}',
	'cat.noRanking': 'No {kategori} ranking for {year}',
	'cat.why.domains':
		'{year} published only the SPBE Index and predicate (PermenPANRB 5/2018, whose three domains are not printed per instansi).',
	'cat.why.previous':
		'Improvement compares consecutive table years under the same methodology; {year} has no such year before it.',
	'cat.why.compiled':
		'{year} exists only in a third-party compilation with no stated source; compilations are never ranked.',
	'cat.why.none': 'There is no per-instansi table for {year}.',
	'cat.why.other': 'Rankings that exist for {year}:',
	'cat.availability': 'Rankings available per year',

	'change.indexTitle': 'Climbers and fallers: every pair of years',
	'change.indexLead':
		'Every pair of years with values on both sides, per group. Consecutive pairs and first → latest are prepared; the others are computed in your browser at the same address.',
	'change.browserNote':
		'This pair is computed in your browser from the published data (DuckDB), at the same address.',
	'change.computed': 'computed in the browser',
	'change.warnSecondary':
		'Includes secondary values (the 2021/2022 evaluation data, not a report table); each row says so.',
	'change.warnCompiled':
		'Includes compiled values (2019/2020, no stated source, never ranked); each row says so.',
	'change.warnIncomplete':
		'The {year} data are incomplete ({count} instansi): those missing from {year} show as entering or leaving, not as a change.',
	'change.statusPair': 'Status',

	'indicators.title': 'Levels of the 47 SPBE indicators, {year}',
	'indicators.lead':
		'For each PermenPANRB 59/2020 indicator: how many instansi are at levels 1 to 5, from the {year} secondary data ({count} instansi).',
	'indicators.finding': 'Weakest indicator {year} ({group}): {name}, mean level {mean}',
	'indicators.group': 'Group',
	'indicators.mean': 'Mean',
	'indicators.median': 'Median',
	'indicators.atLeast3': 'Level ≥ 3',
	'indicators.levels': 'Levels 1–5',
	'indicators.chartNote': 'Sorted from the lowest mean. Colour: level 1 (light) to 5 (dark).',
	'indicators.years': 'Other years',
	'indicators.weight': 'Weight',
	'indicators.level': 'Level {level}',
	'indicators.sortMean': 'Sort from the lowest mean',
	'indicators.sortNo': 'Sort by number',
	'nav.indicators': 'Indicators',

	'national.years': 'Every year: instansi and predicates',
	'national.yearsFinding':
		'The share rated Baik or better rose from {fromShare} ({fromYear}) to {toShare} ({toYear})',
	'national.yearsNote':
		'Counted from each year’s per-instansi table (status marked). The 2022 table is incomplete; 2019 and 2020 come from a compilation with no stated source.',
	'national.printedMean': 'Printed',
	'national.tableMean': 'Table mean',
	'national.meansNote':
		'The means the reports print and the plain means of the per-instansi tables are not always equal (the reports may compute them otherwise); both are shown side by side and neither is asserted to equal the other.',
	'national.meansTable': 'Means per group: printed and from the tables',
	'national.links': 'See also',

	'sources.methodologies': 'Methodologies side by side',
	'sources.methodologiesNote':
		"Every predicate, gap to the next predicate and band line on a chart uses the methodology of its value's year.",
	'sources.years': 'Years',
	'sources.index': 'Index',
	'sources.structure': 'Structure',
	'sources.structureOf': '{domains} domains, {aspects} aspects, {indicators} indicators',
	'sources.structureDomains':
		'{domains} domains (aspects and indicators not published per instansi)',
	'sources.notInstalled':
		'Not installed: put its methodology folder at {dir} (or set {variable}) and build again.',
	'sources.history': 'History 2018–2022',
	'sources.historyInstalled':
		'Read from {dir}: 2018 official (Hasil Evaluasi SPBE 2018), 2021 and 2022 secondary (with 47 indicator levels), 2019 and 2020 compiled. See PROVENANCE.md in that folder.',
	'sources.historyMissing':
		'The 2018–2022 history is not installed: this site holds 2023, 2024 and reported values only. To add it, put the history folder (spbe_2018.csv, spbe_indicators_2021_2022.csv, spbe_index_2019_2020_compiled.csv) at {dir} or set HISTORY_DIR, then run npm run build. The folder is never copied into the repository.',
	'sources.secondary': 'Secondary and compiled sources',
	'sources.tableValue': 'Table value',
	'sources.complete': 'complete',
	'sources.incomplete': 'incomplete'
};
