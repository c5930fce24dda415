// Synthetic Indonesian documents for the search benchmark: practices, code entries and evidence
// about regional digital services, built from a fixed vocabulary with a seeded random generator
// (the same N gives the same corpus). Word frequencies are skewed like real text: a few words
// ("layanan", "daerah") are everywhere, most are rare.
import {
  MEMBERS_AUDIENCE,
  PUBLIC_AUDIENCE,
  type SearchAudience,
  type SearchDocumentInput,
  type SearchType,
} from "../../../app/modules/search/search.types";

function evidenceAudience(draw: number, regionCode: string): SearchAudience {
  if (draw < 0.5) return regionCode;
  return draw < 0.75 ? MEMBERS_AUDIENCE : PUBLIC_AUDIENCE;
}

const SUBJECTS = [
  "layanan pengaduan",
  "tanda tangan elektronik",
  "naskah dinas",
  "arsitektur SPBE",
  "peta rencana",
  "satu data",
  "perizinan berusaha",
  "administrasi kependudukan",
  "kepegawaian",
  "keuangan daerah",
  "pengadaan barang dan jasa",
  "kearsipan",
  "pajak daerah",
  "bantuan sosial",
  "stunting",
  "puskesmas",
  "sekolah",
  "pasar rakyat",
  "angkutan umum",
  "bank sampah",
  "jaringan intra",
  "pusat data",
  "keamanan informasi",
  "manajemen risiko",
  "audit TIK",
  "command center",
  "dasbor pimpinan",
  "aplikasi umum",
  "integrasi layanan",
  "sistem penghubung layanan",
  "manajemen aset TIK",
  "survei kepuasan",
  "e-office",
  "e-kinerja",
  "JDIH",
  "PPID",
  "rekam medis",
  "pendaftaran sekolah",
  "izin mendirikan bangunan",
  "retribusi parkir",
];
const VERBS = [
  "menerapkan",
  "membangun",
  "mengintegrasikan",
  "mempercepat",
  "menyederhanakan",
  "memantau",
  "mendigitalkan",
  "menyatukan",
  "melatih",
  "mengukur",
  "menata",
  "mengamankan",
  "mendata",
  "melayani",
  "memperluas",
  "mereplikasi",
];
const OBJECTS = [
  "perangkat daerah",
  "warga",
  "desa",
  "kelurahan",
  "kecamatan",
  "operator",
  "Diskominfo",
  "Sekda",
  "Bappeda",
  "BKPSDM",
  "Dukcapil",
  "DPMPTSP",
  "Inspektorat",
  "rumah sakit daerah",
  "UMKM",
  "pelaku usaha",
  "sekolah dasar",
  "tenaga kesehatan",
  "OPD",
  "kepala daerah",
];
// Common words first (most frequent), then word forms built from roots with Indonesian affixes
// (pe-…-an, me-, di-, ke-…-an, ber-, …-an): about a thousand forms, so that a specific word
// is in a few percent of documents, as in real text.
const COMMON = [
  "layanan",
  "daerah",
  "pemerintah",
  "data",
  "digital",
  "sistem",
  "aplikasi",
  "publik",
];
const ROOTS = (
  "adu izin kerja kelola bangun tata atur catat laku rencana guna sedia ajar didik rawat sehat " +
  "bayar pungut kirim terima tanda tangan arsip simpan cari temu ukur nilai kaji awas periksa " +
  "lapor jawab tanya minta beri bantu dukung latih bina damping ikut serta sebar umum tetap " +
  "putus setuju tolak ubah ganti tambah kurang hitung bagi jual beli pasar dagang usaha modal " +
  "untung rugi biaya harga jasa barang alat mesin jalan jembatan air listrik sampah limbah hutan " +
  "tani ternak ikan laut pantai gunung desa kota warga anak ibu keluarga rumah sekolah guru " +
  "murid obat sakit dokter bidan gizi pangan tanam panen hujan banjir bencana aman jaga kawal " +
  "lindung rahasia sandi kunci buka tutup masuk keluar antre tunggu cepat lambat mudah sulit " +
  "jelas terang tanggung hak wajib aturan hukum adil sama beda pilih pindah datang pergi " +
  "pimpin kuasa wakil utus tugas fungsi peran tujuan sasaran capai hasil dampak manfaat guna " +
  "olah susun tulis baca hapus salin cetak pindai unggah unduh sambung hubung jaring kait"
).split(" ");
/** The subjects' words: in real text they cluster in documents about that subject. */
const SUBJECT_WORDS = SUBJECTS.join(" ")
  .toLowerCase()
  .split(/[^a-z]+/)
  .filter((word) => word.length > 2);

