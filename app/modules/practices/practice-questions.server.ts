// Questions and answers on a practice, for signed-in members; the practice's region sees new
// questions on its dashboard.
import { z } from "zod";
import { notFound } from "~/utils/app-error";
import { can, type Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { practiceVisibility } from "./practice.schema";

export const questionSchema = z.object({
  body: z
    .string()
    .trim()
    .min(3, { message: "question.error.length" })
    .max(2000, { message: "question.error.length" }),
  parentId: z.preprocess((v) => (v === "" ? undefined : v), z.string().uuid().optional()),
});

export async function questionsOf(practiceId: string) {
  const rows = await db().practiceQuestion.findMany({
    where: { practiceId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      parentId: true,
      body: true,
      createdAt: true,
      author: {
        select: {
          name: true,
          memberships: { select: { region: { select: { name: true } } }, take: 1 },
        },
      },
    },
  });
  const view = (r: (typeof rows)[number]) => ({
    id: r.id,
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    author: r.author.name,
    authorRegion: r.author.memberships[0]?.region.name ?? null,
  });
  return rows
    .filter((r) => !r.parentId)
    .map((q) => ({ ...view(q), replies: rows.filter((r) => r.parentId === q.id).map(view) }));
}

/** A question or a reply; only a published practice takes them ("not-published" otherwise). */
export async function askQuestion(input: {
  actor: SessionUser;
  slug: string;
  body: string;
  parentId?: string;
  origin: RequestOrigin;
}) {
  const practice = await db().practice.findUnique({
    where: { slug: input.slug },
    select: { id: true, regionCode: true, status: true },
  });
  if (
    !practice ||
    !can(input.actor, "record:read", {
      regionCode: practice.regionCode,
      visibility: practiceVisibility(practice.status),
    })
  ) {
    throw notFound();
  }
  if (practice.status !== "PUBLISHED") return "not-published" as const;
  if (input.parentId) {
    const parent = await db().practiceQuestion.findUnique({
      where: { id: input.parentId },
      select: { practiceId: true, parentId: true },
    });
    if (!parent || parent.practiceId !== practice.id || parent.parentId) throw notFound();
  }
  const question = await db().practiceQuestion.create({
    data: {
      practiceId: practice.id,
      authorId: input.actor.id,
      parentId: input.parentId ?? null,
      body: input.body,
    },
    select: { id: true },
  });
  await recordAudit({
    action: input.parentId ? "practice.question_answered" : "practice.question_asked",
    actor: input.actor,
    entityType: "PracticeQuestion",
    entityId: question.id,
    regionCode: practice.regionCode,
    ...input.origin,
  });
  return question;
}

/** Questions of the last 30 days on practices of the viewer's regions, asked by others. */
export async function newQuestionsForRegions(viewer: Actor) {
  const regions = viewer.memberships.map((m) => m.regionCode);
  if (regions.length === 0) return [];
  const rows = await db().practiceQuestion.findMany({
    where: {
      authorId: { not: viewer.id },
      createdAt: { gt: new Date(Date.now() - 30 * 86_400_000) },
      practice: { regionCode: { in: regions } },
    },
    orderBy: { createdAt: "desc" },
    take: 30,
    select: {
      id: true,
      body: true,
      createdAt: true,
      parentId: true,
      author: { select: { name: true } },
      practice: { select: { slug: true, title: true } },
    },
  });
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    isReply: Boolean(r.parentId),
  }));
}
