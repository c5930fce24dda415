// Bahasa Indonesia: the public participation page (/partisipasi).
export const participationMessagesId = {
  "participation.title": "Partisipasi daerah",
  "participation.lead":
    "Seberapa aktif setiap daerah berbagi praktik, kode, dan bukti dukung, serta menindaklanjuti studi tiru. Hanya angka gabungan, tanpa data pribadi.",
  "participation.summary":
    "{count} daerah ditampilkan: {aktif} aktif, {kurang} kurang aktif, {tidak} tidak aktif.",
  "participation.demo": "Angka ini mencakup data contoh (demo).",
  "participation.filter.label": "Saring partisipasi",
  "participation.filter.province": "Provinsi",
  "participation.filter.allProvinces": "Semua provinsi",
  "participation.filter.status": "Status",
  "participation.filter.allStatuses": "Semua status",
  "participation.filter.apply": "Terapkan",
  "participation.filter.clear": "Hapus saringan",
  "participation.filter.unknown": "Saringan tidak dikenal diabaikan: {names}.",
  "participation.status.aktif": "Aktif",
  "participation.status.kurang-aktif": "Kurang aktif",
  "participation.status.tidak-aktif": "Tidak aktif",
  "participation.col.region": "Daerah",
  "participation.col.status": "Status",
  "participation.col.practices": "Praktik terbit",
  "participation.col.software": "Kode terbit",
  "participation.col.active": "Komitmen berjalan",
  "participation.col.verified": "Replikasi terverifikasi",
  "participation.col.stalled": "Komitmen macet",
  "participation.col.evidence": "Kelengkapan bukti {year}",
  "participation.table": "Partisipasi per daerah",
  "participation.empty": "Tidak ada daerah yang cocok dengan saringan ini.",
  "participation.whatTitle": "Apa artinya?",
  "participation.what.status":
    "Status: aktif bila ada kegiatan tercatat (praktik, bukti dukung, penilaian mandiri, komitmen, undangan anggota) dalam 30 hari terakhir; kurang aktif bila dalam 90 hari terakhir; selain itu tidak aktif.",
  "participation.what.records":
    "Praktik dan kode terbit: yang sudah diterbitkan dan dapat dibaca siapa saja.",
  "participation.what.commitments":
    "Komitmen berjalan: komitmen tindak lanjut daerah ini (sebagai peniru) yang sudah disetujui dan belum diverifikasi atau dibatalkan. Macet: tanpa pembaruan 30 hari atau tahapan lewat tenggat 14 hari. Terverifikasi: replikasi yang diverifikasi mentor atau koordinator.",
  "participation.what.evidence":
    "Kelengkapan bukti: bagian indikator SPBE yang sudah punya sedikitnya satu bukti dukung untuk tahun ini.",
  "participation.download": "Unduh data:",
  "participation.json": "JSON",
  "participation.csv": "CSV",
  "footer.participation": "Partisipasi daerah",
} as const;
