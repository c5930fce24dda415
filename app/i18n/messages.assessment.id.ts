// Bahasa Indonesia: the SPBE self-assessment (penilaian mandiri) page and its workflow.
export const assessmentMessagesId = {
  "region.assessmentIntro":
    "Penilaian mandiri SPBE daerah ini: tingkat yang diklaim per indikator, indeks yang dihitung, dan hasil resmi di sampingnya.",
  "region.assessmentLink": "Penilaian mandiri {year}",
  "assessment.title": "Penilaian mandiri SPBE {year}",
  "assessment.intro":
    "Tingkat kematangan yang diklaim daerah untuk tiap indikator, dengan alasannya. Indeks dihitung dari bobot {framework}.",
  "assessment.status.label": "Status",
  "assessment.status.none": "Belum dimulai",
  "assessment.status.DRAFT": "Draf",
  "assessment.status.SUBMITTED": "Diajukan",
  "assessment.status.LOCKED": "Dikunci",
  "assessment.statusHelp.DRAFT": "Hanya orang daerah ini dan koordinator yang dapat melihat draf.",
  "assessment.statusHelp.SUBMITTED":
    "Anggota semua daerah dapat melihatnya, agar daerah lain bisa menemukan contoh. Koordinator dapat menguncinya.",
  "assessment.statusHelp.LOCKED": "Dikunci oleh koordinator: tidak dapat diubah lagi.",
  "assessment.index": "Indeks penilaian mandiri",
  "assessment.indexHelp":
    "Jumlah tingkat × bobot tiap indikator (skala 0–5). Indikator tanpa tingkat dihitung 0.",
  "assessment.predicate": "Predikat",
  "assessment.rated": "{rated} dari {total} indikator sudah dinilai",
  "assessment.previous": "Tahun {year}",
  "assessment.previousNone": "Tidak ada penilaian mandiri tahun {year} yang dapat Anda lihat",
  "assessment.official": "Hasil resmi {year}",
  "assessment.officialNone": "Belum ada hasil resmi untuk tahun ini",
  "assessment.domains": "Indeks per domain",
  "assessment.domainColumn": "Domain",
  "assessment.domainIndexHelp":
    "Rata-rata tingkat berbobot indikator dalam domain atau aspek (0–5).",
  "assessment.level": "Tingkat",
  "assessment.levelNone": "— belum dinilai —",
  "assessment.levelOption": "{level}. {name}",
  "assessment.justification": "Alasan dan bukti",
  "assessment.officialLevel": "Resmi: {level}",
  "assessment.indicatorWeight": "bobot {weight} %",
  "assessment.save": "Simpan draf",
  "assessment.submit": "Ajukan penilaian",
  "assessment.submitHelp":
    "Setelah diajukan, penilaian tidak dapat diubah dan terlihat oleh anggota semua daerah.",
  "assessment.lock": "Kunci penilaian",
  "assessment.readOnly": "Penilaian ini hanya dapat dibaca.",
  "assessment.notVisible":
    "Daerah ini belum membagikan penilaian mandiri tahun {year}, atau Anda tidak berhak melihatnya.",
  "assessment.yearNav": "Tahun penilaian",
  "assessment.regionLink": "Kembali ke profil daerah",
  "assessment.notice.saved": "Draf penilaian tersimpan.",
  "assessment.notice.submitted": "Penilaian telah diajukan. Koordinator dapat menguncinya.",
  "assessment.notice.locked": "Penilaian dikunci.",
  "assessment.error.year": "Tahun penilaian tidak dikenal.",
  "assessment.error.level": "Pilih tingkat 1 sampai 5, atau biarkan kosong.",
  "assessment.error.justificationTooLong": "Alasan paling banyak 2.000 karakter.",
  "assessment.error.notDraft":
    "Penilaian ini sudah diajukan atau dikunci, jadi tidak dapat diubah lagi.",
  "assessment.error.empty": "Nilai setidaknya satu indikator sebelum mengajukan.",
  "assessment.error.stale":
    "Status penilaian sudah berubah. Muat ulang halaman untuk melihat keadaannya sekarang.",
  "assessment.error.intent": "Tindakan tidak dikenal.",
  "audit.action.assessment.saved": "Draf penilaian mandiri disimpan",
  "audit.action.assessment.submitted": "Penilaian mandiri diajukan",
  "audit.action.assessment.locked": "Penilaian mandiri dikunci",
  "gap.title": "Indikator yang paling menaikkan indeks, {year}",
  "gap.intro":
    "Indikator diurutkan menurut kenaikan indeks bila dinaikkan satu tingkat (bobot ÷ 100 per tingkat, paling tinggi tingkat 5). Untuk tiap indikator: daerah yang sudah di tingkat 4 atau 5, serta praktik baik dan aplikasi mereka yang dapat ditiru.",
  "gap.basis.self-assessment": "Dihitung dari penilaian mandiri {year}.",
  "gap.basis.official":
    "Belum ada penilaian mandiri {year} yang dapat Anda lihat; dihitung dari tingkat resmi.",
  "gap.basis.none":
    "Belum ada penilaian mandiri atau hasil resmi {year} yang dapat Anda lihat; semua indikator dihitung tingkat 0.",
  "gap.assessmentLink": "Buka penilaian mandiri {year}",
  "gap.signInForPeers":
    "Masuk sebagai anggota daerah untuk melihat juga penilaian mandiri daerah lain.",
  "gap.openTitle": "{count} indikator masih dapat dinaikkan",
  "gap.topTitle": "{count} indikator sudah di tingkat tertinggi",
  "gap.level": "Tingkat sekarang: {level}",
  "gap.notRated": "Belum dinilai",
  "gap.gain": "+{gain} indeks per tingkat",
  "gap.officialPeers": "Daerah tingkat 4–5 (hasil resmi)",
  "gap.selfAssessedPeers": "Daerah tingkat 4–5 (penilaian mandiri)",
  "gap.peerLevel": "tingkat {level}, {year}",
  "gap.noPeers": "Belum ada daerah.",
  "gap.morePeers": "dan {count} daerah lain",
  "gap.replicate": "Yang dapat ditiru ({count})",
  "gap.nothingToReplicate":
    "Belum ada praktik baik atau aplikasi yang diterbitkan untuk indikator ini.",
  "gap.replicateAction": "Tiru dari daerah ini",
  "gap.codeEntry": "aplikasi",
  "region.gapLink": "Indikator yang paling menaikkan indeks {year}",
} as const;
