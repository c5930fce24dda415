// Bahasa Indonesia: bulk upload of evidence as a ZIP, the evidence API and the example library.
export const libraryMessagesId = {
  "evidenceZip.title": "Unggah ZIP bukti dukung {year}",
  "evidenceZip.intro":
    "Satu ZIP berisi folder yang diberi nama nomor indikator (misalnya 18/Perbup TIK.pdf). Setiap berkas menjadi satu bukti dukung untuk indikator foldernya, berjudul nama berkasnya. Jika ada satu entri yang salah, tidak ada yang disimpan.",
  "evidence.board.zipImport": "Unggah ZIP per indikator",
  "evidenceZip.field.zip": "Berkas ZIP",
  "evidenceZip.field.zipHint":
    "Folder bernama nomor indikator, berisi PDF, gambar, DOCX, XLSX, atau ODT.",
  "evidenceZip.limits":
    "ZIP dan setiap berkas di dalamnya paling besar {maxSize}; paling banyak 100 berkas.",
  "evidenceZip.submit": "Unggah dan buat bukti",
  "evidenceZip.link": "Unggah ZIP",
  "evidenceZip.imported": "{count} bukti dukung dibuat dari ZIP.",
  "evidenceZip.importedRecord": "Indikator {indicator}: {title}",
  "evidenceZip.problemsLabel": "Entri ZIP yang ditolak",
  "evidenceZip.error.noZip": "Pilih berkas ZIP yang akan diunggah.",
  "evidenceZip.error.zipTooLarge": "ZIP terlalu besar. Ukuran maksimum {maxSize}.",
  "evidenceZip.error.badEntries":
    "ZIP tidak diimpor: entri berikut bermasalah. Perbaiki lalu unggah lagi; tidak ada yang disimpan.",
  "evidenceZip.error.unsafePath":
    "Nama atau jalur entri tidak aman (misalnya ../ atau jalur absolut).",
  "evidenceZip.error.noFolder":
    "Letakkan berkas di dalam folder yang diberi nama nomor indikator (misalnya 18/).",
  "evidenceZip.error.unknownIndicator": "Folder {folder} bukan nomor indikator SPBE.",
  "evidenceZip.error.tooManyEntries": "ZIP berisi lebih dari {max} entri.",
  "evidenceZip.error.tooManyFiles": "ZIP berisi lebih dari {max} berkas.",
  "evidenceZip.error.noFiles": "ZIP tidak berisi berkas.",
  "evidenceZip.error.bomb": "ZIP mengembang jauh melebihi batas (zip bomb) dan ditolak.",
  "evidenceZip.error.encrypted": "Entri terenkripsi (berkata sandi) tidak dapat dibaca.",
  "evidenceZip.error.corrupt": "Berkas ini bukan ZIP yang dapat dibaca.",
  "audit.action.evidence.zip_imported": "Bukti dukung diimpor dari ZIP",
  "api.evidence.badParam": "Parameter {name} tidak valid.",
  "api.evidence.bodyTooLarge": "Permintaan terlalu besar untuk diunggah sekaligus.",
  "api.evidence.regionCode": "Isi regionCode dengan kode daerah yang terdaftar (misalnya 32.11).",
  "api.evidence.year": "Isi year dengan tahun evaluasi dari {first} sampai tahun ini.",
  "api.evidence.personalData":
    "Berkas atau teks bukti ini memuat data pribadi. Periksa temuan, lalu kirim lagi dengan acknowledgePersonalData=true bila bukti tetap boleh dibagikan. Tidak ada yang disimpan.",
  "library.title": "Contoh bukti dukung SPBE",
  "library.lead":
    "Bukti dukung yang dibagikan daerah, menurut indikator dan tingkat kematangan: misalnya contoh bukti dukung indikator 18 level 4.",
  "library.filterLabel": "Saring contoh bukti dukung",
  "library.field.level": "Tingkat kematangan",
  "library.field.year": "Tahun evaluasi",
  "library.levelOption": "Level {level}",
  "library.count": "{count} bukti dukung",
  "library.empty": "Tidak ada bukti dukung yang cocok dengan saringan ini.",
  "library.meta": "{region} · {year} · Level {level}",
  "library.visibility.members": "Hanya anggota",
  "library.indicatorLink": "Contoh bukti dukung untuk indikator ini",
} as const;
