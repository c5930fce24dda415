// The commitments API: GET /api/commitments lists what the caller may read (as /tracker does),
// GET /api/commitments/:id one commitment with its progress, stall state and milestones. The
// caller is a session or a personal access token (apiActor), with the pages' permissions: what the
// caller may not read does not exist (404). Bad parameters are a 400 naming them.
import type { AppLoadContext } from "@remix-run/node";
import { apiActor } from "~/auth/api-actor.server";
import { requestedLanguageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { jsonError } from "~/utils/api.server";
import { publicBaseUrl } from "~/utils/url.server";
import { commitmentListQuerySchema, listFiltersOf } from "./commitment-list.schema";
import {
  getCommitmentPage,
  listCommitments,
  type CommitmentListItem,
} from "./commitment-queries.server";

function apiListItem(item: CommitmentListItem, base: string) {
  return {
    id: item.id,
    url: `${base}/commitments/${item.id}`,
    title: item.title,
    status: item.status,
    visibility: item.visibility,
    adopter: item.adopterRegion,
    mentor: item.mentorRegion,
    indicators: item.indicators,
    dueOn: item.dueOn,
    lastActivityAt: item.lastActivityAt,
    progress: item.progress,
    stalled: item.stall.stalled,
    stalledSince: item.stall.since,
    stallReasons: item.stall.reasons,
    overdue: item.overdue,
    milestones: item.milestones,
    demo: item.isDemo,
  };
}

/** GET /api/commitments?province=&region=&mentor=&status=&indicator=&stalled=&overdue=&page=&limit= */
export async function commitmentsApiList(request: Request, context?: AppLoadContext) {
  const parsed = commitmentListQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!parsed.success) {
    const t = translator(requestedLanguageOf(request));
    return jsonError(
      400,
      parsed.error.issues.map((i) => ({
        field: i.path.join("."),
        message: t("api.evidence.badParam", { name: i.path.join(".") }),
      })),
    );
  }
  const viewer = await apiActor(request, context);
  const result = await listCommitments(viewer, listFiltersOf(parsed.data));
  const base = publicBaseUrl();
  return Response.json({
    total: result.total,
    page: result.page,
    limit: result.limit,
    items: result.items.map((item) => apiListItem(item, base)),
  });
}

/** GET /api/commitments/:id — 404 when unknown or not readable by the caller. */
export async function commitmentsApiItem(request: Request, id: string, context?: AppLoadContext) {
  const viewer = await apiActor(request, context);
  const page = await getCommitmentPage(viewer, id);
  const c = page.commitment;
  const base = publicBaseUrl();
  return Response.json({
    id: c.id,
    url: `${base}/commitments/${c.id}`,
    title: c.title,
    status: c.status,
    visibility: c.visibility,
    adopter: c.adopterRegion,
    mentor: c.mentorRegion,
    practice: c.practice
      ? {
          slug: c.practice.slug,
          title: c.practice.title,
          url: `${base}/practices/${c.practice.slug}`,
        }
      : null,
    software: c.software.map((s) => ({
      slug: s.slug,
      name: s.name,
      url: `${base}/software/${s.slug}`,
    })),
    indicators: c.indicators.map((i) => ({
      number: i.number,
      title: i.title,
      baselineLevel: i.baselineLevel,
      targetLevel: i.targetLevel,
    })),
    startOn: c.startOn,
    dueOn: c.dueOn,
    approvedAt: c.approvedAt,
    verifiedAt: c.verifiedAt,
    cancelledAt: c.cancelledAt,
    cancelReason: c.cancelReason,
    lastActivityAt: c.lastActivityAt,
    progress: page.progress,
    stalled: page.stall.stalled,
    stalledSince: page.stall.since,
    stallReasons: page.stall.reasons,
    milestones: page.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueOn: m.dueOn,
      weight: m.weight,
      state: m.state,
      doneAt: m.doneAt,
      confirmedAt: m.confirmedAt,
      evidenceCount: m.evidence.length,
    })),
    demo: c.isDemo,
  });
}
