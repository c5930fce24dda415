// A commitment of Kota Bandung (the adopter) replicating a practice of Sumedang (the mentor), for
// the notification and job tests.
import type { Actor } from "../../app/auth/policy";
import { db } from "../../app/db.server";
import { createDraftCommitment } from "../../app/modules/tracker/commitment-commands.server";

export const MENTOR = "32.11"; // Sumedang
export const ADOPTER = "32.73"; // Kota Bandung

export async function draftCommitment(
  by: Actor,
  responsibleId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const practice = await db().practice.findFirstOrThrow({
    where: { regionCode: MENTOR },
    select: { id: true },
  });
  const indicator = await db().frameworkIndicator.findFirstOrThrow({
    where: { frameworkId: "permenpanrb-59-2020", number: 3 },
    select: { id: true },
  });
  const result = await createDraftCommitment(by, {
    title: "Notifikasi: pengaduan terpadu ala Sumedang",
    adopterRegionCode: ADOPTER,
    mentorRegionCode: MENTOR,
    practiceId: practice.id,
    indicators: [{ indicatorId: indicator.id, targetLevel: 5, baselineLevel: 1 }],
    responsibleId,
    startOn: "2026-01-05",
    dueOn: "2027-12-18",
    plan: "## Rencana",
    visibility: "MEMBERS",
    milestones: [
      { title: "Tim dibentuk", dueOn: "2027-02-27" },
      { title: "Aplikasi berjalan", dueOn: "2027-09-30" },
    ],
    ...overrides,
  });
  if (!result.ok) throw new Error(`draft refused: ${JSON.stringify(result)}`);
  return result.id;
}
