// "Kirim pengingat": a coordinator (or the province's coordinator) mails a region's secretaries a
// reminder with the region's figures and links to their dashboard and tracker (from PUBLIC_URL,
// never the request). At most one per region in REMINDER_INTERVAL_DAYS days, read from the audit
// log (so it holds across app instances), under a per-region advisory lock (so two clicks at once
// send one). The mail is queued in the same transaction as the audit event: both or neither.
//
// The audit event names the region as its entity (entityType "Region", entityId the code) and
// leaves regionCode empty: participation counts every event with a regionCode as the region's own
// activity, and a reminder is the centre's, not the region's.
import type { Prisma } from "@prisma/client";
import { can, type Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { localeOf } from "~/i18n/languages";
import { translator, type MessageKey } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { queueMail } from "~/modules/mail/mailer.server";
import { monitoringReminderMail } from "~/modules/mail/templates";
import { forbidden, notFound } from "~/utils/app-error";
import { PORTAL_TIME_ZONE, currentYear } from "~/utils/calendar";
import { publicBaseUrl } from "~/utils/url.server";
import { requireMonitoringScope } from "./monitoring-scope";
import { listParticipation } from "./participation.server";

export const REMINDER_INTERVAL_DAYS = 7;
export const REMINDER_AUDIT_ACTION = "monitoring.reminder_sent";
const INTERVAL_MS = REMINDER_INTERVAL_DAYS * 86_400_000;

export interface ReminderState {
  lastSentAt: string | null;
  lastSentBy: string | null;
  /** When the next reminder may be sent; null when one may be sent now. */
  nextPossibleAt: string | null;
}

async function lastReminder(regionCode: string, client: Prisma.TransactionClient = db()) {
  return client.auditEvent.findFirst({
    where: { action: REMINDER_AUDIT_ACTION, entityType: "Region", entityId: regionCode },
    orderBy: { at: "desc" },
    select: { at: true, actorEmail: true },
  });
}

function stateOf(last: { at: Date; actorEmail: string | null } | null, now: Date): ReminderState {
  const next = last ? new Date(last.at.getTime() + INTERVAL_MS) : null;
  return {
    lastSentAt: last?.at.toISOString() ?? null,
    lastSentBy: last?.actorEmail ?? null,
    nextPossibleAt: next && next > now ? next.toISOString() : null,
  };
}

/** The last reminder to a region and when the next one may go. */
export async function reminderState(regionCode: string, now = new Date()): Promise<ReminderState> {
  return stateOf(await lastReminder(regionCode), now);
}

export type ReminderResult =
  | { status: "sent"; recipients: number }
  | { status: "too-soon"; nextPossibleAt: string; lastSentAt: string }
  | { status: "no-secretary" };

const secretariesOf = (regionCode: string, client: Prisma.TransactionClient) =>
  client.regionMembership.findMany({
    where: { regionCode, role: "SECRETARY", user: { disabledAt: null } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { id: true, email: true } } },
  });

/** Sends the reminder, or says why not (too soon, no secretary); refuses who may not send it. */
export async function sendRegionReminder(input: {
  actor: Actor & { name?: string };
  regionCode: string;
  origin: RequestOrigin;
  now?: Date;
}): Promise<ReminderResult> {
  const { actor, regionCode } = input;
  const now = input.now ?? new Date();
  requireMonitoringScope(actor);
  if (!can(actor, "monitoring:remind", { regionCode })) throw forbidden("monitoring.error.remind");
  const region = await db().region.findUnique({
    where: { code: regionCode },
    select: { code: true, name: true },
  });
  if (!region) throw notFound();
  const figures = (await listParticipation({ now, regionCodes: [region.code] })).find(
    (r) => r.code === region.code,
  );
  const t = translator("id");
  const locale = localeOf("id");
  const baseUrl = publicBaseUrl();
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`monitoring-reminder:${region.code}`}, 0))`;
    const last = await lastReminder(region.code, tx);
    const state = stateOf(last, now);
    if (state.nextPossibleAt && state.lastSentAt) {
      return {
        status: "too-soon",
        nextPossibleAt: state.nextPossibleAt,
        lastSentAt: state.lastSentAt,
      } as const;
    }
    const secretaries = await secretariesOf(region.code, tx);
    if (secretaries.length === 0) return { status: "no-secretary" } as const;
    const mail = monitoringReminderMail({
      language: "id",
      region: region.name,
      sender: actor.name ?? actor.email,
      status: figures ? t(`participation.status.${figures.status}` as MessageKey) : "—",
      lastActivity: figures?.lastActivityAt
        ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: PORTAL_TIME_ZONE }).format(
            new Date(figures.lastActivityAt),
          )
        : t("monitoring.never"),
      active: figures?.commitments.active ?? 0,
      stalled: figures?.commitments.stalled ?? 0,
      year: currentYear(now),
      evidence: new Intl.NumberFormat(locale, {
        style: "percent",
        maximumFractionDigits: 1,
      }).format(figures?.evidenceCompleteness ?? 0),
      dashboardUrl: `${baseUrl}/dashboard`,
      trackerUrl: `${baseUrl}/regions/${region.code}/tracker`,
    });
    const mailIds: string[] = [];
    for (const secretary of secretaries) {
      const id = await queueMail(tx, { to: secretary.user.email, ...mail }, { now });
      if (id) mailIds.push(id);
    }
    await recordAudit(
      {
        action: REMINDER_AUDIT_ACTION,
        actor: { id: actor.id, email: actor.email },
        entityType: "Region",
        entityId: region.code,
        details: { recipients: secretaries.map((s) => s.user.email), mails: mailIds.length },
        ...input.origin,
      },
      tx,
    );
    return { status: "sent", recipients: secretaries.length } as const;
  });
}
