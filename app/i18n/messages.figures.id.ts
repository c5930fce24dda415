// Bahasa Indonesia: the participation figures' labels and definitions (app/modules/monitoring/figures.ts),
// shown by FigureHelp ("Apa artinya?") on every page that shows them.
export const figureMessagesId = {
  "figure.help": "Apa artinya?",
  "figure.helpFor": "Apa artinya: {label}?",
  "figure.status.label": "Status",
  "figure.status.definition":
    "Dari kegiatan terakhir yang tercatat di log audit untuk daerah ini (praktik, bukti dukung, penilaian mandiri, komitmen, undangan anggota). Aktif: ada kegiatan dalam {activeDays} hari terakhir; kurang aktif: dalam {lessActiveDays} hari terakhir; tidak aktif: tidak ada sejak itu atau belum pernah. Ambang ini ditetapkan koordinator.",
  "figure.lastActivityAt.label": "Kegiatan terakhir",
  "figure.lastActivityAt.definition":
    "Waktu kegiatan terakhir yang tercatat di log audit untuk daerah ini, sejak awal pencatatan. Kosong bila belum pernah ada.",
  "figure.activeMembers.label": "Anggota aktif",
  "figure.activeMembers.definition":
    "Anggota daerah ini (sekretaris daerah, pengembang) dengan akun yang tidak dinonaktifkan dan sesi yang terlihat dalam {memberDays} hari terakhir.",
  "figure.practices.label": "Praktik terbit",
  "figure.practices.definition":
    "Praktik baik daerah ini yang berstatus terbit (dapat dibaca siapa saja), sejak awal. Draf dan yang menunggu persetujuan tidak dihitung.",
  "figure.software.label": "Kode terbit",
  "figure.software.definition":
    "Entri katalog kode daerah ini yang berstatus terbit, sejak awal. Draf dan yang menunggu persetujuan tidak dihitung.",
  "figure.commitments.active.label": "Komitmen berjalan",
  "figure.commitments.active.definition":
    "Komitmen tindak lanjut daerah ini sebagai peniru yang sudah disetujui dan belum diverifikasi atau dibatalkan (berkomitmen, berjalan, terlaksana), saat ini.",
  "figure.commitments.verified.label": "Replikasi terverifikasi",
  "figure.commitments.verified.definition":
    "Komitmen daerah ini sebagai peniru yang sudah diverifikasi mentor atau koordinator, sejak awal.",
  "figure.commitments.stalled.label": "Komitmen macet",
  "figure.commitments.stalled.definition":
    "Komitmen berjalan daerah ini tanpa pembaruan selama {stallDays} hari, atau dengan tahapan yang lewat tenggat lebih dari {overdueDays} hari tanpa dikonfirmasi mentor (aturan pelacak), hari ini.",
  "figure.evidenceCompleteness.label": "Kelengkapan bukti {year}",
  "figure.evidenceCompleteness.definition":
    "Bagian indikator SPBE kerangka evaluasi yang sudah punya sedikitnya satu bukti dukung daerah ini untuk tahun {year}, apa pun status tinjauannya.",
  "figure.evidenceAccepted.label": "Bukti diterima {year}",
  "figure.evidenceAccepted.definition":
    "Bagian indikator SPBE yang punya sedikitnya satu bukti dukung daerah ini untuk tahun {year} dengan keputusan tinjauan terakhir “diterima”.",
  "figure.selfAssessment.label": "Penilaian mandiri {year}",
  "figure.selfAssessment.definition":
    "Status penilaian mandiri SPBE daerah ini untuk tahun {year}: belum dimulai, draf, diajukan sekretaris daerah, atau dikunci koordinator.",
  "figure.replications.given.label": "Ditiru daerah lain",
  "figure.replications.given.definition":
    "Komitmen daerah lain yang meniru praktik atau kode daerah ini (sebagai mentor) dan sudah diverifikasi, sejak awal.",
  "figure.replications.received.label": "Meniru daerah lain",
  "figure.replications.received.definition":
    "Komitmen daerah ini yang meniru karya daerah lain dan sudah diverifikasi, sejak awal (sama dengan replikasi terverifikasi).",
  "figure.visits.hosted.label": "Kunjungan diterima",
  "figure.visits.hosted.definition":
    "Kunjungan studi tiru yang tercatat dengan daerah ini sebagai tuan rumah, sejak awal pencatatan.",
  "figure.visits.hostedWithCommitment.label": "Kunjungan diterima berlanjut komitmen",
  "figure.visits.hostedWithCommitment.definition":
    "Dari kunjungan yang diterima daerah ini, yang menghasilkan sedikitnya satu komitmen (selain yang dibatalkan).",
  "figure.visits.hostedConversion.label": "Konversi kunjungan diterima",
  "figure.visits.hostedConversion.definition":
    "Bagian kunjungan yang diterima daerah ini yang menghasilkan sedikitnya satu komitmen (selain yang dibatalkan). Kosong bila belum ada kunjungan.",
  "figure.visits.made.label": "Kunjungan dilakukan",
  "figure.visits.made.definition":
    "Kunjungan studi tiru yang tercatat dengan daerah ini sebagai pengunjung, sejak awal pencatatan.",
  "figure.visits.madeWithCommitment.label": "Kunjungan dilakukan berlanjut komitmen",
  "figure.visits.madeWithCommitment.definition":
    "Dari kunjungan yang dilakukan daerah ini, yang menghasilkan sedikitnya satu komitmen (selain yang dibatalkan).",
  "figure.visits.madeConversion.label": "Konversi kunjungan dilakukan",
  "figure.visits.madeConversion.definition":
    "Bagian kunjungan yang dilakukan daerah ini yang menghasilkan sedikitnya satu komitmen (selain yang dibatalkan). Kosong bila belum ada kunjungan.",
  "figure.spbeIndex.official.label": "Indeks SPBE resmi",
  "figure.spbeIndex.official.definition":
    "Indeks SPBE resmi terbaru daerah ini (hasil evaluasi yang dimasukkan koordinator atau data rujukan) sampai tahun {year}.",
  "figure.spbeIndex.officialYear.label": "Tahun indeks resmi",
  "figure.spbeIndex.officialYear.definition":
    "Tahun evaluasi dari indeks SPBE resmi terbaru daerah ini.",
  "figure.spbeIndex.selfAssessed.label": "Indeks penilaian mandiri",
  "figure.spbeIndex.selfAssessed.definition":
    "Indeks dari penilaian mandiri terbaru daerah ini yang sudah diajukan atau dikunci (draf tidak dihitung) sampai tahun {year}, dihitung dengan bobot kerangka evaluasi; indikator tanpa tingkat dihitung 0.",
  "figure.spbeIndex.selfAssessedYear.label": "Tahun penilaian mandiri",
  "figure.spbeIndex.selfAssessedYear.definition":
    "Tahun dari penilaian mandiri terbaru daerah ini yang sudah diajukan atau dikunci.",
  "figure.spbeIndex.trend.label": "Tren indeks resmi",
  "figure.spbeIndex.trend.definition":
    "Indeks SPBE resmi terbaru dikurangi indeks resmi tahun sebelumnya. Kosong bila salah satunya belum diketahui.",
} as const;
