// Bahasa Indonesia: the peer-improvement tracker (pelacak studi tiru): commitments, milestones,
// and why an action was refused.
export const trackerMessagesId = {
  "tracker.status.DRAFT": "Draf",
  "tracker.status.COMMITTED": "Disepakati",
  "tracker.status.IN_PROGRESS": "Sedang dikerjakan",
  "tracker.status.IMPLEMENTED": "Sudah diterapkan",
  "tracker.status.VERIFIED": "Terverifikasi",
  "tracker.status.CANCELLED": "Dibatalkan",
  "tracker.milestone.OPEN": "Belum selesai",
  "tracker.milestone.DONE": "Selesai, menunggu konfirmasi mentor",
  "tracker.milestone.CONFIRMED": "Dikonfirmasi mentor",
  "tracker.stalled.noUpdate": "Tidak ada pembaruan selama {days} hari",
  "tracker.stalled.milestoneOverdue": "Tahapan terlambat lebih dari {days} hari",
  "tracker.refused.notYours": "Anda tidak berwenang melakukan tindakan ini pada komitmen ini.",
  "tracker.refused.wrongState":
    "Tindakan ini tidak dapat dilakukan pada status komitmen sekarang. Muat ulang halaman.",
  "tracker.refused.reason": "Tulis alasan pembatalan (1–{max} karakter).",
  "tracker.refused.comment": "Tulis komentar untuk daerah peniru (1–{max} karakter).",
  "tracker.refused.noMilestones": "Tambahkan paling sedikit satu tahapan terlebih dahulu.",
  "tracker.refused.milestonesOpen": "Tahapan ini belum selesai: {milestones}.",
  "tracker.refused.evidenceMissing":
    "Verifikasi memerlukan bukti pada setiap tahapan. Belum ada bukti pada: {milestones}.",
  "tracker.refused.milestonesUnconfirmed": "Tahapan ini belum dikonfirmasi mentor: {milestones}.",
  "tracker.refused.milestoneEvidence": "Lampirkan bukti sebelum menandai tahapan ini selesai.",
} as const;
