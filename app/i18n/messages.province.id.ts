// Bahasa Indonesia: the province view (/provinces/:code) and the province coordinator's links.
export const provinceMessagesId = {
  "province.title": "Provinsi {name}",
  "province.lead":
    "Kabupaten/kota di provinsi ini dengan angka partisipasi yang sama seperti di halaman partisipasi daerah, serta rekapitulasi provinsi di samping angka nasional.",
  "province.notFound":
    "Provinsi ini tidak dikenal. Kode provinsi terdiri atas dua angka, misalnya 32 untuk Jawa Barat.",
  "province.demo": "Angka ini mencakup data contoh (demo).",
  "province.rollupTitle": "Rekapitulasi",
  "province.rollupTable": "Rekapitulasi provinsi dan nasional",
  "province.col.figure": "Angka",
  "province.col.national": "Nasional",
  "province.row.regions": "Kabupaten/kota (jumlah)",
  "province.row.status": "Status: {status} (jumlah kabupaten/kota)",
  "province.row.practices": "Praktik terbit (jumlah)",
  "province.row.software": "Kode terbit (jumlah)",
  "province.row.active": "Komitmen berjalan (jumlah)",
  "province.row.verified": "Replikasi terverifikasi (jumlah)",
  "province.row.stalled": "Komitmen macet (jumlah)",
  "province.row.evidence": "Rata-rata kelengkapan bukti {year}",
  "province.membersTitle": "Angka tingkat anggota",
  "province.membersTable": "Angka tingkat anggota provinsi",
  "province.membersExplain":
    "Terlihat oleh Anda sebagai koordinator: tidak ditampilkan kepada publik.",
  "province.membersHidden":
    "Anggota aktif dan aktivitas terakhir setiap daerah hanya terlihat oleh koordinator Kemendagri dan koordinator provinsi ini.",
  "province.row.activeMembers": "Anggota aktif (jumlah)",
  "province.row.regionsWithActiveMembers": "Kabupaten/kota dengan anggota aktif (jumlah)",
  "province.row.lastActivity": "Aktivitas terakhir",
  "province.nationalHidden": "tidak untuk peran Anda",
  "province.regionsTitle": "Kabupaten/kota",
  "province.regionsTable": "Partisipasi kabupaten/kota di {name}",
  "province.col.activeMembers": "Anggota aktif",
  "province.col.lastActivity": "Aktivitas terakhir",
  "province.never": "belum ada",
  "province.what.national":
    "Nasional: angka yang sama untuk seluruh {count} kabupaten/kota di Indonesia, di samping angka provinsi.",
  "province.what.average":
    "Rata-rata kelengkapan bukti: rata-rata persentase kelengkapan bukti setiap kabupaten/kota; setiap daerah dihitung sekali, berapa pun jumlah indikatornya yang terisi.",
  "province.what.members":
    "Anggota aktif: staf daerah (sekda dan pengembang) yang masuk ke portal dalam 30 hari terakhir; angka provinsi menjumlahkan angka setiap kabupaten/kota. Aktivitas terakhir: kegiatan terakhir yang tercatat untuk daerah itu.",
  "province.col.province": "Provinsi",
  "province.dashboardTitle": "Provinsi yang Anda koordinasikan",
  "province.dashboardLink": "Pantau partisipasi Provinsi {name}",
} as const;
