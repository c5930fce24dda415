// The approval rule of practices as the command carries it out (transitionPractice), and the
// buttons offered for it (allowedTransitions): what each role may do in each status, returning
// with a comment, archiving and publishing again, two reviewers at once, and refusals that
// change nothing.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../app/auth/session.server";
import { db } from "../../app/db.server";
import {
  createPracticeDraft,
  transitionPractice,
} from "../../app/modules/practices/practice-commands.server";
import { getPracticeForReader } from "../../app/modules/practices/practice-queries.server";
import { practiceContentSchema } from "../../app/modules/practices/practice.schema";
import {
  allowedTransitions,
  TRANSITION_NAMES,
  type RecordStatus,
  type Transition,
} from "../../app/modules/review/workflow";
import { DEMO } from "../support/accounts";
import { actor } from "../support/actors";
import { status } from "../support/responses";

const ORIGIN = { ip: null, userAgent: null };
const SUMEDANG = "32.11";
let counter = 0;

/** A new practice of Sumedang by its developer, with a contact, moved to `target`. */
async function practiceIn(target: RecordStatus): Promise<string> {
  counter += 1;
  const developer = await actor(DEMO.devSumedang);
  const secretary = await actor(DEMO.sekdaSumedang);
  const content = practiceContentSchema.parse({
    title: `Praktik Uji Alur Persetujuan ${counter} ${Date.now().toString(36)}`,
    summary: "Ringkasan praktik uji untuk alur persetujuan.",
    problem: "Masalah.",
    solution: "Solusi.",
    results: "",
    challenges: "",
    conditions: "",
    replication: "",
    indicators: [42],
    dimensions: ["governance"],
    sector: "pengaduan",
    stage: "pilot",
    year: 2026,
    tags: [],
  });
  const { slug } = await createPracticeDraft({
    actor: developer,
    regionCode: SUMEDANG,
    content,
    contacts: [{ name: "Kontak Uji", role: "Pengelola", email: "kontak.uji@example.go.id" }],
    origin: ORIGIN,
  });
  const steps: Array<[SessionUser, Transition]> = {
    DRAFT: [],
    SUBMITTED: [[developer, "submit"]],
    PUBLISHED: [
      [developer, "submit"],
      [secretary, "publish"],
    ],
    ARCHIVED: [
      [developer, "submit"],
      [secretary, "publish"],
      [secretary, "archive"],
    ],
  }[target] as Array<[SessionUser, Transition]>;
  for (const [who, transition] of steps) {
    expect(await transitionPractice({ actor: who, slug, transition, origin: ORIGIN })).toBe("done");
  }
  expect(await statusOf(slug)).toBe(target);
  return slug;
}

async function statusOf(slug: string): Promise<string> {
  return (await db().practice.findUniqueOrThrow({ where: { slug }, select: { status: true } }))
    .status;
}

function transition(who: SessionUser, slug: string, name: Transition, comment?: string) {
  return transitionPractice({ actor: who, slug, transition: name, comment, origin: ORIGIN });
}

