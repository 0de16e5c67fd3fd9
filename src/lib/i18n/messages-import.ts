/**
 * Messages of the import page, the SQL console and the offline page: part of the one catalogue
 * (./messages.ts spreads them in), kept in their own file because they are many and change
 * together.
 */
export const IMPORT_ID = {
	// the console
	'sql.loadedOnly':
		'Konsol hanya membaca tabel yang sudah dimuat di peramban ini (data terbitan dan dataset impor Anda): tidak dapat membuka alamat web, berkas, atau ekstensi, dan tidak dapat mengubah pengaturan.',
	'sql.noExternal':
		'Tidak dijalankan: konsol tidak dapat membaca alamat web, berkas, atau ekstensi (akses ke luar dimatikan). Gunakan tabel yang sudah dimuat.',
	'sql.limits':
		'Jawaban dibatasi: paling banyak {rows} baris, {chars} karakter per sel dan {items} elemen per daftar; yang dipotong ditandai “…”.',
	'sql.drawn': 'Tabel menampilkan {shown} baris pertama dari {count}; unduhan CSV memuat semuanya.',
	'sql.listLength': '{count} elemen',
	'sql.cut': 'dipotong',
	// import: failures by class
	'imp.fail.engine':
		'Mesin data (DuckDB) di peramban ini tidak dapat memuat dataset, jadi tidak ada yang disimpan. Muat ulang halaman lalu coba lagi.',
	'imp.fail.quota':
		'Penyimpanan peramban penuh: dataset ini perlu sekitar {needed}, yang tersisa {available}. Tidak ada yang disimpan. Hapus dataset lain atau kosongkan ruang penyimpanan situs, lalu coba lagi.',
	'imp.fail.quotaUnknown':
		'Penyimpanan peramban penuh: dataset ini perlu sekitar {needed}. Tidak ada yang disimpan. Hapus dataset lain atau kosongkan ruang penyimpanan situs, lalu coba lagi.',
	'imp.fail.storage':
		'Peramban menolak menyimpan dataset (misalnya mode penjelajahan pribadi), jadi tidak ada yang disimpan atau dimuat. Coba lagi di jendela biasa.',
	'imp.fail.removeStorage':
		'Peramban menolak menghapus dataset dari penyimpanan; dataset tetap ada. Muat ulang halaman lalu coba lagi.',
	'imp.fail.network':
		'Daftar instansi (cari.json) tidak dapat diunduh, jadi berkas belum dapat diperiksa. Periksa koneksi lalu coba lagi.',
	'imp.fail.worker':
		'Pemeriksa berkas berhenti tanpa jawaban (mungkin memori peramban habis). Tidak ada yang disimpan. Coba berkas yang lebih kecil atau muat ulang halaman.',
	'imp.fail.yearTaken':
		'Tahun {year} sudah masuk peringkat lewat dataset “{dataset}” (mungkin diimpor di tab lain). Tidak ada yang disimpan. Tekan lagi untuk menambahkan baris ini sebagai dataset terpisah.',
	'imp.p.notXlsx':
		'Berkas XLSX tidak dapat dibaca: bukan buku kerja Excel yang utuh. Simpan ulang dari Excel atau LibreOffice sebagai .xlsx, atau sebagai CSV UTF-8.',
	'imp.fail.detail': 'Rincian teknis',
	'imp.otherTab': 'Daftar dataset diperbarui oleh tab lain.',
	// import: problems found in files
	'imp.p.cellCount':
		'Baris ini punya {count} sel, padahal judul kolom punya {expected}. Baris tidak dimuat.',
	'imp.p.cellCountComma':
		'Baris ini punya {count} sel, padahal judul kolom punya {expected}: kemungkinan koma desimal ({example}) di berkas yang dipisahkan koma. Baris tidak dimuat. Beri tanda kutip pada nilainya ("3,82"), pakai titik (3.82), atau simpan sebagai CSV dengan pemisah titik koma (;).',
	'imp.p.utf16':
		'Berkas ini UTF-16 ({variant}), bukan UTF-8. Simpan ulang sebagai “CSV UTF-8” (Excel: Simpan sebagai › CSV UTF-8), lalu pilih lagi.',
	'imp.p.bidi':
		'Nama berisi karakter pembalik arah teks (“{code}”) yang dapat menyamarkan isinya: disimpan apa adanya sebagai teks dan ditandai.',
	'imp.p.nul': 'Nama berisi karakter NUL (U+0000): disimpan sebagai teks, tanpa karakter itu.',
	'imp.p.fullWidthFormula':
		'Nama diawali tanda lebar penuh “{char}” yang di beberapa lembar kerja dibaca sebagai rumus: disimpan sebagai teks dan dinetralkan saat diunduh.',
	'imp.p.cellTooLong':
		'Sel ini berisi {length} karakter (paling banyak {max}); baris tidak dimuat.',
	'imp.p.tooManyRows':
		'Berkas XLSX ini punya {rows} baris; paling banyak {max} baris per berkas XLSX. Bagi berkas, atau simpan sebagai CSV (tanpa batas baris).',
	'imp.p.xlsxTooLarge':
		'Isi berkas XLSX ini {size} setelah dibuka (paling banyak {max}): terlalu besar untuk dibaca di peramban, atau berkas rusak. Simpan sebagai CSV.',
	'imp.p.headerTooLong':
		'Baris judul kolom lebih panjang dari {max}: bukan tabel yang dapat dibaca. Periksa pemisah kolom dan akhir baris.',
	'imp.mappingMore':
		'{count} kolom lain tidak dikenali dan diabaikan: {names}{more}. Tampilkan untuk memetakan salah satunya.',
	'imp.mappingShowAll': 'Tampilkan semua kolom',
	'imp.mappingShowing': 'Menampilkan {shown} dari {count} kolom.',
	'imp.mappingShowMore': 'Tampilkan {count} kolom berikutnya',
	// offline fallback page
	'offline.title': 'Halaman ini belum tersimpan untuk dibaca luring',
	'offline.lead':
		'Anda sedang luring, dan halaman {path} belum pernah dibuka di peramban ini, jadi tidak tersimpan. Halaman berikut tersimpan dan dapat dibuka tanpa jaringan:',
	'offline.saved': 'Halaman berikut tersimpan di peramban ini dan dapat dibuka tanpa jaringan:',
	'offline.none': 'Belum ada halaman yang tersimpan.',
	'offline.retry': 'Coba lagi'
} as const;

