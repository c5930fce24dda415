// Commitments for the browser tests and screenshots of the tracker's views, written straight into
// a portal's database with pg (the browser test's portal runs in its own process). Kota Bandung
// (32.73) replicates Sumedang (32.11) in several states; one is quiet for 31 days (stalled), one is
// past a milestone's due date (overdue). All are labelled demo.
import { randomUUID } from "node:crypto";
import pg from "pg";

interface Row {
  title: string;
  status: "DRAFT" | "COMMITTED" | "IN_PROGRESS" | "IMPLEMENTED" | "VERIFIED" | "CANCELLED";
  visibility?: "PRIVATE" | "MEMBERS" | "PUBLIC";
  quietDays?: number;
  adopter?: string;
  mentor?: string;
  milestones?: Array<{ title: string; state: "OPEN" | "DONE" | "CONFIRMED"; dueInDays: number }>;
}

export const TRACKER_ROWS: Row[] = [
  {
    title: "Menerapkan layanan pengaduan terpadu ala Sumedang",
    status: "DRAFT",
    milestones: [{ title: "Tim dibentuk", state: "OPEN", dueInDays: 30 }],
  },
  {
    title: "Tanda tangan elektronik untuk surat dinas",
    status: "COMMITTED",
    visibility: "PUBLIC",
    milestones: [
      { title: "Kajian regulasi", state: "DONE", dueInDays: 10 },
      { title: "Uji coba di dua dinas", state: "OPEN", dueInDays: 45 },
    ],
  },
  {
    title: "Dasbor data kependudukan terbuka",
    status: "IN_PROGRESS",
    visibility: "PUBLIC",
    quietDays: 31,
    milestones: [
      { title: "Sumber data dipetakan", state: "CONFIRMED", dueInDays: -50 },
      { title: "Dasbor pertama tayang", state: "OPEN", dueInDays: -3 },
    ],
  },
  {
    title: "Aplikasi perizinan daring",
    status: "IMPLEMENTED",
    milestones: [{ title: "Aplikasi berjalan", state: "CONFIRMED", dueInDays: -10 }],
  },
  {
    title: "Satu data perencanaan pembangunan",
    status: "VERIFIED",
    visibility: "PUBLIC",
    milestones: [{ title: "Portal satu data", state: "CONFIRMED", dueInDays: -30 }],
  },
  {
    title: "Kios layanan di kecamatan",
    status: "CANCELLED",
  },
  {
    title: "Sumedang meniru sistem antrean Kota Bandung",
    status: "IN_PROGRESS",
    adopter: "32.11",
    mentor: "32.73",
    milestones: [{ title: "Mesin antrean dipasang", state: "DONE", dueInDays: 5 }],
  },
];

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Inserts the rows; returns their ids in order. */
export async function insertTrackerRows(
  databaseUrl: string,
  rows = TRACKER_ROWS,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const ids: string[] = [];
  try {
    for (const row of rows) {
      const id = randomUUID();
      ids.push(id);
      const quiet = new Date(Date.now() - (row.quietDays ?? 0) * 86_400_000);
      await client.query(
        `INSERT INTO "Commitment" (id, title, "adopterRegionCode", "mentorRegionCode", status,
           visibility, "isDemo", "dueOn", "lastActivityAt", "verifiedAt", "cancelledAt",
           "cancelReason", "updatedAt")
         VALUES ($1, $2, $3, $4, $5::"CommitmentStatus", $6::"EvidenceVisibility", true, $7::date,
           $8, $9, $10, $11, now())`,
        [
          id,
          row.title,
          row.adopter ?? "32.73",
          row.mentor ?? "32.11",
          row.status,
          row.visibility ?? "MEMBERS",
          dayFromNow(120),
          quiet,
          row.status === "VERIFIED" ? new Date() : null,
          row.status === "CANCELLED" ? new Date() : null,
          row.status === "CANCELLED" ? "Anggaran dialihkan" : null,
        ],
      );
      for (const [position, m] of (row.milestones ?? []).entries()) {
        await client.query(
          `INSERT INTO "Milestone" (id, "commitmentId", position, title, "dueOn", state, "doneAt",
             "updatedAt")
           VALUES ($1, $2, $3, $4, $5::date, $6::"MilestoneState", $7, now())`,
          [
            randomUUID(),
            id,
            position,
            m.title,
            dayFromNow(m.dueInDays),
            m.state,
            m.state === "OPEN" ? null : new Date(Date.now() - 86_400_000),
          ],
        );
      }
    }
  } finally {
    await client.end();
  }
  return ids;
}
