// Bahasa Indonesia: the default language and the source of every message key.
import { accountMessagesId } from "./messages.accounts.id";
import { authoringMessagesId } from "./messages.authoring.id";
import { browseMessagesId } from "./messages.browse.id";
import { httpMessagesId } from "./messages.http.id";
import { mailMessagesId } from "./messages.mail.id";
import { practiceMessagesId } from "./messages.practices.id";
import { publiccodeMessagesId } from "./messages.publiccode.id";
import { reviewMessagesId } from "./messages.review.id";
import { assessmentMessagesId } from "./messages.assessment.id";
import { evidenceMessagesId } from "./messages.evidence.id";
import { evidenceReviewMessagesId } from "./messages.evidence-review.id";
import { libraryMessagesId } from "./messages.library.id";
import { officialMessagesId } from "./messages.official.id";
import { tokenMessagesId } from "./messages.tokens.id";
import { trackerMessagesId } from "./messages.tracker.id";
import { visitsMessagesId } from "./messages.visits.id";
import { notifyMessagesId } from "./messages.notify.id";
import { trackerViewMessagesId } from "./messages.tracker-views.id";
import { replicationMessagesId } from "./messages.replications.id";
import { participationMessagesId } from "./messages.participation.id";
import { chartMessagesId } from "./messages.charts.id";
import { monitoringMessagesId } from "./messages.monitoring.id";
import { provinceMessagesId } from "./messages.province.id";
import { figureMessagesId } from "./messages.figures.id";
import { thresholdMessagesId } from "./messages.thresholds.id";
import { dashboardMessagesId } from "./messages.dashboard.id";
import { searchMessagesId } from "./messages.search.id";
import { SPBE_INDICATOR_COUNT } from "../modules/spbe/framework";
import { shellMessagesId } from "./messages.shell.id";

