// Bahasa Indonesia: the authoring forms (praktik baik and katalog kode): the indicator picker, the
// error summary, the length counters, the Markdown preview and the attachments.
import { SPBE_INDICATOR_COUNT } from "../modules/spbe/framework";

export const authoringMessagesId = {
  "authoring.errorSummary.title": "Ada masalah",
  "authoring.count": "{length}/{limit}",
  "authoring.count.over": "{length}/{limit}: terlalu panjang, kurangi agar dapat disimpan",
  "authoring.error.noteLength": "Catatan revisi paling banyak 200 karakter.",
  "authoring.picker.filter": "Saring indikator",
  "authoring.picker.all": "{total} indikator",
  "authoring.picker.matching": "{count} dari {total} indikator cocok",
  "authoring.picker.none": "Tidak ada indikator yang cocok dengan saringan.",
  "authoring.picker.domain": "Domain {number}. {title}",
  "authoring.picker.aspect": "Aspek {number}. {title}",
  "authoring.markdown.tabs": "Tulis atau pratinjau: {label}",
  "authoring.markdown.write": "Tulis",
  "authoring.markdown.preview": "Pratinjau",
  "authoring.markdown.previewOf": "Pratinjau: {label}",
  "authoring.markdown.empty": "Belum ada isi untuk dipratinjau.",
  "authoring.attachments.none": "Belum ada lampiran.",
  "authoring.attachments.remove": "Hapus",
  "authoring.attachments.removed": "Lampiran telah dihapus.",
  "authoring.attachments.beforeSave":
    "Lampiran disimpan bersama draf. Draf perlu judul dan ringkasan; simpan draf dulu, lalu unggah lampirannya.",
  "authoring.attachments.saveThenAttach": "Simpan draf lalu lampirkan",
  "authoring.upload.alreadyAttached":
    "Berkas ini sudah terlampir sebagai {name}; tidak ditambahkan lagi.",
  "authoring.upload.alreadyAttachedPlain": "Berkas ini sudah terlampir; tidak ditambahkan lagi.",
  "authoring.software.indicators": "Indikator SPBE yang dilayani",
  "authoring.software.indicatorsInvalid": `Pilih paling banyak 20 indikator SPBE (nomor 1 sampai ${SPBE_INDICATOR_COUNT}).`,
  "authoring.software.techInvalid":
    "Paling banyak 20 teknologi, masing-masing paling banyak 40 karakter.",
  "authoring.software.requirementsTooLong": "Kebutuhan paling banyak 2.000 karakter.",
  "authoring.software.readmeTooLong": "README paling banyak 50.000 karakter.",
} as const;