/** A root that any subject word is built on (pengaduan ← adu) stays out of the filler. */
function topical(root: string): boolean {
  return SUBJECT_WORDS.some((word) => word.includes(root));
}

function wordForms(): string[] {
  const forms = new Set<string>();
  for (const root of ROOTS.filter((root) => !topical(root))) {
    for (const form of [
      root,
      `pe${root}an`,
      `me${root}`,
      `di${root}`,
      `ke${root}an`,
      `ber${root}`,
      `${root}an`,
    ]) {
      if (!COMMON.includes(form)) forms.add(form);
    }
  }
  return [...forms];
}
const REGIONS = [
  ["32.11", "Kabupaten Sumedang", "32", "Jawa Barat"],
  ["32.73", "Kota Bandung", "32", "Jawa Barat"],
  ["34.01", "Kabupaten Kulon Progo", "34", "Daerah Istimewa Yogyakarta"],
  ["33.74", "Kota Semarang", "33", "Jawa Tengah"],
  ["35.15", "Kabupaten Sidoarjo", "35", "Jawa Timur"],
  ["51.71", "Kota Denpasar", "51", "Bali"],
  ["73.71", "Kota Makassar", "73", "Sulawesi Selatan"],
  ["64.71", "Kota Balikpapan", "64", "Kalimantan Timur"],
  ["21.71", "Kota Batam", "21", "Kepulauan Riau"],
  ["53.71", "Kota Kupang", "53", "Nusa Tenggara Timur"],
  ["13.71", "Kota Padang", "13", "Sumatera Barat"],
  ["82.71", "Kota Ternate", "82", "Maluku Utara"],
] as const;
const TYPES: SearchType[] = ["practice", "practice", "practice", "software", "evidence"];
const DIMENSIONS = ["governance", "branding", "economy", "living", "society", "environment"];

/** Mulberry32: small, fast, seeded. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticDocuments(count: number, seed = 20261125): SearchDocumentInput[] {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  // Zipf-like: low indexes far more often.
  // Zipf (s = 1) over the word forms, shuffled once so frequency does not follow the root order.
  const forms = wordForms().sort(() => random() - 0.5);
  const zipf = () => forms[Math.floor(Math.exp(random() * Math.log(forms.length + 1))) - 1]!;
  const word = () => {
    const roll = random();
    if (roll < 0.12) return pick(COMMON);
    if (roll < 0.2) return pick(OBJECTS);
    return zipf();
  };
  const sentence = (words: number) => Array.from({ length: words }, word).join(" ");
  const documents: SearchDocumentInput[] = [];
  for (let n = 0; n < count; n += 1) {
    const subject = pick(SUBJECTS);
    const type = pick(TYPES);
    const [regionCode, regionName, provinceCode, provinceName] = pick(REGIONS);
    const title = `${pick(VERBS)} ${subject} untuk ${pick(OBJECTS)} ${regionName.split(" ").slice(1).join(" ")}`;
    const summary = `${sentence(10)} ${subject} ${sentence(8)}.`;
    const body = Array.from(
      { length: 6 },
      () => `${sentence(14)} ${random() < 0.05 ? pick(SUBJECTS) : ""} ${sentence(6)}.`,
    ).join(" ");
    const id = `bench-${n}`;
    documents.push({
      key: `${type}:${id}`,
      type,
      recordId: id,
      slug: id,
      title: title[0]!.toUpperCase() + title.slice(1),
      summary,
      body,
      url: `/${type}/${id}`,
      regionCode,
      regionName,
      provinceCode,
      provinceName,
      indicators: [1 + Math.floor(random() * 47)],
      dimensions: [pick(DIMENSIONS)],
      year: 2019 + Math.floor(random() * 7),
      // Evidence: half private to its region, a quarter for members, a quarter public.
      audience: type === "evidence" ? evidenceAudience(random(), regionCode) : PUBLIC_AUDIENCE,
      isDemo: true,
    });
  }
  return documents;
}

/** The fixed query mix: what people type, from specific to broad, a typo and the syntax. */
export const QUERY_MIX = [
  "layanan pengaduan",
  "pelayanan pengaduan",
  "tanda tangan elektronik",
  "TTE",
  "tandatangan elektronik",
  "arsitektur spbe",
  "peta rencana spbe",
  "satu data",
  "perizinan berusaha",
  "administrasi kependudukan",
  "adminduk",
  "pengadaan barang dan jasa",
  "bank sampah",
  "keamanan informasi",
  "command center",
  "e-office naskah dinas",
  '"naskah dinas" -desa',
  "stunting puskesmas",
  "arsitektr",
  "retribusi parkir",
];
