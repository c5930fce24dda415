// Bahasa Indonesia: problems the publiccode.yml validator reports ({field} is the key's path) and the
// validation API's own refusals.
export const publiccodeMessagesId = {
  "publiccode.error.yamlSyntax": "Berkas bukan YAML yang sah: {detail}",
  "publiccode.error.yaml.BAD_INDENT":
    "Berkas bukan YAML yang sah: indentasi baris ini tidak cocok dengan struktur di atasnya ({detail}).",
  "publiccode.error.yaml.TAB_AS_INDENT":
    "Berkas bukan YAML yang sah: indentasi memakai tab; YAML hanya menerima spasi ({detail}).",
  "publiccode.error.yaml.MISSING_CHAR":
    "Berkas bukan YAML yang sah: ada tanda yang belum ditutup, misalnya ], } atau tanda kutip ({detail}).",
  "publiccode.error.yaml.UNEXPECTED_TOKEN":
    "Berkas bukan YAML yang sah: ada tanda yang tidak diharapkan di tempat ini ({detail}).",
  "publiccode.error.yaml.DUPLICATE_KEY":
    "Berkas bukan YAML yang sah: kunci ini muncul dua kali dalam satu bagian ({detail}).",
  "publiccode.error.yaml.BLOCK_AS_IMPLICIT_KEY":
    "Berkas bukan YAML yang sah: sebuah nilai bertingkat dipakai sebagai kunci; periksa titik dua dan indentasi ({detail}).",
  "publiccode.error.yaml.MULTILINE_IMPLICIT_KEY":
    "Berkas bukan YAML yang sah: kunci tidak boleh lebih dari satu baris; mungkin titik duanya hilang ({detail}).",
  "publiccode.error.yaml.BAD_SCALAR_START":
    "Berkas bukan YAML yang sah: nilai tidak boleh diawali tanda ini; apit dengan tanda kutip ({detail}).",
  "publiccode.error.yaml.BAD_DQ_ESCAPE":
    "Berkas bukan YAML yang sah: urutan escape dalam teks bertanda kutip ganda tidak sah ({detail}).",
  "publiccode.error.yaml.MULTIPLE_DOCS":
    "Berkas bukan YAML yang sah: berkas memuat lebih dari satu dokumen (---) ({detail}).",
  "publiccode.error.yaml.BAD_ALIAS":
    "Berkas bukan YAML yang sah: alias (*nama) menunjuk ke anchor yang tidak ada ({detail}).",
  "publiccode.error.yaml.BLOCK_IN_FLOW":
    "Berkas bukan YAML yang sah: nilai bertingkat di dalam [ ] atau { } ({detail}).",
  "publiccode.error.yaml.KEY_OVER_1024_CHARS":
    "Berkas bukan YAML yang sah: kunci lebih dari 1.024 karakter ({detail}).",
  "publiccode.error.notAMap": "Berkas publiccode.yml harus berupa pemetaan kunci ke nilai.",
  "publiccode.error.required": "\u201c{field}\u201d wajib diisi.",
  "publiccode.error.requiredWhen":
    "\u201c{field}\u201d wajib diisi jika {when} bernilai \u201c{value}\u201d.",
  "publiccode.error.notAllowedUnless":
    "\u201c{field}\u201d hanya boleh ada jika {when} bernilai \u201c{value}\u201d.",
  "publiccode.error.wrongType": "\u201c{field}\u201d harus berupa {expected}.",
  "publiccode.error.emptyList": "Daftar \u201c{field}\u201d harus berisi minimal satu butir.",
  "publiccode.error.noLanguage": "\u201cdescription\u201d harus memuat minimal satu bahasa.",
  "publiccode.error.unknownKey": "Kunci \u201c{field}\u201d tidak dikenal.",
  "publiccode.error.replacedKey":
    "\u201c{field}\u201d tidak lagi ada dalam standar; gunakan \u201c{replacement}\u201d.",
  "publiccode.error.duplicateKey": "\u201c{other}\u201d sudah ada; hapus \u201c{field}\u201d.",
  "publiccode.error.unsupportedVersion":
    "Versi \u201c{value}\u201d tidak didukung; gunakan salah satu dari {supported}.",
  "publiccode.error.enum":
    "\u201c{field}\u201d harus salah satu dari {allowed}; \u201c{value}\u201d tidak termasuk.",
  "publiccode.error.category": "\u201c{value}\u201d bukan kategori dalam daftar standar.",
  "publiccode.error.scope": "\u201c{value}\u201d bukan cakupan dalam daftar standar.",
  "publiccode.error.country": "\u201c{value}\u201d bukan kode negara ISO 3166-1 alpha-2.",
  "publiccode.error.bcp47": "\u201c{value}\u201d bukan tag bahasa BCP 47 yang sah.",
  "publiccode.error.license": "\u201c{value}\u201d bukan ekspresi lisensi SPDX yang sah.",
  "publiccode.error.date": "\u201c{field}\u201d harus tanggal yang benar dengan format YYYY-MM-DD.",
  "publiccode.error.url":
    "\u201c{field}\u201d harus berupa URL http:// atau https:// repositori kode; \u201c{value}\u201d bukan.",
  "publiccode.error.httpUrl":
    "\u201c{field}\u201d harus berupa URL http:// atau https:// tanpa nama pengguna atau kata sandi.",
  "publiccode.error.pathOrUrl":
    "\u201c{field}\u201d harus berupa path relatif terhadap repositori atau URL http(s).",
  "publiccode.error.logoExtension": "\u201c{field}\u201d harus berkas SVG, SVGZ, atau PNG.",
  "publiccode.error.email": "\u201c{field}\u201d harus berupa alamat surel.",
  "publiccode.error.mimeType": "\u201c{value}\u201d bukan tipe MIME.",
  "publiccode.error.uri": "\u201c{field}\u201d harus berupa URI.",
  "publiccode.error.tooLong":
    "\u201c{field}\u201d paling banyak {max} karakter; saat ini {actual}.",
  "publiccode.error.tooShort": "\u201c{field}\u201d minimal {min} karakter; saat ini {actual}.",
  "publiccode.error.tooLarge": "Berkas lebih besar dari {max}.",
  "publiccode.error.tooManyLines": "Berkas memuat lebih dari {max} baris.",
  "publiccode.error.tooManyTokens":
    "Berkas terlalu rumit untuk diperiksa: lebih dari {max} elemen YAML.",
  "publiccode.error.tooDeep":
    "Pemetaan dan daftar dalam berkas bersarang lebih dari {max} tingkat.",
  "publiccode.error.tooManyNodes":
    "Berkas terlalu rumit untuk diperiksa: lebih dari {max} nilai, setiap alias (*nama) dihitung lagi di tempat ia dipakai.",
  "publiccode.error.tooManyKeys":
    "Berkas memuat lebih dari {max} kunci, setiap alias (*nama) dihitung lagi di tempat ia dipakai.",
  "publiccode.error.moreProblems": "Dan {count} masalah lain yang tidak ditampilkan.",
  "publiccode.warning.yaml": "Peringatan YAML: {detail}",
  "publiccode.warning.oldVersion":
    "Versi {value} bukan versi standar terbaru; pertimbangkan \u201c{recommended}\u201d.",
  "publiccode.warning.keyNewerThanVersion":
    "\u201c{field}\u201d baru ada sejak versi {since}; nyatakan versi tersebut atau yang lebih baru.",
  "publiccode.warning.deprecatedKey": "\u201c{field}\u201d sudah usang.",
  "publiccode.warning.lowercaseCountry":
    "Kode negara huruf kecil sudah usang; tulis \u201c{replacement}\u201d.",
  "publiccode.notChecked.repository":
    "Apakah repositori {url} dapat dijangkau dan benar repositori kode tidak diperiksa (perlu jaringan).",
  "publiccode.notChecked.reachable": "Apakah {field} {value} dapat dijangkau tidak diperiksa.",
  "publiccode.notChecked.image":
    "Apakah {field} \u201c{value}\u201d ada di repositori dan berupa gambar yang sah tidak diperiksa.",
  "publiccode.notChecked.screenshots":
    "Apakah tangkapan layar {field} ada di repositori dan berupa gambar tidak diperiksa.",
  "publiccode.notChecked.videos":
    "Apakah video {field} dapat dijangkau dan mendukung oEmbed tidak diperiksa.",
  "publiccode.notChecked.file":
    "Apakah {field} \u201c{value}\u201d ada di repositori tidak diperiksa.",
  "publiccode.notChecked.ipa":
    "Apakah {field} \u201c{value}\u201d adalah kode iPA yang terdaftar tidak diperiksa.",
  "publiccode.api.bodyTooLarge": "Isi permintaan lebih besar dari 256 KB.",
  "publiccode.api.fileTooLarge": "Berkas lebih besar dari 256 KB.",
  "publiccode.api.noFile": "Kirim berkas dalam kolom formulir bernama \u201cfile\u201d.",
  "publiccode.api.unsupportedType":
    "Kirim application/yaml, text/plain, atau unggahan formulir multipart.",
  "publiccode.api.tooManyRequests": "Terlalu banyak permintaan. Coba lagi nanti.",
} as const;
