// What a reviewer (the region's secretary, a coordinator, an admin) sees of a submitted practice
// or code entry: the content rendered, who submitted it and when, and the differences from the
// published version; and the queue of submissions waiting for them.
import { diffLines, diffWords } from "diff";
import { forbidden, notFound } from "~/utils/app-error";
import { can, regionsWhereActorMay, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import { diffContents, type DiffPart } from "~/modules/practices/practice-revisions.server";
import type { PracticeContent } from "~/modules/practices/practice.schema";
import { SECTIONS } from "~/modules/practices/practice.schema";
import { currentContent, transaction } from "~/modules/practices/practice-store.server";
import type { PubliccodeData } from "~/modules/software/publiccode";
import { snapshotOf, type SoftwareSnapshot } from "~/modules/software/software-workflow.server";
import { allowedTransitions } from "./workflow";

export interface ReviewDiff {
  field: string;
  parts: DiffPart[];
}

function partsOf(changes: Array<{ added?: boolean; removed?: boolean; value: string }>) {
  return changes.map<DiffPart>((c) => ({
    kind: c.added ? "added" : c.removed ? "removed" : "same",
    text: c.value,
  }));
}

/** The reviewer's rights on a record: 404 when they may not read it, 403 when not review it. */
function checkReviewer(actor: Actor, record: { regionCode: string }) {
  if (!can(actor, "record:read", { regionCode: record.regionCode, visibility: "private" }))
    throw notFound();
  if (!can(actor, "record:publish", { regionCode: record.regionCode })) throw forbidden();
}

export async function getPracticeForReview(actor: Actor, slug: string) {
  const practice = await db().practice.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      isDemo: true,
      regionCode: true,
      submittedAt: true,
      createdAt: true,
      region: { select: { code: true, name: true } },
      submittedBy: { select: { name: true, email: true } },
      createdBy: { select: { name: true, email: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { snapshot: true, number: true } },
    },
  });
  if (!practice) throw notFound();
  checkReviewer(actor, practice);
  const content = await transaction((tx) => currentContent(tx, practice.id));
  const published = practice.revisions[0];
  const diff = published
    ? diffContents(published.snapshot as unknown as PracticeContent, content)
        .filter((d) => d.changed)
        .map((d) => ({ field: d.field as string, parts: d.parts }))
    : null;
  return {
    type: "practice" as const,
    slug: practice.slug,
    title: practice.title,
    summary: practice.summary,
    status: practice.status,
    isDemo: practice.isDemo,
    region: practice.region,
    submittedAt: practice.submittedAt?.toISOString() ?? null,
    submittedBy: practice.submittedBy ?? practice.createdBy,
    sections: SECTIONS.map((s) => ({ key: s.key, html: renderMarkdown(content[s.key]) })),
    facts: {
      indicators: content.indicators.join(", "),
      sector: content.sector,
      year: String(content.year),
      tags: content.tags.join(", "),
    },
    publishedRevision: published?.number ?? null,
    diff,
    transitions: allowedTransitions(actor, practice).filter(
      (t) => t === "publish" || t === "return",
    ),
  };
}

const SNAPSHOT_FIELDS: Array<keyof SoftwareSnapshot> = [
  "publiccode",
  "indicators",
  "tech",
  "requirements",
  "readme",
];

export async function getSoftwareForReview(actor: Actor, slug: string) {
  const entry = await db().softwareEntry.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      url: true,
      license: true,
      developmentStatus: true,
      shortDescription: true,
      publiccode: true,
      readme: true,
      status: true,
      isDemo: true,
      regionCode: true,
      submittedAt: true,
      publishedSnapshot: true,
      region: { select: { code: true, name: true } },
      submittedBy: { select: { name: true, email: true } },
      createdById: true,
    },
  });
  if (!entry) throw notFound();
  checkReviewer(actor, entry);
  const creator = entry.createdById
    ? await db().user.findUnique({
        where: { id: entry.createdById },
        select: { name: true, email: true },
      })
    : null;
  const current = await db().$transaction((tx) => snapshotOf(tx, entry.id));
  const before = entry.publishedSnapshot as SoftwareSnapshot | null;
  const diff = before
    ? SNAPSHOT_FIELDS.map((field) => ({
        field,
        parts: partsOf(
          field === "publiccode" || field === "readme"
            ? diffLines(before[field] ?? "", current[field])
            : diffWords(before[field] ?? "", current[field]),
        ),
      })).filter((d) => d.parts.some((p) => p.kind !== "same"))
    : null;
  const data = entry.publiccode as unknown as PubliccodeData;
  const description = data.descriptions?.id ?? Object.values(data.descriptions ?? {})[0];
  return {
    type: "software" as const,
    slug: entry.slug,
    title: entry.name,
    summary: entry.shortDescription,
    status: entry.status,
    isDemo: entry.isDemo,
    region: entry.region,
    submittedAt: entry.submittedAt?.toISOString() ?? null,
    submittedBy: entry.submittedBy ?? creator,
    repository: entry.url,
    license: entry.license,
    developmentStatus: entry.developmentStatus,
    longDescriptionHtml: description?.longDescription
      ? renderMarkdown(description.longDescription)
      : "",
    features: description?.features ?? [],
    readmeHtml: entry.readme ? renderMarkdown(entry.readme) : "",
    diff,
    transitions: allowedTransitions(actor, entry).filter((t) => t === "publish" || t === "return"),
  };
}

