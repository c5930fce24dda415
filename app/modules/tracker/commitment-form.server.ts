// The draft commitment form's data: the choices it offers (adopting regions the actor may draft
// for, mentor regions, published practices and code entries, SPBE indicators, the adopting
// region's people) and its prefill from the entry points: ?practice=<slug> and ?software=<slug>
// ("Tiru praktik ini"), ?mentor=<code>&indicator=<n>[&practice=<slug>] ("Tiru dari daerah ini" on
// the gap page), ?visit=<id> (a study visit). Baselines come from the adopting region's latest
// submitted or locked self-assessment (baselineLevel, the command's own rule).
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import type { Translate } from "~/i18n/translate";
import { REGION_CODE_PATTERN } from "~/modules/regions/regions.schema";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { forbidden } from "~/utils/app-error";
import { baselineLevel, mayDraftCommitment } from "./commitment-commands.server";
import type { FormResult } from "~/utils/responses.server";
import {
  draftInputOf,
  EMPTY_DRAFT,
  readDraftForm,
  type DraftFormValues,
  type IndicatorRowValues,
} from "./commitment-form";
import type { Refusal } from "./commitment-result";
import { isUuid } from "./commitment.schema";

interface DraftActor extends Actor {
  memberships: Array<{ regionCode: string; role: "SECRETARY" | "DEVELOPER"; regionName?: string }>;
}

/** The regions the actor may draft for: every region for the centre, else its own. */
async function adopterChoices(actor: DraftActor) {
  if (actor.isCoordinator || actor.isAdmin) {
    if (actor.token) return [];
    return db().region.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
  }
  const codes = actor.memberships
    .map((m) => m.regionCode)
    .filter((code) => mayDraftCommitment(actor, code));
  return db().region.findMany({
    where: { code: { in: codes } },
    orderBy: { code: "asc" },
    select: { code: true, name: true },
  });
}

/** What the form offers for the chosen adopting region. */
export async function draftFormOptions(adopterRegionCode: string) {
  const [regions, practices, software, indicators, members] = await Promise.all([
    db().region.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db().practice.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { title: "asc" },
      select: { id: true, title: true, isDemo: true, region: { select: { name: true } } },
    }),
    db().softwareEntry.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, isDemo: true, region: { select: { name: true } } },
    }),
    db().frameworkIndicator.findMany({
      where: { frameworkId: DEFAULT_FRAMEWORK_ID },
      orderBy: { number: "asc" },
      select: { id: true, number: true, title: true, titleEn: true },
    }),
    db().regionMembership.findMany({
      where: { regionCode: adopterRegionCode, user: { disabledAt: null } },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    regions,
    practices: practices.map((p) => ({
      id: p.id,
      label: `${p.title} (${p.region.name})`,
      isDemo: p.isDemo,
    })),
    software: software.map((s) => ({
      id: s.id,
      label: `${s.name} (${s.region.name})`,
      isDemo: s.isDemo,
    })),
    indicators,
    members: members.map((m) => m.user),
  };
}

export type DraftFormOptions = Awaited<ReturnType<typeof draftFormOptions>>;

interface Prefill {
  title?: string;
  mentorRegionCode?: string;
  practiceId?: string;
  softwareIds: string[];
  indicatorIds: string[];
  visitId?: string;
}

async function practicePrefill(slug: string): Promise<Prefill | null> {
  const practice = await db().practice.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      regionCode: true,
      indicators: { select: { indicatorId: true, indicator: { select: { number: true } } } },
      software: { where: { software: { status: "PUBLISHED" } }, select: { softwareId: true } },
    },
  });
  if (!practice) return null;
  return {
    title: practice.title,
    mentorRegionCode: practice.regionCode,
    practiceId: practice.id,
    softwareIds: practice.software.map((s) => s.softwareId),
    indicatorIds: [...practice.indicators]
      .sort((a, b) => a.indicator.number - b.indicator.number)
      .map((i) => i.indicatorId),
  };
}

async function softwarePrefill(slug: string): Promise<Prefill | null> {
  const entry = await db().softwareEntry.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true,
      name: true,
      regionCode: true,
      indicators: { select: { indicatorId: true, indicator: { select: { number: true } } } },
    },
  });
  if (!entry) return null;
  return {
    title: entry.name,
    mentorRegionCode: entry.regionCode,
    softwareIds: [entry.id],
    indicatorIds: [...entry.indicators]
      .sort((a, b) => a.indicator.number - b.indicator.number)
      .map((i) => i.indicatorId),
  };
}

async function visitPrefill(id: string, adopterRegionCode: string): Promise<Prefill | null> {
  if (!isUuid(id)) return null;
  const visit = await db().studyVisit.findFirst({
    where: { id, visitorRegionCode: adopterRegionCode },
    select: {
      id: true,
      hostRegionCode: true,
      practices: { select: { practiceId: true }, take: 1 },
      software: { select: { softwareId: true } },
    },
  });
  if (!visit) return null;
  return {
    visitId: visit.id,
    mentorRegionCode: visit.hostRegionCode,
    practiceId: visit.practices[0]?.practiceId,
    softwareIds: visit.software.map((s) => s.softwareId),
    indicatorIds: [],
  };
}

