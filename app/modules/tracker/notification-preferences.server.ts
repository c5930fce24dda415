// Who wants which tracker notification by mail, and how often. The portal's list always has every
// notification; the preference decides only the mail: at once, in the daily or the weekly digest,
// or not at all. A kind without a stored row has its default (README, "Notifications").
import type { NotificationFrequency, Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "~/db.server";

export const TRACKER_KINDS = [
  "tracker.status",
  "tracker.comment",
  "tracker.milestoneWaiting",
  "tracker.milestoneConfirmed",
  "tracker.milestoneReturned",
  "tracker.dueSoon",
  "tracker.overdue",
  "tracker.stalled",
  "tracker.coordinatorDigest",
] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export const FREQUENCIES = ["IMMEDIATE", "DAILY", "WEEKLY", "OFF"] as const;

/** Immediately for what someone acts on; reminders once a day; the coordinators' digest weekly. */
export const DEFAULT_FREQUENCY: Record<TrackerKind, NotificationFrequency> = {
  "tracker.status": "IMMEDIATE",
  "tracker.comment": "IMMEDIATE",
  "tracker.milestoneWaiting": "IMMEDIATE",
  "tracker.milestoneConfirmed": "IMMEDIATE",
  "tracker.milestoneReturned": "IMMEDIATE",
  "tracker.dueSoon": "DAILY",
  "tracker.overdue": "DAILY",
  "tracker.stalled": "IMMEDIATE",
  "tracker.coordinatorDigest": "WEEKLY",
};

/** The choices a kind offers: the coordinators' digest is weekly or off. */
export function frequenciesOf(kind: TrackerKind): readonly NotificationFrequency[] {
  return kind === "tracker.coordinatorDigest" ? ["WEEKLY", "OFF"] : FREQUENCIES;
}

export function isTrackerKind(value: unknown): value is TrackerKind {
  return (TRACKER_KINDS as readonly unknown[]).includes(value);
}

type Client = Prisma.TransactionClient;

/** Each listed user's frequency for one kind (defaults filled in). */
export async function frequenciesFor(
  client: Client,
  userIds: string[],
  kind: TrackerKind,
): Promise<Map<string, NotificationFrequency>> {
  const rows = await client.notificationPreference.findMany({
    where: { userId: { in: userIds }, kind },
    select: { userId: true, frequency: true },
  });
  const stored = new Map(rows.map((r) => [r.userId, r.frequency]));
  return new Map(userIds.map((id) => [id, stored.get(id) ?? DEFAULT_FREQUENCY[kind]]));
}

/** A user's frequency for every kind, defaults filled in. */
export async function preferencesOf(
  userId: string,
  client: Client = db(),
): Promise<Record<TrackerKind, NotificationFrequency>> {
  const rows = await client.notificationPreference.findMany({
    where: { userId, kind: { in: [...TRACKER_KINDS] } },
    select: { kind: true, frequency: true },
  });
  const result = { ...DEFAULT_FREQUENCY };
  for (const row of rows) if (isTrackerKind(row.kind)) result[row.kind] = row.frequency;
  return result;
}

export async function setPreference(
  client: Client,
  userId: string,
  kind: TrackerKind,
  frequency: NotificationFrequency,
): Promise<void> {
  await client.notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, frequency },
    update: { frequency },
  });
}

const preferenceFormSchema = z.object(
  Object.fromEntries(TRACKER_KINDS.map((kind) => [kind, z.enum(FREQUENCIES)])) as Record<
    TrackerKind,
    z.ZodEnum<{ IMMEDIATE: "IMMEDIATE"; DAILY: "DAILY"; WEEKLY: "WEEKLY"; OFF: "OFF" }>
  >,
);

export type SavePreferencesResult = { ok: true } | { ok: false; message: string };

/** Saves the preferences form: one choice per kind, each one the kind offers. */
export async function savePreferences(
  userId: string,
  form: unknown,
): Promise<SavePreferencesResult> {
  const parsed = preferenceFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, message: "notify.prefs.invalid" };
  for (const kind of TRACKER_KINDS)
    if (!frequenciesOf(kind).includes(parsed.data[kind]))
      return { ok: false, message: "notify.prefs.invalid" };
  await db().$transaction(async (tx) => {
    for (const kind of TRACKER_KINDS) await setPreference(tx, userId, kind, parsed.data[kind]);
  });
  return { ok: true };
}