export const id = {
  ...httpMessagesId,
  ...mailMessagesId,
  ...accountMessagesId,
  ...practiceMessagesId,
  ...publiccodeMessagesId,
  ...searchMessagesId,
  ...shellMessagesId,
  ...authoringMessagesId,
  ...browseMessagesId,
  ...reviewMessagesId,
  ...assessmentMessagesId,
  ...evidenceMessagesId,
  ...evidenceReviewMessagesId,
  ...libraryMessagesId,
  ...officialMessagesId,
  ...tokenMessagesId,
  ...trackerMessagesId,
  ...visitsMessagesId,
  ...notifyMessagesId,
  ...trackerViewMessagesId,
  ...replicationMessagesId,
  ...participationMessagesId,
  ...chartMessagesId,
  ...monitoringMessagesId,
  ...provinceMessagesId,
  ...figureMessagesId,
  ...thresholdMessagesId,
  ...dashboardMessagesId,
  "app.name": "Living Lab Layanan Digital",
  "app.tagline": "Studi tiru SPBE antardaerah",
  "shell.skipToContent": "Langsung ke konten utama",
  "nav.label": "Navigasi utama",
  "nav.home": "Beranda",
  "nav.practices": "Praktik baik",
  "nav.software": "Katalog kode",
  "nav.evidence": "Bukti dukung SPBE",
  "nav.regions": "Daerah",
  "nav.spbe": "Indikator SPBE",
  "nav.tracker": "Pelacak tindak lanjut",
  "nav.dashboard": "Dasbor",
  "nav.search": "Cari",
  "language.switchLabel": "Pilih bahasa",
  "language.id": "Bahasa Indonesia",
  "language.en": "English",
  "breadcrumb.label": "Lokasi halaman",
  "demo.label": "contoh/demo",
  "demo.explanation": "Data contoh untuk demonstrasi, bukan data resmi.",
  "link.notHttp": "(alamat ini bukan http:// atau https://, jadi tidak ditautkan)",
  "footer.about":
    "Prakarsa Kabupaten Sumedang bersama Kementerian Dalam Negeri agar daerah berhenti sekadar studi banding dan mulai meniru yang berhasil: berbagi kode sumber, praktik baik, dan bukti dukung SPBE, lalu melacak tindak lanjutnya.",
  "footer.linksLabel": "Tautan data",
  "footer.api": "API data terbuka (JSON)",
  "footer.status": "Status layanan",
  "footer.dataSources":
    "Data wilayah: idn-area-data (ODbL). Kerangka SPBE: PermenPANRB Nomor 59 Tahun 2020.",
  "error.notFound.title": "Halaman tidak ditemukan",
  "error.notFound.body":
    "Alamat yang Anda buka tidak ada atau sudah dipindahkan. Periksa kembali alamatnya, atau mulai dari beranda.",
  "error.generic.title": "Terjadi kesalahan",
  "error.generic.body":
    "Maaf, halaman ini tidak dapat ditampilkan saat ini. Silakan coba lagi sebentar lagi.",
  "error.backHome": "Kembali ke beranda",
  "error.browseRegions": "Jelajahi daerah",
  "common.error.badPage": "Nomor halaman harus berupa bilangan bulat 1 sampai 1000.",
  "common.error.badLimit": "Jumlah per halaman harus berupa bilangan bulat 1 sampai 600.",
  "pagination.label": "Halaman hasil",
  "pagination.previous": "← Sebelumnya",
  "pagination.next": "Berikutnya →",
  "pagination.status": "Halaman {page} dari {pageCount}",
  "home.metaTitle": "Living Lab Layanan Digital · Studi tiru SPBE antardaerah",
  "home.eyebrow": "Indonesian Digital Service Living Lab",
  "home.title": "Dari studi banding menjadi studi tiru",
  "home.lead":
    "Ruang kolaborasi bagi pemerintah daerah untuk berbagi kode sumber, praktik baik, dan bukti dukung SPBE, menemukan yang berhasil di daerah lain, dan melacak tindak lanjutnya.",
  "home.ctaRegions": "Jelajahi daerah",
  "home.ctaSpbe": `Lihat ${SPBE_INDICATOR_COUNT} indikator SPBE`,
  "home.figuresTitle": "Isi portal saat ini",
  "home.statProvinces": "provinsi",
  "home.statRegions": "kabupaten/kota",
  "home.statIndicators": "indikator SPBE",
  "home.statPilot": "daerah peserta kohort percontohan",
  "home.howTitle": "Cara kerja studi tiru",
  "home.step1Title": "Temukan",
  "home.step1Body":
    "Cari praktik baik, aplikasi, dan bukti dukung dari daerah lain menurut indikator SPBE yang ingin Anda tingkatkan.",
  "home.step2Title": "Tiru",
  "home.step2Body":
    "Gunakan kode sumber dan panduan replikasi yang dibagikan daerah pemilik, lengkap dengan kontak narahubungnya.",
  "home.step3Title": "Tindak lanjuti",
  "home.step3Body":
    "Catat komitmen daerah Anda, laporkan kemajuannya, dan biarkan rekan sejawat melihat hasilnya.",
  "home.originTitle": "Asal-usul Living Lab",
  "home.originBody":
    "Living Lab diprakarsai Kabupaten Sumedang bersama Kementerian Dalam Negeri (Ditjen Administrasi Kewilayahan), KemenPAN-RB, dan Wantiknas pada rapat koordinasi 1 November 2022 di Jakarta. Kohort percontohannya terdiri atas 62 kabupaten/kota: 52 daerah yang pernah studi banding ke Sumedang dan 10 daerah dengan indeks SPBE terbaik.",
  "regions.metaTitle": "Daerah · Living Lab",
  "regions.title": "Daerah",
  "regions.lead": "Seluruh 514 kabupaten/kota di 38 provinsi, dengan kode wilayah Kemendagri.",
  "regions.filterLabel": "Saring daerah",
  "regions.searchLabel": "Nama atau kode daerah",
  "regions.searchPlaceholder": "mis. Sumedang atau 32.11",
  "regions.provinceLabel": "Provinsi",
  "regions.allProvinces": "Semua provinsi",
  "regions.cohortLabel": "Kohort",
  "regions.allRegions": "Semua daerah",
  "regions.apply": "Terapkan",
  "regions.resultCount": "{count} daerah ditemukan",
  "regions.empty": "Tidak ada daerah yang cocok dengan pencarian ini.",
  "regions.clearFilters": "Hapus semua saringan",
  "regions.kind.kabupaten": "Kabupaten",
  "regions.kind.kota": "Kota",
  "regions.demoCohortNote":
    "Anggota kohort percontohan ini adalah contoh untuk demo; daftar resminya belum dipublikasikan.",
  "regions.attribution":
    "Data wilayah dari paket idn-area-data (fityannugroho), dilisensikan dengan Open Database License (ODbL) 1.0.",
  "regions.error.queryTooLong": "Kata pencarian terlalu panjang (paling banyak 100 karakter).",
  "regions.error.badProvince": "Kode provinsi harus dua angka, misalnya 32.",
  "regions.error.badCohort": "Kohort tidak dikenal.",
  "region.kind": "Jenis",
  "region.province": "Provinsi",
  "region.code": "Kode wilayah",
  "region.cohortsTitle": "Kohort",
  "region.cohortsEmpty": "Daerah ini belum tergabung dalam kohort mana pun.",
  "region.cohortHost": "tuan rumah",
  "region.cohortMember": "anggota (studi banding)",
  "region.cohortTopIndex": "anggota (indeks SPBE terbaik)",
  "region.indexTitle": "Riwayat indeks SPBE",
  "region.practicesTitle": "Praktik baik",
  "region.practicesEmpty": "Belum ada praktik baik yang diterbitkan daerah ini.",
  "region.softwareTitle": "Kode yang dibagikan dan digunakan",
  "region.softwareEmpty": "Belum ada aplikasi yang dibagikan atau digunakan daerah ini.",
  "spbe.metaTitle": "Indikator SPBE · Living Lab",
  "spbe.title": "Kerangka evaluasi SPBE",
  "spbe.summary":
    "{domains} domain dan {indicators} indikator; bobot seluruh indikator berjumlah {total} %. Indeks SPBE adalah jumlah tertimbang tingkat kematangan tiap indikator, pada skala 0 sampai 5.",
  "spbe.levelsTitle": "Tingkat kematangan",
  "spbe.predicatesTitle": "Predikat indeks",
  "spbe.predicate": "Predikat",
  "spbe.indexRange": "Rentang indeks",
  "spbe.domain": "Domain {number}",
  "spbe.aspect": "Aspek {number}",
  "spbe.aspectLabel": "Aspek",
  "spbe.number": "No.",
  "spbe.indicator": "Indikator",
  "spbe.weight": "Bobot",
  "spbe.indicatorNumber": "Indikator {number}",
  "spbe.levelsForIndicator": "Kriteria tiap tingkat kematangan",
  "spbe.levelHeading": "Tingkat {level}: {name}",
  "spbe.evidenceExpected": "Bukti dukung yang diharapkan",
  "spbe.crosswalkTitle": "Padanan pada kerangka lain",
  "spbe.indicatorPager": "Indikator sebelum dan sesudahnya",
} as const;

export type MessageKey = keyof typeof id;