async function indicatorIdOf(number: string): Promise<string | null> {
  if (!/^\d{1,3}$/.test(number)) return null;
  const row = await db().frameworkIndicator.findUnique({
    where: { frameworkId_number: { frameworkId: DEFAULT_FRAMEWORK_ID, number: Number(number) } },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** Indicator rows with the adopting region's baseline and a target one level above it. */
export async function indicatorRows(
  adopterRegionCode: string,
  indicatorIds: string[],
): Promise<IndicatorRowValues[]> {
  const indicators = await db().frameworkIndicator.findMany({
    where: { id: { in: indicatorIds } },
    select: { id: true, frameworkId: true, number: true },
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows: IndicatorRowValues[] = [];
  for (const id of indicatorIds) {
    const indicator = byId.get(id);
    if (!indicator) continue;
    const baseline = await baselineLevel(db(), adopterRegionCode, indicator);
    rows.push({
      indicatorId: id,
      baselineLevel: baseline === null ? "" : String(baseline),
      targetLevel: String(Math.min(5, Math.max(1, (baseline ?? 0) + 1))),
    });
  }
  return rows;
}

/** The prefilled form, from the page's query; a 403 for those who may draft for no region. */
export async function draftFormPage(actor: DraftActor, url: URL, t: Translate) {
  const adopters = await adopterChoices(actor);
  if (adopters.length === 0) throw forbidden("tracker.error.forbidden");
  const query = url.searchParams;
  const wanted = query.get("adopter") ?? "";
  const adopterRegionCode = adopters.some((r) => r.code === wanted)
    ? wanted
    : (adopters.find((r) => actor.memberships.some((m) => m.regionCode === r.code))?.code ??
      adopters[0]!.code);

  const parts: Prefill[] = [];
  const practice = query.get("practice");
  const software = query.get("software");
  const visit = query.get("visit");
  if (practice)
    parts.push((await practicePrefill(practice)) ?? { softwareIds: [], indicatorIds: [] });
  if (software)
    parts.push((await softwarePrefill(software)) ?? { softwareIds: [], indicatorIds: [] });
  if (visit)
    parts.push(
      (await visitPrefill(visit, adopterRegionCode)) ?? { softwareIds: [], indicatorIds: [] },
    );
  const mentor = query.get("mentor") ?? "";
  const indicator = await indicatorIdOf(query.get("indicator") ?? "");
  if (REGION_CODE_PATTERN.test(mentor) || indicator)
    parts.push({
      mentorRegionCode: REGION_CODE_PATTERN.test(mentor) ? mentor : undefined,
      softwareIds: [],
      indicatorIds: indicator ? [indicator] : [],
    });

  const first = <K extends keyof Prefill>(key: K) => parts.find((p) => p[key])?.[key];
  const indicatorIds = [...new Set(parts.flatMap((p) => p.indicatorIds))];
  const replicated = first("title");
  const values: DraftFormValues = {
    ...EMPTY_DRAFT,
    title: replicated ? t("tracker.form.defaultTitle", { title: replicated }) : "",
    adopterRegionCode,
    mentorRegionCode: first("mentorRegionCode") ?? "",
    practiceId: first("practiceId") ?? "",
    softwareIds: [...new Set(parts.flatMap((p) => p.softwareIds))],
    visitId: first("visitId") ?? "",
    indicators: await indicatorRows(adopterRegionCode, indicatorIds),
  };
  return { adopters, values, options: await draftFormOptions(adopterRegionCode) };
}

/** What the draft form's POST answers when it does not redirect. */
export interface DraftAnswer extends FormResult<DraftFormValues> {
  values: DraftFormValues;
  rows: { indicators: number; milestones: number };
}

export type DraftSubmission =
  { ok: true; id: string } | { ok: false; status: 200 | Refusal["status"]; answer: DraftAnswer };

const rowCount = (form: FormData, name: string) =>
  Math.min(30, Math.max(0, Number.parseInt(String(form.get(name) ?? "0"), 10) || 0));

/**
 * The draft form's POST, new or edit: one more indicator or milestone row ("tambah", a round
 * trip without script), or the form as typed handed to `save` (the command), its refusal shown
 * with field errors and, without them (403, 409), once as the form's error.
 */
export async function submitDraftForm(
  form: FormData,
  save: (input: Record<string, unknown>) => Promise<{ ok: true; id: string } | Refusal>,
): Promise<DraftSubmission> {
  const values = readDraftForm(form);
  const intent = form.get("intent");
  const rows = {
    indicators: rowCount(form, "indicatorRows"),
    milestones: rowCount(form, "milestoneRows"),
  };
  if (intent === "addIndicator" || intent === "addMilestone") {
    if (intent === "addIndicator") rows.indicators += 1;
    else rows.milestones += 1;
    return { ok: false, status: 200, answer: { errors: {}, values, rows } };
  }
  const result = await save(draftInputOf(values));
  if (result.ok) return result;
  return {
    ok: false,
    status: result.status,
    answer: {
      errors: result.errors ?? {},
      ...(Object.keys(result.errors ?? {}).length ? {} : { formError: result.message }),
      ...(result.params ? { formErrorParams: result.params } : {}),
      values,
      rows,
    },
  };
}
