// Demo attachments: real PDF files made at seed time (pdfkit, scripts/lib/demo-documents.ts) for
// some demo practices, each marked as a demo document in its name and on every page. Uses the
// app's file store and attachment records, so DATABASE_URL must point at the database already.
// Idempotent: a practice that holds a file of that name already is left alone. The practices the
// integration tests attach files to (pengaduan-terpadu-sumedang, tte-naskah-dinas-sumedang) get none.
import { buildPdf, type DemoPdfPage } from "../demo-documents";

/** Which demo practices get which documents (a few, not all: the others show "no attachment"). */
export const DEMO_ATTACHMENTS: ReadonlyArray<{ slug: string; kinds: ReadonlyArray<DocumentKind> }> =
  [
    { slug: "dasbor-stunting-ternate", kinds: ["sop", "report"] },
    { slug: "manajemen-pengetahuan-spbe-sumedang", kinds: ["sop"] },
    { slug: "satu-data-desa-sumedang", kinds: ["report"] },
    { slug: "command-center-kota-bandung", kinds: ["report"] },
    { slug: "jdih-kabupaten-badung", kinds: ["sop"] },
    { slug: "e-office-naskah-dinas-kota-surakarta", kinds: ["sop"] },
    { slug: "mpp-digital-balikpapan", kinds: ["report"] },
    { slug: "csirt-kabupaten-banyumas", kinds: ["sop", "report"] },
  ];

type DocumentKind = "sop" | "report";

const KIND_TITLES: Record<DocumentKind, string> = {
  sop: "Standar Operasional Prosedur",
  report: "Laporan Hasil Penerapan",
};

export function demoAttachmentName(slug: string, kind: DocumentKind): string {
  return `demo-${kind === "sop" ? "sop" : "laporan"}-${slug}.pdf`;
}

/** pdfkit's standard fonts cover Latin-1 only: typographic quotes and dashes become plain ones. */
function latin1(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[^\x20-\x7e\xa0-\xff]/g, "");
}

/** Markdown to plain lines: headings, emphasis and link syntax go, paragraphs stay. */
function plainLines(markdown: string, max: number): string[] {
  return markdown
    .split(/\n{2,}/)
    .map((block) =>
      block
        .replace(/^#+\s*/gm, "")
        .replace(/\*\*|__|`/g, "")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/^\s*[-*]\s+/gm, "- ")
        .trim(),
    )
    .filter(Boolean)
    .slice(0, max)
    .map(latin1);
}

export function demoDocumentPages(
  practice: { title: string; summary: string; regionName: string; body: string },
  kind: DocumentKind,
): DemoPdfPage[] {
  const label = "DOKUMEN CONTOH (DEMO) - bukan dokumen resmi pemerintah daerah";
  return [
    {
      lines: [
        label,
        "",
        `${KIND_TITLES[kind]}`,
        latin1(practice.title),
        latin1(practice.regionName),
        "",
        latin1(practice.summary),
      ],
    },
    { lines: [label, "", ...plainLines(practice.body, 6)] },
  ];
}

export async function attachDemoDocuments(): Promise<{ added: number }> {
  const { db } = await import("../../../app/db.server");
  const { attachSeedDocument } =
    await import("../../../app/modules/practices/practice-attachments.server");
  const practices = await db().practice.findMany({
    where: { slug: { in: DEMO_ATTACHMENTS.map((d) => d.slug) }, isDemo: true },
    select: {
      slug: true,
      title: true,
      summary: true,
      solution: true,
      replication: true,
      region: { select: { name: true } },
    },
  });
  let added = 0;
  for (const { slug, kinds } of DEMO_ATTACHMENTS) {
    const practice = practices.find((p) => p.slug === slug);
    if (!practice) continue;
    for (const kind of kinds) {
      const bytes = await buildPdf(
        demoDocumentPages(
          {
            title: practice.title,
            summary: practice.summary,
            regionName: practice.region.name,
            body: kind === "sop" ? practice.replication : practice.solution,
          },
          kind,
        ),
      );
      const outcome = await attachSeedDocument({
        slug,
        name: demoAttachmentName(slug, kind),
        bytes,
      });
      if (outcome === "added") added += 1;
    }
  }
  return { added };
}
