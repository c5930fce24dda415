// Bahasa Indonesia: official SPBE results entered by a coordinator, and the regions at level 4-5
// on an indicator page.
export const officialMessagesId = {
  "official.title": "Hasil resmi SPBE {year}",
  "official.intro":
    "Masukkan hasil evaluasi SPBE resmi {region} untuk tahun {year}: indeksnya dan, bila diketahui, tingkat tiap indikator. Hasil resmi terbuka untuk umum dan tampil di samping penilaian mandiri.",
  "official.current": "Saat ini: {index}",
  "official.currentDemo":
    "Nilai yang ada adalah data demo; nilai yang Anda masukkan menggantikannya dan bukan demo.",
  "official.none": "Belum ada hasil resmi untuk tahun ini.",
  "official.field.index": "Indeks SPBE resmi",
  "official.field.indexHint": "0,00 sampai 5,00, paling banyak dua desimal (3,52 atau 3.52).",
  "official.field.source": "Sumber",
  "official.field.sourceHint": 'Misalnya "Keputusan Menteri PANRB Nomor … Tahun …".',
  "official.levels.title": "Tingkat per indikator (bila diketahui)",
  "official.levels.hint": "Biarkan kosong indikator yang tingkat resminya tidak diketahui.",
  "official.save": "Simpan hasil resmi",
  "official.saved": "Hasil resmi {year} tersimpan.",
  "official.enterLink": "Masukkan atau ubah hasil resmi {year}",
  "official.backLink": "Kembali ke penilaian mandiri {year}",
  "official.error.indexRequired": "Isi indeks resmi.",
  "official.error.indexFormat":
    "Tulis indeks sebagai angka 0 sampai 5 dengan paling banyak dua desimal, misalnya 3,52.",
  "official.error.indexRange": "Indeks paling tinggi 5,00.",
  "official.error.sourceRequired": "Sebutkan sumber hasil resmi (paling sedikit 3 karakter).",
  "official.error.sourceTooLong": "Sumber paling banyak 200 karakter.",
  "audit.action.official_result.entered": "Hasil resmi SPBE dimasukkan",
  "indicatorPeers.title": "Daerah di tingkat 4–5 pada indikator ini",
  "indicatorPeers.intro":
    "Tingkat terbaru tiap daerah dari tiga tahun terakhir ({from}–{to}). Hasil resmi lebih dulu; penilaian mandiri ditampilkan terpisah.",
  "indicatorPeers.official": "Hasil resmi",
  "indicatorPeers.selfAssessed": "Penilaian mandiri (untuk anggota)",
  "indicatorPeers.signIn":
    "Masuk sebagai anggota daerah untuk melihat juga penilaian mandiri daerah lain.",
  "indicatorPeers.none": "Belum ada daerah.",
  "indicatorPeers.practices": "Praktik baik: ",
  "indicatorPeers.allPractices": "praktik baik daerah ini",
} as const;
