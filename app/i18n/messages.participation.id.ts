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
  "participation.table": "Partisipasi per daerah",
  "participation.empty": "Tidak ada daerah yang cocok dengan saringan ini.",
  "participation.definitions":
    "Arti setiap angka ada di judul kolomnya: pilih tanda “?” (Apa artinya?).",
  "participation.download": "Unduh data:",
  "participation.json": "JSON",
  "participation.csv": "CSV",
  "footer.participation": "Partisipasi daerah",
} as const;
