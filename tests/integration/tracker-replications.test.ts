// Verified replications as users meet them: Kota Bandung replicates a Sumedang practice and one of
// its code entries. Verification counts the practice as replicated (the "most replicated" sort,
// private commitments aside), confirms Bandung's adoption of the code entry, and lists the
// replication on the practice, the code entry and both regions ("sudah ditiru oleh") with the
// level change on the target indicator and the index gained. Visitors see public replications and
// the number of members-only ones; commitments are found by search with the same visibility.
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import { db } from "../../app/db.server";
import {
  createDraftCommitment,
  transitionCommitment,
} from "../../app/modules/tracker/commitment-commands.server";
import {
  confirmMilestone,
  markMilestoneDone,
} from "../../app/modules/tracker/milestone-commands.server";
import { listReplications } from "../../app/modules/tracker/replications.server";
import {
  listPublishedPractices,
  practiceQuerySchema,
} from "../../app/modules/practices/practice-queries.server";
import { search } from "../../app/modules/search/search.server";
import { currentYear } from "../../app/utils/calendar";
import { DEMO } from "../support/accounts";
import { actor } from "../support/actors";

const MENTOR = "32.11"; // Sumedang
const ADOPTER = "32.73"; // Kota Bandung
const FRAMEWORK = "permenpanrb-59-2020";
const YEAR = currentYear();

let sekdaBandung: Actor;
let devBandung: Actor;
let sekdaSumedang: Actor;
let devSumedang: Actor;
let practiceId: string;
let practiceSlug: string;
let softwareId: string;
let indicatorId: string;

function uniqueWord(prefix: string): string {
  const letters = "bcdfgjqvwxz";
  let word = prefix;
  for (let i = 0; i < 7; i += 1) word += letters[randomInt(letters.length)];
  return word;
}

