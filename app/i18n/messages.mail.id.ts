// Bahasa Indonesia texts of the e-mails the portal sends. Every key starts with "mail."; these are merged
// into the main catalogue later. Bodies are plain text: paragraphs separated by a blank line.
export const mailMessagesId = {
  "mail.signOff": "Hormat kami,\nTim Living Lab Layanan Digital",
  "mail.footer":
    "Surel ini dikirim secara otomatis. Jika Anda tidak mengharapkan surel ini, Anda dapat mengabaikannya.",

  "mail.passwordReset.subject": "Atur ulang kata sandi akun Living Lab Layanan Digital",
  "mail.passwordReset.body":
    "Yth. {name},\n\n" +
    "Kami menerima permintaan untuk mengatur ulang kata sandi akun Anda di portal Living Lab Layanan Digital. " +
    "Silakan buka tautan berikut untuk membuat kata sandi baru:\n\n" +
    "{url}\n\n" +
    "Tautan ini berlaku selama {hours} jam dan hanya dapat digunakan satu kali. " +
    "Jika Anda tidak meminta pengaturan ulang kata sandi, abaikan surel ini; kata sandi Anda tidak akan berubah.",

  "mail.invitation.subject": "Undangan bergabung dengan Living Lab Layanan Digital",
  "mail.invitation.body":
    "Dengan hormat,\n\n" +
    "{inviter} mengundang Anda untuk bergabung dengan portal Living Lab Layanan Digital " +
    "sebagai {role} untuk {region}.\n\n" +
    "Untuk menerima undangan ini dan membuat akun, silakan buka tautan berikut:\n\n" +
    "{url}\n\n" +
    "Undangan ini berlaku selama {days} hari. Setelah itu, Anda perlu meminta undangan baru kepada {inviter}.",

  "mail.accountApproved.subject": "Permohonan akun Anda telah disetujui",
  "mail.accountApproved.body":
    "Yth. {name},\n\n" +
    "Permohonan akun Anda untuk {region} di portal Living Lab Layanan Digital telah disetujui.\n\n" +
    "Untuk mulai menggunakan akun, silakan buat kata sandi melalui tautan berikut:\n\n" +
    "{url}\n\n" +
    "Tautan ini berlaku selama {hours} jam dan hanya dapat digunakan satu kali. " +
    "Jika tautan sudah kedaluwarsa, Anda dapat meminta tautan baru melalui halaman masuk.",

  "mail.accountRejected.subject": "Permohonan akun Anda belum dapat disetujui",
  "mail.accountRejected.body":
    "Yth. {name},\n\n" +
    "Terima kasih atas minat Anda pada portal Living Lab Layanan Digital. " +
    "Mohon maaf, permohonan akun Anda untuk {region} belum dapat kami setujui.\n\n" +
    "Jika Anda merasa keputusan ini keliru, silakan hubungi pengelola portal di {region} " +
    "atau ajukan permohonan baru dengan keterangan yang lebih lengkap.",

  "mail.accountRequestPending.subject":
    "Permohonan akun baru untuk {region} menunggu keputusan Anda",
  "mail.accountRequestPending.body":
    "Dengan hormat,\n\n" +
    "{requester} mengajukan permohonan akun di portal Living Lab Layanan Digital untuk {region}. " +
    "Permohonan ini menunggu keputusan Anda.\n\n" +
    "Silakan tinjau permohonan tersebut, lalu setujui atau tolak, melalui tautan berikut:\n\n" +
    "{url}",

  "mail.monitoringReminder.subject": "Pengingat tindak lanjut Living Lab untuk {region}",
  "mail.monitoringReminder.body":
    "Yth. Sekretaris Daerah {region},\n\n" +
    "{sender}, koordinator Living Lab Layanan Digital, mengingatkan Anda untuk melanjutkan kegiatan " +
    "{region} di portal Living Lab Layanan Digital.\n\n" +
    "Keadaan saat ini:\n" +
    "- Status partisipasi: {status}\n" +
    "- Kegiatan terakhir yang tercatat: {lastActivity}\n" +
    "- Komitmen tindak lanjut yang berjalan: {active}, di antaranya macet: {stalled}\n" +
    "- Kelengkapan bukti dukung tahun {year}: {evidence}\n\n" +
    "Silakan buka dasbor daerah Anda untuk melihat apa yang menunggu:\n\n" +
    "{dashboardUrl}\n\n" +
    "Komitmen tindak lanjut {region}:\n\n" +
    "{trackerUrl}",
} as const;

export type MailMessageKey = keyof typeof mailMessagesId;
