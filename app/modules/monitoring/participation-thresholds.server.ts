// The participation status thresholds a coordinator may change (issue 16): stored as JSON in
// SystemSetting under THRESHOLDS_KEY, validated with zod, DEFAULT_PARTICIPATION_THRESHOLDS until a
// coordinator saves others. Read through a short in-process cache that a save clears, so a request
// reads them once and a change shows at once in this process (within THRESHOLDS_CACHE_MS in others).
import { can, type Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { forbidden } from "~/utils/app-error";
import type { FieldErrors } from "~/utils/forms";
import { fieldErrorsOf } from "~/utils/forms";
import {
  DEFAULT_PARTICIPATION_THRESHOLDS,
  storedThresholdsSchema,
  thresholdsFormSchema,
  type ParticipationThresholds,
} from "./participation-status";

export const THRESHOLDS_KEY = "participation.thresholds";
export const THRESHOLDS_AUDIT_ACTION = "participation_thresholds.updated";
export const THRESHOLDS_CACHE_MS = 30_000;

let cached: { at: number; value: Promise<ParticipationThresholds> } | null = null;

async function readStored(): Promise<ParticipationThresholds> {
  const row = await db().systemSetting.findUnique({ where: { key: THRESHOLDS_KEY } });
  if (!row) return DEFAULT_PARTICIPATION_THRESHOLDS;
  let json: unknown;
  try {
    json = JSON.parse(row.value);
  } catch {
    json = null;
  }
  const parsed = storedThresholdsSchema.safeParse(json);
  // A value edited by hand into something invalid: the defaults, never a 500.
  return parsed.success ? parsed.data : DEFAULT_PARTICIPATION_THRESHOLDS;
}

/** The thresholds in force (cached in-process for THRESHOLDS_CACHE_MS; a save clears it). */
export function participationThresholds(): Promise<ParticipationThresholds> {
  if (cached && performance.now() - cached.at < THRESHOLDS_CACHE_MS) return cached.value;
  const entry = { at: performance.now(), value: readStored() };
  cached = entry;
  entry.value.catch(() => {
    if (cached === entry) cached = null;
  });
  return entry.value;
}

/** Forgets the cached thresholds (after a save, and for tests that write the setting). */
export function clearThresholdsCache(): void {
  cached = null;
}

export interface ThresholdsChange {
  at: string;
  /** The coordinator's name (or e-mail when the account is gone). */
  by: string | null;
}

export interface ThresholdsView {
  thresholds: ParticipationThresholds;
  isDefault: boolean;
  lastChange: ThresholdsChange | null;
}

/** What the settings page shows: the values in force and the last change (from the audit log). */
export async function getThresholdsView(actor: Actor): Promise<ThresholdsView> {
  if (!can(actor, "monitoring:configure")) throw forbidden();
  const [row, event] = await Promise.all([
    db().systemSetting.findUnique({ where: { key: THRESHOLDS_KEY }, select: { key: true } }),
    db().auditEvent.findFirst({
      where: { action: THRESHOLDS_AUDIT_ACTION },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { at: true, actorId: true, actorEmail: true },
    }),
  ]);
  clearThresholdsCache();
  const thresholds = await participationThresholds();
  const user = event?.actorId
    ? await db().user.findUnique({ where: { id: event.actorId }, select: { name: true } })
    : null;
  return {
    thresholds,
    isDefault: row === null,
    lastChange: event
      ? { at: event.at.toISOString(), by: user?.name || event.actorEmail || null }
      : null,
  };
}

export type SaveThresholdsResult =
  | { ok: true; changed: boolean; thresholds: ParticipationThresholds }
  | { ok: false; errors: FieldErrors };

/** Validates and stores new thresholds with an audit event (old and new values); bad input changes nothing. */
export async function saveThresholds(input: {
  actor: Actor;
  raw: Record<string, unknown>;
  origin?: Partial<RequestOrigin>;
}): Promise<SaveThresholdsResult> {
  if (!can(input.actor, "monitoring:configure")) throw forbidden();
  const parsed = thresholdsFormSchema.safeParse(input.raw);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error.issues) };
  const next: ParticipationThresholds = {
    activeDays: parsed.data.activeDays,
    lessActiveDays: parsed.data.lessActiveDays,
  };
  clearThresholdsCache();
  const before = await readStored();
  const changed =
    before.activeDays !== next.activeDays || before.lessActiveDays !== next.lessActiveDays;
  if (changed) {
    await db().$transaction(async (tx) => {
      await tx.systemSetting.upsert({
        where: { key: THRESHOLDS_KEY },
        create: { key: THRESHOLDS_KEY, value: JSON.stringify(next) },
        update: { value: JSON.stringify(next) },
      });
      await recordAudit(
        {
          actor: input.actor,
          action: THRESHOLDS_AUDIT_ACTION,
          entityType: "SystemSetting",
          entityId: THRESHOLDS_KEY,
          ip: input.origin?.ip ?? null,
          userAgent: input.origin?.userAgent ?? null,
          details: {
            activeDaysBefore: before.activeDays,
            activeDaysAfter: next.activeDays,
            lessActiveDaysBefore: before.lessActiveDays,
            lessActiveDaysAfter: next.lessActiveDays,
          },
        },
        tx,
      );
    });
  }
  clearThresholdsCache();
  return { ok: true, changed, thresholds: next };
}