/** Drafts, commits, carries out and verifies a commitment; returns its id. */
async function verified(title: string, visibility: "PUBLIC" | "MEMBERS" | "PRIVATE") {
  const drafted = await createDraftCommitment(sekdaBandung, {
    title,
    adopterRegionCode: ADOPTER,
    mentorRegionCode: MENTOR,
    practiceId,
    softwareIds: [softwareId],
    indicators: [{ indicatorId, targetLevel: 4 }],
    responsibleId: devBandung.id,
    startOn: `${YEAR}-01-05`,
    dueOn: `${YEAR}-12-18`,
    plan: "Rencana replikasi.",
    visibility,
    milestones: [{ title: "Tim dibentuk" }, { title: "Aplikasi berjalan" }],
  });
  if (!drafted.ok) throw new Error(`draft refused: ${JSON.stringify(drafted)}`);
  const id = drafted.id;
  expect(await transitionCommitment(sekdaBandung, id, "commit")).toMatchObject({ ok: true });
  expect(await transitionCommitment(devBandung, id, "start")).toMatchObject({ ok: true });
  const milestones = await db().milestone.findMany({
    where: { commitmentId: id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  for (const m of milestones) {
    const link = { url: "https://layanan.bandung.go.id/bukti", label: "Bukti" };
    expect(await markMilestoneDone(devBandung, m.id, { links: [link] })).toMatchObject({
      ok: true,
    });
    expect(await confirmMilestone(devSumedang, m.id)).toMatchObject({ ok: true });
  }
  expect(await transitionCommitment(devBandung, id, "implement")).toMatchObject({ ok: true });
  expect(await transitionCommitment(sekdaSumedang, id, "verify")).toMatchObject({ ok: true });
  return id;
}

async function submittedAssessment(year: number, level: number) {
  await db().selfAssessment.create({
    data: {
      regionCode: ADOPTER,
      frameworkId: FRAMEWORK,
      year,
      status: "SUBMITTED",
      submittedAt: new Date(),
      levels: { create: [{ indicatorNumber: 1, level }] },
    },
  });
}

beforeAll(async () => {
  [sekdaBandung, devBandung, sekdaSumedang, devSumedang] = await Promise.all([
    actor(DEMO.sekdaBandung),
    actor(DEMO.devBandung),
    actor(DEMO.sekdaSumedang),
    actor(DEMO.devSumedang),
  ]);
  const practice = await db().practice.findFirstOrThrow({
    where: { regionCode: MENTOR, status: "PUBLISHED" },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true },
  });
  practiceId = practice.id;
  practiceSlug = practice.slug;
  softwareId = (
    await db().softwareEntry.findFirstOrThrow({
      where: { regionCode: MENTOR, status: "PUBLISHED" },
      select: { id: true },
    })
  ).id;
  indicatorId = (
    await db().frameworkIndicator.findFirstOrThrow({
      where: { frameworkId: FRAMEWORK, number: 1 },
      select: { id: true },
    })
  ).id;
  // Start from no replication and no adoption, and from a known self-assessment: level 2 on
  // indicator 1 this year (before).
  await db().commitment.deleteMany({
    where: { OR: [{ practiceId }, { adopterRegionCode: ADOPTER }] },
  });
  await db().practice.update({ where: { id: practiceId }, data: { replicationCount: 0 } });
  await db().softwareAdoption.deleteMany({ where: { softwareId, regionCode: ADOPTER } });
  await db().selfAssessment.deleteMany({ where: { regionCode: ADOPTER } });
  await submittedAssessment(YEAR, 2);
});

describe("a verified replication", () => {
  let publicId: string;
  let membersId: string;
  const membersWord = uniqueWord("komit");

  beforeAll(async () => {
    publicId = await verified("Pengaduan terpadu ala Sumedang di Bandung", "PUBLIC");
    membersId = await verified(`Tiru ${membersWord} untuk anggota`, "MEMBERS");
    await verified("Replikasi rahasia", "PRIVATE");
    // The next year's self-assessment, after the work: level 4.
    await submittedAssessment(YEAR + 1, 4);
  });

  it("counts the practice as replicated once per region, private ones aside, for the sort", async () => {
    const practice = await db().practice.findUniqueOrThrow({
      where: { id: practiceId },
      select: { replicationCount: true },
    });
    // Three verified commitments by one region: one region replicated it.
    expect(practice.replicationCount).toBe(1);
    const { items } = await listPublishedPractices(
      practiceQuerySchema.parse({ sort: "replicated", limit: 100 }),
    );
    const counts = items.map((i) => i.replicationCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(items.find((i) => i.slug === practiceSlug)?.replicationCount).toBe(1);
  });

  it("confirms the adopting region's adoption of the code entries it used", async () => {
    const adoption = await db().softwareAdoption.findUniqueOrThrow({
      where: { softwareId_regionCode: { softwareId, regionCode: ADOPTER } },
      select: { status: true, decidedById: true },
    });
    expect(adoption).toEqual({ status: "CONFIRMED", decidedById: sekdaSumedang.id });
  });

  it("is listed for members with the level change and the index gained", async () => {
    // The mentor region reads all three, its private one included.
    const list = await listReplications({ practiceId }, devSumedang);
    expect(list.total).toBe(3);
    expect(list.membersOnly).toBe(0);
    const item = list.items.find((i) => i.id === publicId)!;
    expect(item.adopterRegion.code).toBe(ADOPTER);
    expect(item.impact!.selfAssessedReadable).toBe(true);
    expect(item.impact!.indicators).toEqual([
      expect.objectContaining({
        number: 1,
        baselineLevel: 2,
        targetLevel: 4,
        selfBefore: { year: YEAR, value: 2 },
        selfAfter: { year: YEAR + 1, value: 4 },
      }),
    ]);
    // Indicator 1 weighs 1.3 %: two levels more add 0.026, rounded to 0.03 on the index.
    expect(item.impact!.selfIndex.gained).toBeGreaterThan(0);
    // The adopting region's own people also see their private one.
    const own = await listReplications({ regionCode: ADOPTER, role: "adopter" }, sekdaBandung);
    expect(own.total).toBe(3);
    const mentor = await listReplications({ regionCode: MENTOR, role: "mentor" }, null);
    expect(mentor.items.map((i) => i.id)).toEqual([publicId]);
    const software = await listReplications({ softwareId }, sekdaBandung);
    expect(software.visible).toBe(3);
  });

  it("shows visitors the public one and counts the members-only one, without self-assessed levels", async () => {
    const list = await listReplications({ practiceId }, null);
    expect(list.items.map((i) => i.id)).toEqual([publicId]);
    expect(list.membersOnly).toBe(1);
    expect(list.total).toBe(2);
    expect(list.items[0]!.impact!.selfAssessedReadable).toBe(false);
    expect(list.items[0]!.impact!.indicators[0]!.selfAfter).toBeNull();
  });

  it("is found by search with its visibility", async () => {
    const query = { q: membersWord, filters: {}, page: 1, limit: 10 };
    const forMember = await search(query, devSumedang);
    expect(forMember.hits.map((h) => h.url)).toEqual([`/commitments/${membersId}`]);
    expect(forMember.hits[0]!.type).toBe("commitment");
    expect((await search(query, null)).hits).toEqual([]);
  });
});
