// Bahasa Indonesia: the participation thresholds' settings page (/monitoring/settings).
export const thresholdMessagesId = {
  "thresholds.title": "Ambang status partisipasi",
  "thresholds.back": "Kembali ke Pemantauan daerah",
  "thresholds.intro":
    "Status setiap daerah (aktif, kurang aktif, tidak aktif) dihitung dari kegiatan terakhirnya. Ambang ini berlaku di semua halaman, ekspor, dan API partisipasi.",
  "thresholds.field.activeDays": "Aktif: kegiatan dalam berapa hari terakhir",
  "thresholds.field.lessActiveDays": "Kurang aktif: kegiatan dalam berapa hari terakhir",
  "thresholds.hint":
    "Bilangan bulat 1 sampai 365; ambang aktif harus lebih kecil dari ambang kurang aktif.",
  "thresholds.save": "Simpan ambang",
  "thresholds.saved": "Ambang tersimpan dan langsung berlaku.",
  "thresholds.unchanged": "Tidak ada perubahan: ambang sama dengan yang berlaku.",
  "thresholds.default":
    "Belum pernah diubah: nilai bawaan ({activeDays} dan {lessActiveDays} hari).",
  "thresholds.lastChange": "Terakhir diubah {at} oleh {by}.",
  "thresholds.lastChangeUnknown": "Terakhir diubah {at}.",
  "thresholds.error.required": "Isi jumlah hari.",
  "thresholds.error.integer": "Tulis bilangan bulat tanpa koma atau titik, misalnya 30.",
  "thresholds.error.range": "Jumlah hari harus antara 1 dan 365.",
  "thresholds.error.order": "Ambang kurang aktif harus lebih besar dari ambang aktif.",
  "audit.action.participation_thresholds.updated": "Ambang status partisipasi diubah",
  "audit.detail.activeDaysBefore": "Ambang aktif sebelumnya (hari)",
  "audit.detail.activeDaysAfter": "Ambang aktif baru (hari)",
  "audit.detail.lessActiveDaysBefore": "Ambang kurang aktif sebelumnya (hari)",
  "audit.detail.lessActiveDaysAfter": "Ambang kurang aktif baru (hari)",
} as const;
