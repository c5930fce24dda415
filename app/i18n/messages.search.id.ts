// Bahasa Indonesia: the search page, the header search box and the search API.
export const searchMessagesId = {
  "search.title": "Cari",
  "search.lead":
    "Satu pencarian untuk praktik baik, katalog kode, daerah, dan indikator SPBE. Tulis kebutuhan Anda dengan kata-kata sendiri.",
  "search.label": "Kata kunci",
  "search.placeholder": "mis. layanan pengaduan, TTE naskah dinas, arsitektur SPBE",
  "search.submit": "Cari",
  "search.header.label": "Cari di portal",
  "search.header.placeholder": "Cari…",
  "search.header.shortcut": "Tekan Ctrl+K untuk mencari dari halaman mana pun.",
  "search.syntaxHelp":
    "Tanda kutip untuk frasa persis (\u201ctanda tangan\u201d), tanda minus untuk mengecualikan kata (-desa), \u201cor\u201d untuk salah satu kata.",
  "search.keyboardHelp":
    "Panah bawah dari kotak pencarian untuk memilih hasil, panah atas dan bawah untuk berpindah, Enter untuk membuka, Esc untuk kembali ke kotak.",
  "search.results": "{count} hasil untuk \u201c{q}\u201d",
  "search.resultsFiltered": "{count} hasil",
  "search.loading": "Mencari\u2026",
  "search.didYouMean": "Maksud Anda:",
  "search.corrected":
    "Tidak ada hasil untuk \u201c{q}\u201d. Hasil di bawah ini untuk \u201c{suggestion}\u201d.",
  "search.start.title": "Apa yang Anda cari?",
  "search.start.body":
    "Ketik nama layanan, masalah yang ingin diselesaikan, nomor atau nama indikator SPBE, atau nama daerah. Hasil muncul sambil Anda mengetik.",
  "search.empty.title": "Tidak ada hasil",
  "search.empty.body":
    "Tidak ada yang cocok dengan \u201c{q}\u201d. Coba kata lain atau lebih umum, periksa ejaan, atau hapus saringan.",
  "search.error.title": "Pencarian sedang tidak tersedia",
  "search.error.body":
    "Mesin pencari tidak menjawab. Coba lagi sebentar lagi; halaman lain portal tetap bisa dibuka.",
  "search.error.invalid": "Parameter pencarian \u201c{field}\u201d tidak valid.",
  "search.filters": "Saring hasil",
  "search.clearFilters": "Hapus semua saringan",
  "search.removeFilter": "Hapus saringan: {value}",
  "search.facet.type": "Jenis",
  "search.facet.province": "Provinsi",
  "search.facet.region": "Daerah",
  "search.facet.indicator": "Indikator SPBE",
  "search.facet.dimension": "Dimensi smart city",
  "search.facet.year": "Tahun",
  "search.facet.count": "{count} hasil",
  "search.type.practice": "Praktik baik",
  "search.type.software": "Katalog kode",
  "search.type.region": "Daerah",
  "search.type.indicator": "Indikator SPBE",
  "search.type.evidence": "Bukti dukung",
  "search.type.commitment": "Komitmen tindak lanjut",
  "search.indicator": "Indikator {number}",
  "search.resultsLabel": "Hasil pencarian",
} as const;
