// Demo evidence records (labelled demo: isDemo, "(DEMO)" in titles and on every page of their
// files) for the regions with demo self-assessments, over 2025 and 2026 (and 2024 for a few):
// real PDF and DOCX files made now (scripts/lib/demo-documents.ts), stored through the file store
// and read by the extractor at seed time, so their states and findings show. Some are accepted or
// sent back by the demo coordinator, the visibilities are mixed, some expire, and one private
// record of Sumedang holds a demo NIK that the personal data check flags. Once per database (a
// marker); uses the app's modules, so DATABASE_URL must point at the database already.
import type { ExtractionOutcome } from "../../../app/modules/evidence/evidence-extraction.server";
import type { StoredFile } from "../../../app/storage/file-store.server";
import { buildDocx, buildPdf } from "../demo-documents";
import { demoLevels } from "./demo-assessments";

const MARKER = "demo_evidence_seeded_v1";
/** Regions with demo evidence (of the demo cohort's 63): enough to browse, quick to seed. */
const DEMO_EVIDENCE_REGIONS = 20;
const FRAMEWORK = "permenpanrb-59-2020";
/** A demo NIK: Sumedang (32.11), kecamatan 01, born 12-01-1990, sequence 0001; obviously demo. */
export const DEMO_NIK = "3211011201900001";
const LABEL = "DOKUMEN CONTOH (DEMO) - bukan dokumen resmi pemerintah daerah";

type StoredDemoFile = StoredFile;
type DemoOutcome = ExtractionOutcome;
type Visibility = "PRIVATE" | "MEMBERS" | "PUBLIC";
type State = "UNREVIEWED" | "ACCEPTED" | "NEEDS_REVISION";

interface Plan {
  title: string;
  description: string;
  indicators: number[];
  kind: "pdf" | "docx";
  lines: string[];
  name: string;
  expiresOn: string | null;
}

function plans(region: string, year: number): Plan[] {
  return [
    {
      title: `SK Tim Koordinasi SPBE ${region} ${year} (DEMO)`,
      description: "Contoh data demo: keputusan kepala daerah tentang tim koordinasi SPBE.",
      indicators: [1, 2, 3],
      kind: "pdf",
      name: "demo-sk-tim-spbe.pdf",
      lines: [
        LABEL,
        "",
        "Keputusan Kepala Daerah tentang Tim Koordinasi SPBE",
        region,
        "Tim koordinasi menetapkan kebijakan internal arsitektur, peta rencana dan manajemen data.",
      ],
      expiresOn: `${year}-12-31`,
    },
    {
      title: `Laporan layanan publik berbasis elektronik ${year} (DEMO)`,
      description: "Contoh data demo: laporan penerapan layanan pengaduan dan layanan publik.",
      indicators: [42, 43],
      kind: "docx",
      name: "demo-laporan-layanan.docx",
      lines: [
        LABEL,
        `Laporan layanan publik berbasis elektronik ${region}`,
        "Layanan pengaduan publik terintegrasi dengan SP4N-LAPOR dan dipantau setiap bulan.",
      ],
      expiresOn: null,
    },
  ];
}

const REVISION_COMMENT =
  "Contoh data demo: lampirkan halaman pengesahan yang ditandatangani dan perbarui tanggal dokumen.";

