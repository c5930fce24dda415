// Bahasa Indonesia: the region's standing on the secretary's dashboard (/dashboard), and a
// region's key figures on its page and printed report.
export const dashboardMessagesId = {
  "regionStanding.nextTitle": "Langkah berikutnya",
  "regionStanding.nextNone": "Tidak ada yang mendesak untuk {region} hari ini.",
  "regionStanding.next.waiting": "{count} menunggu persetujuan Anda",
  "regionStanding.next.overdue": "{count} komitmen terlambat: tindak lanjuti “{title}”",
  "regionStanding.next.stalled": "{count} komitmen macet: perbarui “{title}”",
  "regionStanding.next.dueSoon": "{count} tenggat dalam 14 hari, terdekat {date}: “{title}”",
  "regionStanding.next.evidenceMissing":
    "{count} indikator yang dinilai belum didukung bukti yang berlaku: lengkapi bukti dukung",
  "regionStanding.next.selfAssessment": "Belum ada penilaian mandiri {year}: mulai isi",
  "regionStanding.compareTitle": "Daerah Anda dibanding rekan",
  "regionStanding.compareLead":
    "{region} dibanding rata-rata daerah sekelompok. Rata-rata dihitung dari angka publik yang sama dengan halaman Partisipasi, per {date} WIB (dihitung ulang paling lama tiap menit).",
  "regionStanding.compareCaption": "Angka {region} dan rata-rata pembandingnya",
  "regionStanding.yourRegion": "{region}",
  "regionStanding.average.cohort": "rata-rata {count} daerah {name}",
  "regionStanding.average.province": "rata-rata {count} kabupaten/kota {name}",
  "regionStanding.noCohort": "{region} belum termasuk kohort mana pun; pembanding hanya provinsi.",
  "regionStanding.lowerIsBetter": "Lebih sedikit lebih baik.",
  "regionStanding.above": "di atas rata-rata",
  "regionStanding.below": "di bawah rata-rata",
  "regionStanding.equal": "sama dengan rata-rata",
  "regionStanding.membersTitle": "Hanya untuk daerah Anda",
  "regionStanding.members":
    "Status {status} · {members} anggota aktif (masuk dalam 30 hari terakhir) · aktivitas terakhir {date}",
  "regionStanding.noActivity": "belum ada",
  "regionStanding.commitmentsTitle": "Komitmen daerah dan tenggatnya",
  "regionStanding.commitmentsSummary":
    "{total} komitmen belum selesai sebagai peniru: {overdue} terlambat, {stalled} macet.",
  "regionStanding.commitmentsShown": "{shown} dari {total} ditampilkan, yang paling mendesak dulu.",
  "regionStanding.commitmentsEmpty": "Belum ada komitmen yang belum selesai.",
  "regionStanding.commitmentsAll": "Semua komitmen di papan pelacak {region}",
  "regionStanding.asMentor":
    "Sebagai daerah mentor: {count} komitmen daerah lain yang meniru karya Anda belum selesai (lihat papan pelacak).",
  "regionStanding.due": "Tenggat {date}",
  "regionStanding.noDue": "Tanpa tenggat",
  "regionStanding.mentor": "dari {region}",
  "regionStanding.progress": "{percent} tahapan dikonfirmasi",
  "regionStanding.noAssessment":
    "Belum ada penilaian mandiri {year}, jadi kesiapan bukti belum bisa dihitung.",
  "regionStanding.noAssessmentLink": "Isi penilaian mandiri {year}",
  "regionReport.printed": "Laporan daerah, dicetak {date}",
  "regionReport.figuresTitle": "Angka partisipasi",
  "regionReport.figuresNote":
    "Angka publik per {date}, dihitung sama seperti halaman Partisipasi daerah.",
} as const;
