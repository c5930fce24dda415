// Bahasa Indonesia: personal access tokens (/account/tokens) and the API's refusals.
export const tokenMessagesId = {
  "tokens.title": "Token akses pribadi",
  "tokens.intro":
    "Token membuat skrip atau CI dapat mengirim bukti dukung dan publiccode.yml atas nama Anda, hanya untuk satu daerah dan tindakan yang Anda pilih. Kirim dengan header Authorization: Bearer <token>.",
  "tokens.link": "Token akses pribadi",
  "tokens.noRegions":
    "Token hanya dapat dibuat oleh anggota daerah. Akun Anda belum terdaftar di daerah mana pun.",
  "tokens.new.title": "Buat token baru",
  "tokens.new.submit": "Buat token",
  "tokens.field.name": "Nama token",
  "tokens.field.nameHint": 'Untuk mengenali token nanti, misalnya "CI unggah bukti dukung".',
  "tokens.field.region": "Daerah",
  "tokens.field.scopes": "Tindakan yang diizinkan",
  "tokens.field.expiresOn": "Berlaku sampai",
  "tokens.field.expiresOnHint":
    "Paling lama satu tahun dari hari ini (bawaan: 90 hari). Token berhenti berlaku pada akhir hari itu (UTC).",
  "tokens.scope.evidence:write": "mengunggah bukti dukung SPBE",
  "tokens.scope.software:write": "mengirim publiccode.yml ke katalog kode",
  "tokens.created.title": 'Token "{name}" telah dibuat',
  "tokens.created.once":
    "Salin token ini sekarang. Token hanya ditampilkan sekali ini; portal menyimpan sidik (hash)-nya saja, jadi tidak dapat menampilkannya lagi.",
  "tokens.created.secret": "Token",
  "tokens.created.copy": "Salin",
  "tokens.created.copied": "Token disalin.",
  "tokens.created.usage": "Contoh pemakaian:",
  "tokens.list.title": "Token Anda",
  "tokens.list.empty": "Anda belum membuat token.",
  "tokens.list.scope": "Cakupan",
  "tokens.list.created": "Dibuat",
  "tokens.list.lastUsed": "Terakhir dipakai",
  "tokens.list.expires": "Berlaku sampai",
  "tokens.list.state": "Status",
  "tokens.list.revoke": "Cabut",
  "tokens.list.revokeNamed": "Cabut token {name}",
  "tokens.state.active": "Aktif",
  "tokens.state.expired": "Kedaluwarsa",
  "tokens.state.revoked": "Dicabut",
  "tokens.notice.revoked": "Token dicabut. Permintaan dengan token itu kini ditolak.",
  "tokens.error.nameRequired": "Beri nama token.",
  "tokens.error.nameTooLong": "Nama token paling banyak 80 karakter.",
  "tokens.error.region": "Pilih daerah tempat Anda terdaftar.",
  "tokens.error.scopes": "Pilih setidaknya satu tindakan.",
  "tokens.error.expiry": "Isi tanggal berlaku yang sah (TTTT-BB-HH).",
  "tokens.error.expiryRange":
    "Tanggal berlaku paling cepat besok dan paling lama satu tahun dari hari ini.",
  "tokens.error.tooMany":
    "Anda sudah memiliki 20 token aktif. Cabut token yang tidak dipakai lagi terlebih dahulu.",
  "tokens.error.notFound": "Token itu tidak ada atau sudah dicabut.",
  "tokens.error.intent": "Tindakan tidak dikenal.",
  "api.auth.required":
    "Masuk terlebih dahulu, atau kirim token akses pribadi (Authorization: Bearer).",
  "api.auth.forbidden": "Anda tidak berwenang melakukan tindakan ini untuk daerah tersebut.",
  "api.token.invalid": "Token akses tidak dikenal.",
  "api.token.expired": "Token akses ini sudah kedaluwarsa. Buat token baru di /account/tokens.",
  "api.token.revoked": "Token akses ini sudah dicabut.",
  "api.token.scopeMissing":
    "Token ini tidak mencakup tindakan tersebut. Buat token dengan cakupan yang sesuai.",
  "api.token.rateLimited":
    "Terlalu banyak permintaan dengan token ini. Coba lagi setelah waktu di Retry-After.",
  "api.software.created": "Entri katalog disimpan.",
  "api.software.sameRepository":
    "Repositori ini sudah ada di katalog. Periksa entri itu, lalu kirim lagi dengan confirmSameRepositoryAs berisi slug-nya.",
  "audit.action.access_token.created": "Token akses dibuat",
  "audit.action.access_token.revoked": "Token akses dicabut",
  "audit.action.access_token.used": "Token akses dipakai",
  "audit.action.access_token.refused": "Token akses ditolak",
  "audit.action.access_token.rate_limited": "Token akses dibatasi",
} as const;
