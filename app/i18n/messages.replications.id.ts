// Bahasa Indonesia: verified replications ("sudah ditiru oleh") and what they changed.
export const replicationMessagesId = {
  "replications.title": "Sudah ditiru oleh",
  "replications.titleAdopted": "Praktik yang sudah ditiru daerah ini",
  "replications.titleMentored": "Daerah yang sudah meniru daerah ini",
  "replications.what":
    "Replikasi terverifikasi: komitmen tindak lanjut yang semua tahapannya dikonfirmasi dan diverifikasi oleh daerah mentor atau koordinator.",
  "replications.count": "{count} replikasi terverifikasi.",
  "replications.none": "Belum ada replikasi yang terverifikasi.",
  "replications.membersOnly":
    "{count} replikasi lain hanya terlihat oleh anggota portal. Masuk untuk melihatnya.",
  "replications.shown": "Menampilkan {shown} terbaru dari {total}.",
  "replications.verifiedOn": "diverifikasi {date}",
  "replications.mentor": "mentor: {region}",
  "replications.adopter": "peniru: {region}",
  "replications.indicator": "Indikator {number}",
  "replications.levelSelf": "penilaian mandiri {before} → {after}",
  "replications.levelOfficial": "hasil resmi {before} → {after}",
  "replications.levelYears": "({from} → {to})",
  "replications.baselineTarget": "awal {baseline}, target {target}",
  "replications.noAfter": "belum ada penilaian sesudahnya",
  "replications.indexSelf": "Indeks SPBE mandiri {before} → {after} ({gained})",
  "replications.indexOfficial": "Indeks SPBE resmi {before} → {after} ({gained})",
  "replications.selfHidden": "Tingkat penilaian mandiri hanya terlihat oleh anggota portal.",
  "replications.impactTitle": "Dampak pada indikator sasaran",
  "replications.impactWhat":
    "Sebelum: penilaian tahun komitmen disetujui atau sebelumnya. Sesudah: penilaian tahun berikutnya yang terbaru.",
} as const;