/** Regions whose submissions the actor reviews: "all" for the centre. */
function reviewRegions(actor: Actor): "all" | string[] {
  if (actor.isAdmin || actor.isCoordinator) return "all";
  return actor.memberships
    .filter((m) => can(actor, "record:publish", { regionCode: m.regionCode }))
    .map((m) => m.regionCode);
}

/** Submitted practices and code entries waiting for this reviewer, oldest first. */
export async function reviewQueueFor(actor: Actor) {
  const regions = reviewRegions(actor);
  if (regions !== "all" && regions.length === 0) return { practices: [], software: [] };
  const where = {
    status: "SUBMITTED" as const,
    ...(regions === "all" ? {} : { regionCode: { in: regions } }),
  };
  const [practices, software] = await Promise.all([
    db().practice.findMany({
      where,
      orderBy: { submittedAt: "asc" },
      take: 50,
      select: {
        slug: true,
        title: true,
        isDemo: true,
        submittedAt: true,
        region: { select: { name: true } },
      },
    }),
    db().softwareEntry.findMany({
      where,
      orderBy: { submittedAt: "asc" },
      take: 50,
      select: {
        slug: true,
        name: true,
        isDemo: true,
        submittedAt: true,
        region: { select: { name: true } },
      },
    }),
  ]);
  return { practices, software };
}

/**
 * Everything waiting for the actor's decision, counted: submissions to publish, account requests
 * to decide, adoption declarations of their regions' entries to confirm.
 */
export async function waitingFor(actor: Actor) {
  const queue = await reviewQueueFor(actor);
  const requestRegions = regionsWhereActorMay(actor, "accountRequest:decide");
  // Adoptions are confirmed by the owning region's people (record:update): not the centre.
  const ownerRegions = actor.isAdmin
    ? "all"
    : actor.memberships
        .filter((m) => can(actor, "record:update", { regionCode: m.regionCode }))
        .map((m) => m.regionCode);
  const [accountRequests, adoptions] = await Promise.all([
    requestRegions !== "all" && requestRegions.length === 0
      ? 0
      : db().accountRequest.count({
          where: {
            status: "PENDING",
            ...(requestRegions === "all" ? {} : { regionCode: { in: requestRegions } }),
          },
        }),
    ownerRegions !== "all" && ownerRegions.length === 0
      ? []
      : db().softwareAdoption.findMany({
          where: {
            status: "DECLARED",
            ...(ownerRegions === "all" ? {} : { software: { regionCode: { in: ownerRegions } } }),
          },
          orderBy: { createdAt: "asc" },
          take: 50,
          select: {
            id: true,
            region: { select: { name: true } },
            software: { select: { slug: true, name: true, isDemo: true } },
          },
        }),
  ]);
  return { ...queue, accountRequests, adoptions };
}

/** The actor's own drafts and submissions (and recent publications), with their status. */
export async function submissionsOf(actor: Actor) {
  const mine = { OR: [{ createdById: actor.id }, { submittedById: actor.id }] };
  const [practices, software] = await Promise.all([
    db().practice.findMany({
      where: mine,
      orderBy: { updatedAt: "desc" },
      take: 20,
      select: { slug: true, title: true, status: true, isDemo: true, returnComment: true },
    }),
    db().softwareEntry.findMany({
      where: mine,
      orderBy: { updatedAt: "desc" },
      take: 20,
      select: { slug: true, name: true, status: true, isDemo: true, returnComment: true },
    }),
  ]);
  return { practices, software };
}

/** New questions (30 days) on practices the actor wrote: the dashboard of someone without a region. */
export async function newQuestionsOnOwnPractices(actor: Actor) {
  const rows = await db().practiceQuestion.findMany({
    where: {
      authorId: { not: actor.id },
      createdAt: { gt: new Date(Date.now() - 30 * 86_400_000) },
      practice: { createdById: actor.id },
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
