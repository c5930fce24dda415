// What the visit pages show: one visit with the practices and code entries seen, the commitments
// that came out of it (those the viewer may read), the flag and whether the viewer may convert it;
// and the choices of the form /visits/new (the host's published practices and code entries).
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { dayOfDate, todayInWib } from "~/utils/calendar";
import { forbidden, notFound } from "~/utils/app-error";
import { REGION_CODE_PATTERN } from "~/modules/regions/regions.schema";
import { commitmentsVisibleTo } from "./commitment-access.server";
import { mayDraftCommitment } from "./commitment-commands.server";
import { isUuid } from "./commitment.schema";
import { mayReadVisits, mayRecordAnyVisit } from "./visit-access";
import { isVisitFlagged } from "./visit-flag";

/** The region most visits go to: the form's host until another is chosen. */
export const DEFAULT_HOST_REGION = "32.11";

export async function getVisitPage(viewer: Actor | null, id: string, today = todayInWib()) {
  if (!mayReadVisits(viewer)) throw forbidden("visits.error.membersOnly");
  if (!isUuid(id)) throw notFound();
  const visit = await db().studyVisit.findUnique({
    where: { id },
    select: {
      id: true,
      visitedOn: true,
      people: true,
      participantCount: true,
      topics: true,
      notes: true,
      isDemo: true,
      createdAt: true,
      hostRegion: { select: { code: true, name: true } },
      visitorRegion: { select: { code: true, name: true } },
      createdBy: { select: { name: true } },
      practices: {
        orderBy: { practice: { title: "asc" } },
        select: {
          practice: {
            select: {
              id: true,
              slug: true,
              title: true,
              isDemo: true,
              _count: { select: { indicators: true } },
            },
          },
        },
      },
      software: {
        orderBy: { software: { name: "asc" } },
        select: { software: { select: { id: true, slug: true, name: true, isDemo: true } } },
      },
    },
  });
  if (!visit) throw notFound();
  const all = await db().commitment.findMany({
    where: { visitId: visit.id },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      status: true,
      isDemo: true,
      practiceId: true,
      adopterRegionCode: true,
      mentorRegionCode: true,
      visibility: true,
      software: { select: { softwareId: true } },
    },
  });
  const visibleIds = new Set(
    (
      await db().commitment.findMany({
        where: { AND: [{ visitId: visit.id }, commitmentsVisibleTo(viewer)] },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  // What already has a follow-up (readable or not), so converting twice makes no duplicates.
  const open = all.filter((c) => c.status !== "CANCELLED");
  const followedPractices = new Set(open.map((c) => c.practiceId).filter(Boolean));
  const followedSoftware = new Set(open.flatMap((c) => c.software.map((s) => s.softwareId)));
  const visitedOn = dayOfDate(visit.visitedOn)!;
  return {
    visit: {
      ...visit,
      visitedOn,
      createdBy: visit.createdBy?.name ?? null,
      practices: visit.practices.map(({ practice }) => ({
        ...practice,
        indicatorCount: practice._count.indicators,
        followedUp: followedPractices.has(practice.id),
      })),
      software: visit.software.map(({ software }) => ({
        ...software,
        followedUp: followedSoftware.has(software.id),
      })),
    },
    commitments: all
      .filter((c) => visibleIds.has(c.id))
      .map((c) => ({ id: c.id, title: c.title, status: c.status, isDemo: c.isDemo })),
    hiddenCommitments: all.length - visibleIds.size,
    flagged: isVisitFlagged({ visitedOn, commitmentCount: open.length }, today),
    mayConvert: mayDraftCommitment(viewer, visit.visitorRegion.code),
  };
}

export type VisitPage = Awaited<ReturnType<typeof getVisitPage>>;

/** The form's choices: regions, and the chosen host's published practices and code entries. */
export async function getNewVisitForm(actor: Actor, hostParam: string | null) {
  if (!mayRecordAnyVisit(actor)) throw forbidden("visits.error.forbidden");
  const host = hostParam && REGION_CODE_PATTERN.test(hostParam) ? hostParam : DEFAULT_HOST_REGION;
  const [regions, practices, software] = await Promise.all([
    db().region.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db().practice.findMany({
      where: { regionCode: host, status: "PUBLISHED" },
      orderBy: { title: "asc" },
      select: { id: true, title: true, isDemo: true },
    }),
    db().softwareEntry.findMany({
      where: { regionCode: host, status: "PUBLISHED" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, isDemo: true },
    }),
  ]);
  const hostRegion = regions.find((r) => r.code === host);
  if (!hostRegion) throw notFound();
  const own = actor.memberships.map((m) => m.regionCode).find((code) => code !== host);
  return { regions, host: hostRegion, practices, software, defaultVisitor: own ?? "" };
}