export const IMPORT_EN: Record<keyof typeof IMPORT_ID, string> = {
	'sql.loadedOnly':
		'The console reads only the tables loaded in this browser (the published data and your imported datasets): it cannot open web addresses, files or extensions, and cannot change settings.',
	'sql.noExternal':
		'Not run: the console cannot read web addresses, files or extensions (outside access is switched off). Use the loaded tables.',
	'sql.limits':
		'Answers are bounded: at most {rows} rows, {chars} characters per cell and {items} elements per list; what is cut is marked “…”.',
	'sql.drawn': 'The table shows the first {shown} of {count} rows; the CSV download has them all.',
	'sql.listLength': '{count} elements',
	'sql.cut': 'cut',
	'imp.fail.engine':
		'The data engine (DuckDB) in this browser could not load the dataset, so nothing was kept. Reload the page and try again.',
	'imp.fail.quota':
		"The browser's storage is full: this dataset needs about {needed}, {available} is left. Nothing was kept. Remove another dataset or free the site's storage, then try again.",
	'imp.fail.quotaUnknown':
		"The browser's storage is full: this dataset needs about {needed}. Nothing was kept. Remove another dataset or free the site's storage, then try again.",
	'imp.fail.storage':
		'The browser refused to store the dataset (for example in private browsing), so nothing was kept or loaded. Try again in a normal window.',
	'imp.fail.removeStorage':
		'The browser refused to remove the dataset from storage; it is still there. Reload the page and try again.',
	'imp.fail.network':
		'The list of instansi (cari.json) could not be downloaded, so the file cannot be checked yet. Check the connection and try again.',
	'imp.fail.worker':
		"The file checker stopped without an answer (perhaps the browser's memory ran out). Nothing was kept. Try a smaller file or reload the page.",
	'imp.fail.yearTaken':
		'{year} is already ranked through the dataset “{dataset}” (perhaps imported in another tab). Nothing was kept. Press again to add these rows as a separate dataset.',
	'imp.p.notXlsx':
		'The XLSX file cannot be read: it is not a whole Excel workbook. Save it again from Excel or LibreOffice as .xlsx, or as UTF-8 CSV.',
	'imp.fail.detail': 'Technical details',
	'imp.otherTab': 'The list of datasets was updated by another tab.',
	'imp.p.cellCount':
		'This row has {count} cells but the header has {expected}. The row is not loaded.',
	'imp.p.cellCountComma':
		'This row has {count} cells but the header has {expected}: probably a decimal comma ({example}) in a comma-separated file. The row is not loaded. Quote the value ("3,82"), use a point (3.82), or save as CSV separated by semicolons (;).',
	'imp.p.utf16':
		'This file is UTF-16 ({variant}), not UTF-8. Save it again as “CSV UTF-8” (Excel: Save as › CSV UTF-8), then choose it again.',
	'imp.p.bidi':
		'The name holds a text-direction override (“{code}”) that can disguise it: kept as it is, as text, and flagged.',
	'imp.p.nul': 'The name holds a NUL character (U+0000): kept as text, without that character.',
	'imp.p.fullWidthFormula':
		'The name starts with a full-width “{char}” that some spreadsheets read as a formula: kept as text and neutralised in downloads.',
	'imp.p.cellTooLong':
		'This cell holds {length} characters (at most {max}); the row is not loaded.',
	'imp.p.tooManyRows':
		'This XLSX file has {rows} rows; an XLSX file may have at most {max}. Split the file, or save it as CSV (no row limit).',
	'imp.p.xlsxTooLarge':
		'This XLSX file holds {size} once unpacked (at most {max}): too large to read in the browser, or damaged. Save it as CSV.',
	'imp.p.headerTooLong':
		'The header row is longer than {max}: not a table that can be read. Check the column separator and the line ends.',
	'imp.mappingMore':
		'{count} other columns are not recognised and are ignored: {names}{more}. Show them to map one.',
	'imp.mappingShowAll': 'Show all columns',
	'imp.mappingShowing': 'Showing {shown} of {count} columns.',
	'imp.mappingShowMore': 'Show the next {count} columns',
	'offline.title': 'This page was not saved for offline reading',
	'offline.lead':
		'You are offline, and the page {path} was never opened in this browser, so it was not saved. These pages are saved and open without a network:',
	'offline.saved': 'These pages are saved in this browser and open without a network:',
	'offline.none': 'No page has been saved yet.',
	'offline.retry': 'Try again'
};