export async function seedDemoEvidenceOnce(): Promise<{ records: number; files: number }> {
  const { db } = await import("../../../app/db.server");
  const { fileStore } = await import("../../../app/storage/file-store.server");
  const { recordStoredFile } = await import("../../../app/storage/stored-files.server");
  const { DOCUMENT_TYPES } = await import("../../../app/storage/file-types");
  const { extractStoredFile, outcomeData } =
    await import("../../../app/modules/evidence/evidence-extraction.server");
  const marked = await db().systemSetting.findUnique({ where: { key: MARKER } });
  if (marked) return { records: 0, files: 0 };

  const assessments = await db().selfAssessment.findMany({
    where: { isDemo: true, frameworkId: FRAMEWORK, year: { in: [2024, 2025, 2026] } },
    orderBy: [{ regionCode: "asc" }, { year: "asc" }],
    select: { regionCode: true, year: true, region: { select: { name: true } } },
  });
  const regionCodes = [...new Set(assessments.map((a) => a.regionCode))];
  const indicatorIds = new Map(
    (
      await db().frameworkIndicator.findMany({
        where: { frameworkId: FRAMEWORK },
        select: { id: true, number: true },
      })
    ).map((i) => [i.number, i.id]),
  );
  const people = await db().user.findMany({
    where: { isDemo: true },
    select: { id: true, isCoordinator: true, memberships: { select: { regionCode: true } } },
  });
  const coordinator = people.find((p) => p.isCoordinator)?.id ?? null;
  const writerOf = (code: string) =>
    people.find((p) => p.memberships.some((m) => m.regionCode === code))?.id ?? null;

  let records = 0;
  let files = 0;
  const stored = new Map<string, Promise<{ file: StoredDemoFile; outcome: DemoOutcome }>>();
  /** A document stored and read once per content: a region's years share it. */
  const store = (plan: Plan, nik = false) => {
    const lines = nik
      ? [...plan.lines, "", `Daftar hadir: Peserta Demo, NIK ${DEMO_NIK} (data rekaan)`]
      : plan.lines;
    const key = `${plan.kind}\n${plan.name}\n${lines.join("\n")}`;
    let entry = stored.get(key);
    if (!entry) {
      entry = (async () => {
        const bytes = plan.kind === "pdf" ? await buildPdf([{ lines }]) : buildDocx(lines);
        const file = await fileStore().put({
          data: bytes,
          originalName: plan.name,
          allowedTypes: DOCUMENT_TYPES,
        });
        files += 1;
        return { file, outcome: await extractStoredFile(file.sha256, file.mimeType) };
      })();
      stored.set(key, entry);
    }
    return entry;
  };

  // The demo accounts' two regions and the next ones by code, up to DEMO_EVIDENCE_REGIONS.
  const chosen = [
    ...new Set([
      ...regionCodes.filter((code) =>
        people.some((p) => p.memberships.some((m) => m.regionCode === code)),
      ),
      ...regionCodes,
    ]),
  ].slice(0, DEMO_EVIDENCE_REGIONS);
  // Start every document at once: the extraction pool reads two at a time meanwhile.
  for (const assessment of assessments)
    if (chosen.includes(assessment.regionCode))
      for (const plan of plans(assessment.region.name, assessment.year)) void store(plan);
  let n = 0;
  for (const assessment of assessments) {
    const regionIndex = chosen.indexOf(assessment.regionCode);
    if (regionIndex < 0) continue;
    // 2024 for the first three regions only; 2025 and 2026 for all.
    if (assessment.year === 2024 && regionIndex >= 3) continue;
    const claimed = demoLevels(assessment.regionCode, assessment.year, [...indicatorIds.keys()]);
    const writer = writerOf(assessment.regionCode);
    for (const plan of plans(assessment.region.name, assessment.year)) {
      n += 1;
      const visibility: Visibility = (["PRIVATE", "MEMBERS", "PUBLIC"] as const)[n % 3]!;
      const state: State = (["ACCEPTED", "UNREVIEWED", "NEEDS_REVISION", "UNREVIEWED"] as const)[
        n % 4
      ]!;
      // Mostly at the claimed level of the first indicator, sometimes one below (not backing it).
      const first = claimed.get(plan.indicators[0]!) ?? 1;
      const level = Math.max(1, n % 5 === 0 ? first - 1 : first);
      const { file, outcome } = await store(plan);
      const { findings, ...columns } = outcomeData(outcome);
      const reviewedAt = new Date(`${assessment.year}-05-20T03:00:00Z`);
      await db().$transaction(async (tx) => {
        await recordStoredFile(tx, file);
        await tx.evidenceRecord.create({
          data: {
            regionCode: assessment.regionCode,
            frameworkId: FRAMEWORK,
            year: assessment.year,
            title: plan.title,
            description: plan.description,
            level,
            effectiveDate: new Date(`${assessment.year}-02-01T00:00:00Z`),
            expiresOn: plan.expiresOn ? new Date(`${plan.expiresOn}T00:00:00Z`) : null,
            visibility,
            reviewState: state,
            reviewedAt: state === "UNREVIEWED" ? null : reviewedAt,
            isDemo: true,
            createdById: writer,
            updatedById: writer,
            createdAt: new Date(`${assessment.year}-02-15T03:00:00Z`),
            updatedAt:
              state === "UNREVIEWED" ? new Date(`${assessment.year}-02-15T03:00:00Z`) : reviewedAt,
            indicators: {
              create: plan.indicators.map((number) => ({ indicatorId: indicatorIds.get(number)! })),
            },
            files: {
              create: {
                versions: {
                  create: {
                    number: 1,
                    sha256: file.sha256,
                    originalName: file.originalName,
                    createdById: writer,
                    ...columns,
                    findings: { create: findings },
                  },
                },
              },
            },
            reviews:
              state === "UNREVIEWED"
                ? undefined
                : {
                    create: {
                      reviewerId: coordinator,
                      decision: state,
                      comment: state === "NEEDS_REVISION" ? REVISION_COMMENT : "",
                      createdAt: reviewedAt,
                    },
                  },
          },
        });
      });
      records += 1;
    }
  }

  // The record whose file holds a demo NIK: private, Sumedang's 2026 draft year.
  const sumedang = assessments.find((a) => a.regionCode === "32.11" && a.year === 2026);
  if (sumedang) {
    const plan: Plan = {
      title: "Daftar hadir rapat Tim SPBE 2026 (DEMO, berisi NIK rekaan)",
      description:
        "Contoh data demo: daftar hadir dengan NIK rekaan, untuk mencoba pemeriksaan data pribadi sebelum dibagikan.",
      indicators: [1],
      kind: "pdf",
      name: "demo-daftar-hadir-tim-spbe-2026.pdf",
      lines: [LABEL, "", "Daftar hadir rapat Tim Koordinasi SPBE", "Kabupaten Sumedang, 2026"],
      expiresOn: null,
    };
    const { file, outcome } = await store(plan, true);
    const { findings, ...columns } = outcomeData(outcome);
    const writer = writerOf("32.11");
    await db().$transaction(async (tx) => {
      await recordStoredFile(tx, file);
      await tx.evidenceRecord.create({
        data: {
          regionCode: "32.11",
          frameworkId: FRAMEWORK,
          year: 2026,
          title: plan.title,
          description: plan.description,
          level: 2,
          effectiveDate: new Date("2026-03-10T00:00:00Z"),
          visibility: "PRIVATE",
          isDemo: true,
          createdById: writer,
          updatedById: writer,
          indicators: { create: [{ indicatorId: indicatorIds.get(1)! }] },
          files: {
            create: {
              versions: {
                create: {
                  number: 1,
                  sha256: file.sha256,
                  originalName: file.originalName,
                  createdById: writer,
                  ...columns,
                  findings: { create: findings },
                },
              },
            },
          },
        },
      });
    });
    records += 1;
  }
  await db().systemSetting.upsert({
    where: { key: MARKER },
    create: { key: MARKER, value: new Date().toISOString() },
    update: {},
  });
  return { records, files };
}