async function auditActions(slug: string): Promise<string[]> {
  const practice = await db().practice.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const events = await db().auditEvent.findMany({
    where: { entityType: "Practice", entityId: practice.id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { action: true },
  });
  return events.map((event) => event.action);
}

describe("allowedTransitions and transitionPractice agree", () => {
  // Expected buttons per role and status, written out (not computed from the rule).
  const EXPECTED: Record<string, Record<RecordStatus, Transition[]>> = {
    [DEMO.devSumedang]: { DRAFT: ["submit"], SUBMITTED: [], PUBLISHED: [], ARCHIVED: [] },
    [DEMO.sekdaSumedang]: {
      DRAFT: ["submit", "publish"],
      SUBMITTED: ["publish", "return"],
      PUBLISHED: ["archive"],
      ARCHIVED: ["publish"],
    },
    // The centre reviews; it does not write a region's practices, so it does not submit them.
    [DEMO.coordinator]: {
      DRAFT: ["publish"],
      SUBMITTED: ["publish", "return"],
      PUBLISHED: ["archive"],
      ARCHIVED: ["publish"],
    },
    [DEMO.sekdaBandung]: { DRAFT: [], SUBMITTED: [], PUBLISHED: [], ARCHIVED: [] },
    [DEMO.devBandung]: { DRAFT: [], SUBMITTED: [], PUBLISHED: [], ARCHIVED: [] },
  };

  it("offers each role the transitions the command then carries out, and no other", async () => {
    for (const state of ["DRAFT", "SUBMITTED", "PUBLISHED", "ARCHIVED"] as const) {
      const record = { regionCode: SUMEDANG, status: state };
      expect(allowedTransitions(null, record), `anonymous, ${state}`).toEqual([]);
      for (const [email, expected] of Object.entries(EXPECTED)) {
        const who = await actor(email);
        expect(allowedTransitions(who, record), `${email}, ${state}`).toEqual(expected[state]);
      }
    }
  });

  it("carries out every offered transition, and refuses every other one without a change", async () => {
    for (const state of ["DRAFT", "SUBMITTED", "PUBLISHED", "ARCHIVED"] as const) {
      // One record per status for the refusals: a refusal must leave it as it was.
      const refused = await practiceIn(state);
      for (const email of Object.keys(EXPECTED)) {
        const who = await actor(email);
        const offered = allowedTransitions(who, { regionCode: SUMEDANG, status: state });
        for (const name of TRANSITION_NAMES) {
          const label = `${email} ${name} on ${state}`;
          if (offered.includes(name)) {
            const slug = await practiceIn(state);
            expect(await transition(who, slug, name, "Mohon dilengkapi."), label).toBe("done");
            expect(await statusOf(slug), label).not.toBe(state);
          } else {
            const answer = await transition(who, refused, name, "Mohon dilengkapi.").then(
              (result) => result,
              (thrown: unknown) => thrown,
            );
            if (typeof answer === "string") expect(answer, label).toBe("not-allowed-now");
            else expect(await status(Promise.reject(answer)), label).toBeOneOf([403, 404]);
            expect(await statusOf(refused), label).toBe(state);
          }
        }
      }
    }
  });
});

describe("returning a practice", () => {
  it("sends a submission back to draft with the comment, tells the author and records it", async () => {
    const slug = await practiceIn("SUBMITTED");
    const secretary = await actor(DEMO.sekdaSumedang);
    expect(await transition(secretary, slug, "return", "  Tambahkan hasil terukur.  ")).toBe(
      "done",
    );

    const row = await db().practice.findUniqueOrThrow({ where: { slug } });
    expect(row.status).toBe("DRAFT");
    expect(row.returnComment).toBe("Tambahkan hasil terukur.");
    expect(row.returnedAt).toBeInstanceOf(Date);
    const developer = await db().user.findUniqueOrThrow({ where: { email: DEMO.devSumedang } });
    const notices = await db().notification.findMany({
      where: { userId: developer.id, recordSlug: slug },
      select: { kind: true, comment: true },
    });
    expect(notices).toEqual([{ kind: "review.returned", comment: "Tambahkan hasil terukur." }]);
    expect(await auditActions(slug)).toEqual([
      "practice.created",
      "practice.submit",
      "practice.return",
    ]);

    // The author submits again: the comment is cleared, and the secretary may publish.
    const author = await actor(DEMO.devSumedang);
    expect(await transition(author, slug, "submit")).toBe("done");
    const again = await db().practice.findUniqueOrThrow({ where: { slug } });
    expect(again).toMatchObject({ status: "SUBMITTED", returnComment: null, returnedAt: null });
    expect(allowedTransitions(secretary, again)).toEqual(["publish", "return"]);
  });

  it("needs a comment (blank does not count), and returns only a submission", async () => {
    const secretary = await actor(DEMO.sekdaSumedang);
    const submitted = await practiceIn("SUBMITTED");
    expect(await transition(secretary, submitted, "return")).toBe("comment-required");
    expect(await transition(secretary, submitted, "return", " \n\t ")).toBe("comment-required");
    expect(await statusOf(submitted)).toBe("SUBMITTED");
    expect(await auditActions(submitted)).toEqual(["practice.created", "practice.submit"]);

    const published = await practiceIn("PUBLISHED");
    expect(await transition(secretary, published, "return", "Terlambat.")).toBe("not-allowed-now");
    expect(await statusOf(published)).toBe("PUBLISHED");
  });
});

describe("archiving a practice", () => {
  it("archives a published practice, which stays public, and may publish it again", async () => {
    const slug = await practiceIn("PUBLISHED");
    const coordinator = await actor(DEMO.coordinator);
    expect(await transition(coordinator, slug, "archive")).toBe("done");
    const archived = await db().practice.findUniqueOrThrow({ where: { slug } });
    expect(archived.status).toBe("ARCHIVED");
    expect(archived.archivedAt).toBeInstanceOf(Date);
    // An archived practice is still readable by anyone (it was public).
    expect(await status(getPracticeForReader(slug, null))).toBe(200);
    expect(allowedTransitions(coordinator, archived)).toEqual(["publish"]);

    expect(await transition(coordinator, slug, "publish")).toBe("done");
    const republished = await db().practice.findUniqueOrThrow({ where: { slug } });
    expect(republished).toMatchObject({ status: "PUBLISHED", archivedAt: null });
    expect(await auditActions(slug)).toEqual([
      "practice.created",
      "practice.submit",
      "practice.publish",
      "practice.archive",
      "practice.publish",
    ]);
  });

  it("archives only a published practice", async () => {
    const secretary = await actor(DEMO.sekdaSumedang);
    for (const state of ["DRAFT", "SUBMITTED", "ARCHIVED"] as const) {
      const slug = await practiceIn(state);
      expect(await transition(secretary, slug, "archive"), state).toBe("not-allowed-now");
      expect(await statusOf(slug)).toBe(state);
    }
  });
});

describe("two reviewers at once", () => {
  it("two returns of one submission at once: one wins, with its comment and one notice", async () => {
    const slug = await practiceIn("SUBMITTED");
    const [secretary, coordinator] = await Promise.all([
      actor(DEMO.sekdaSumedang),
      actor(DEMO.coordinator),
    ]);
    const results = await Promise.all([
      transition(secretary, slug, "return", "Komentar sekretaris."),
      transition(coordinator, slug, "return", "Komentar koordinator."),
    ]);
    expect([...results].sort()).toEqual(["done", "not-allowed-now"]);
    const winner = results[0] === "done" ? "Komentar sekretaris." : "Komentar koordinator.";
    const row = await db().practice.findUniqueOrThrow({ where: { slug } });
    expect(row).toMatchObject({ status: "DRAFT", returnComment: winner });
    const notices = await db().notification.findMany({
      where: { recordSlug: slug },
      select: { kind: true, comment: true },
    });
    expect(notices).toEqual([{ kind: "review.returned", comment: winner }]);
    expect((await auditActions(slug)).filter((a) => a === "practice.return")).toHaveLength(1);
  });

  it("two archives at once archive once", async () => {
    const slug = await practiceIn("PUBLISHED");
    const [secretary, coordinator] = await Promise.all([
      actor(DEMO.sekdaSumedang),
      actor(DEMO.coordinator),
    ]);
    const results = await Promise.all([
      transition(secretary, slug, "archive"),
      transition(coordinator, slug, "archive"),
    ]);
    expect(results.sort()).toEqual(["done", "not-allowed-now"]);
    expect(await statusOf(slug)).toBe("ARCHIVED");
    expect((await auditActions(slug)).filter((a) => a === "practice.archive")).toHaveLength(1);
  });
});

describe("refusals", () => {
  it("a developer may submit but not publish, return or archive their region's practice", async () => {
    const developer = await actor(DEMO.devSumedang);
    const submitted = await practiceIn("SUBMITTED");
    expect(await status(transition(developer, submitted, "publish"))).toBe(403);
    expect(await status(transition(developer, submitted, "return", "Saya tarik."))).toBe(403);
    const published = await practiceIn("PUBLISHED");
    expect(await status(transition(developer, published, "archive"))).toBe(403);
    expect(await statusOf(submitted)).toBe("SUBMITTED");
    expect(await statusOf(published)).toBe("PUBLISHED");
    expect(await auditActions(submitted)).toEqual(["practice.created", "practice.submit"]);
  });

  it("another region's secretary may not publish, and an unknown practice is 404", async () => {
    const bandung = await actor(DEMO.sekdaBandung);
    const slug = await practiceIn("SUBMITTED");
    expect(await status(transition(bandung, slug, "publish"))).toBeOneOf([403, 404]);
    expect(await statusOf(slug)).toBe("SUBMITTED");
    expect(await status(transition(bandung, "tidak-ada-praktik-ini", "publish"))).toBe(404);
  });
});
