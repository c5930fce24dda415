// The daily and weekly digests (07:00 WIB; weekly on Monday), run with the clock given as `now`.
// Exactly once per person and period, whatever the number of app instances: the digest's
// NotificationDispatch key ("digest:DAILY:2026-12-04:<userId>") is inserted in the transaction
// that marks the notifications mailed (claimed FOR UPDATE SKIP LOCKED) and queues the mail.
// Notifications are grouped by commitment, newest first (notify-mail.server.ts).
import { db } from "~/db.server";
import { queueMail } from "~/modules/mail/mailer.server";
import { todayInWib } from "~/utils/calendar";
import { claimOnce } from "./dispatch-once.server";
import { preferencesOf, TRACKER_KINDS } from "./notification-preferences.server";
import { coordinatorDigestMail, digestMail, type DigestItem } from "./notify-mail.server";
import { stalledCommitments } from "./escalation.server";
import { addDays } from "./stalled";
import { unsubscribeToken } from "./unsubscribe.server";

export type DigestFrequency = "DAILY" | "WEEKLY";

/** The WIB day that names the period: the day itself, or the Monday of its week. */
export function digestPeriod(frequency: DigestFrequency, now: Date): string {
  const today = todayInWib(now);
  if (frequency === "DAILY") return today;
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, -((weekday + 6) % 7));
}

/** Older unmailed notifications (e.g. from before a switch from "off") are not dug up. */
const LOOKBACK_MS = { DAILY: 8 * 86_400_000, WEEKLY: 15 * 86_400_000 };

/** Sends the digests of one period; answers how many were mailed by this call. */
export async function sendDigests(frequency: DigestFrequency, now: Date): Promise<number> {
  const period = digestPeriod(frequency, now);
  const since = new Date(now.getTime() - LOOKBACK_MS[frequency]);
  const kinds = TRACKER_KINDS.filter((k) => k !== "tracker.coordinatorDigest");
  const pending = await db().notification.findMany({
    where: { mailedAt: null, kind: { in: kinds }, createdAt: { gte: since, lte: now } },
    distinct: ["userId"],
    select: { userId: true },
  });
  let mailed = 0;
  for (const { userId } of pending) {
    const preferences = await preferencesOf(userId);
    const wanted = kinds.filter((k) => preferences[k] === frequency);
    if (wanted.length === 0) continue;
    const sent = await db().$transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: userId },
        select: { email: true, name: true, disabledAt: true },
      });
      if (!user || user.disabledAt) return false;
      if (!(await claimOnce(tx, `digest:${frequency}:${period}:${userId}`))) return false;
      const ids = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "Notification"
        WHERE "userId" = ${userId}::uuid AND "mailedAt" IS NULL AND kind = ANY(${wanted})
          AND "createdAt" >= ${since} AND "createdAt" <= ${now}
        FOR UPDATE SKIP LOCKED`;
      if (ids.length === 0) return false;
      const items: DigestItem[] = await tx.notification.findMany({
        where: { id: { in: ids.map((r) => r.id) } },
        select: {
          kind: true,
          recordType: true,
          recordSlug: true,
          recordTitle: true,
          comment: true,
          createdAt: true,
        },
      });
      await tx.notification.updateMany({
        where: { id: { in: ids.map((r) => r.id) } },
        data: { mailedAt: now },
      });
      const token = await unsubscribeToken(tx, userId, `digest.${frequency}`);
      await queueMail(tx, digestMail(user, frequency, items, token), { now });
      return true;
    });
    if (sent) mailed += 1;
  }
  return mailed;
}

/** The coordinators' weekly digest: commitments new, stalled and verified in the week. */
export async function sendCoordinatorDigests(now: Date): Promise<number> {
  const week = digestPeriod("WEEKLY", now);
  const from = new Date(now.getTime() - 7 * 86_400_000);
  const [coordinators, created, verified, stalled] = await Promise.all([
    db().user.findMany({
      where: { isCoordinator: true, disabledAt: null },
      select: { id: true, email: true, name: true },
    }),
    db().commitment.findMany({
      where: { createdAt: { gte: from, lte: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true },
    }),
    db().commitment.findMany({
      where: { verifiedAt: { gte: from, lte: now } },
      orderBy: { verifiedAt: "desc" },
      select: { id: true, title: true },
    }),
    stalledCommitments(now),
  ]);
  const facts = {
    week: todayInWib(now),
    created,
    verified,
    stalled: stalled.map((s) => ({ id: s.id, title: s.title })),
  };
  let mailed = 0;
  for (const coordinator of coordinators) {
    const preferences = await preferencesOf(coordinator.id);
    if (preferences["tracker.coordinatorDigest"] !== "WEEKLY") continue;
    const sent = await db().$transaction(async (tx) => {
      if (!(await claimOnce(tx, `coordinatorDigest:${week}:${coordinator.id}`))) return false;
      const token = await unsubscribeToken(tx, coordinator.id, "tracker.coordinatorDigest");
      await queueMail(tx, coordinatorDigestMail(coordinator, facts, token), { now });
      return true;
    });
    if (sent) mailed += 1;
  }
  return mailed;
}
