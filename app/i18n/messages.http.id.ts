// Bahasa Indonesia: what the HTTP server answers when it refuses a request before any page runs
// (scripts/lib/request-guards.ts), and the form-reading errors every route shares.
export const httpMessagesId = {
  "error.badRequest.title": "Permintaan tidak dapat diproses",
  "error.badRequest.body":
    "Permintaan ini tidak dapat diproses. Periksa isian atau alamatnya, lalu coba lagi.",
  "http.error.methodNotAllowed": "Metode permintaan ini tidak dilayani oleh portal.",
  "http.error.badUrl": "Alamat ini tidak dapat dibaca: penyandian persennya (%) rusak.",
  "http.error.controlCharacter":
    "Alamat atau isian ini memuat karakter kendali (misalnya NUL) yang tidak diizinkan. Hapus karakter itu lalu coba lagi.",
  "http.error.unknownHost":
    "Portal ini tidak melayani nama host tersebut. Buka portal melalui alamat resminya.",
  "http.error.bodyTooLarge":
    "Data yang dikirim terlalu besar: paling banyak {size} untuk halaman ini. Tidak ada yang disimpan.",
  "http.error.malformedForm":
    "Isian formulir tidak dapat dibaca (format kiriman rusak atau tidak lengkap). Tidak ada yang disimpan; muat ulang halaman lalu coba lagi.",
} as const;
