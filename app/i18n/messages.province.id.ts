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
  "province.membersTitle": "Angka tingkat anggota",
  "province.membersTable": "Angka tingkat anggota provinsi",
  "province.membersExplain":
    "Terlihat oleh Anda sebagai koordinator: tidak ditampilkan kepada publik.",
  "province.membersHidden":
    "Anggota aktif dan aktivitas terakhir setiap daerah hanya terlihat oleh koordinator Kemendagri dan koordinator provinsi ini.",
  "province.row.regionsWithActiveMembers": "Kabupaten/kota dengan anggota aktif (jumlah)",
  "province.row.lastActivity": "Kegiatan terakhir (yang terbaru)",
  "province.nationalHidden": "tidak untuk peran Anda",
  "province.regionsTitle": "Kabupaten/kota",
  "province.regionsTable": "Partisipasi kabupaten/kota di {name}",
  "province.never": "belum ada",
  "province.what.national":
    "Nasional: angka yang sama untuk seluruh {count} kabupaten/kota di Indonesia, di samping angka provinsi.",
  "province.row.sum": "{label} (jumlah)",
  "province.row.average": "{label}: rata-rata kabupaten/kota",
  "province.what.sum":
    "Jumlah: angka setiap kabupaten/kota dijumlahkan; anggota yang terdaftar di dua daerah dihitung di keduanya.",
  "province.what.average":
    "Rata-rata kelengkapan bukti: rata-rata persentase kelengkapan bukti setiap kabupaten/kota; setiap daerah dihitung sekali, berapa pun jumlah indikatornya yang terisi.",
  "province.col.province": "Provinsi",
  "province.dashboardTitle": "Provinsi yang Anda koordinasikan",
  "province.dashboardLink": "Pantau partisipasi Provinsi {name}",
  "province.dashboardMonitoring":
    "Tabel pemantauan kabupaten/kota Provinsi {name}: status, peringatan, pengingat, unduhan",
} as const;
