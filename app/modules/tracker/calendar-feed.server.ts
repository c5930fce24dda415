// "Langganan kalender": a private, revocable URL per person and region that calendar programs
// subscribe to, listing the due dates of the region's open milestones (as the adopting region):
// open or done and not yet confirmed. The URL holds a random secret; only its SHA-256 is stored
// (CalendarFeedToken), so the URL is shown once. Only the region's people may create one; an
// unknown or revoked secret, or one whose owner has left the region, is a 404.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import type { Language } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { notFound } from "~/utils/app-error";
import { dayOfDate } from "~/utils/calendar";
import { publicBaseUrl } from "~/utils/url.server";
import { renderCalendar } from "./icalendar";

const FEED_PREFIX = "llc_";
const FEED_PATTERN = /^llc_[a-z2-7]{52}$/;
/** Active feeds a person may hold per region. */
export const FEEDS_PER_REGION_MAX = 5;

export function hashFeedSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

function newFeedSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return FEED_PREFIX + encodeBase32LowerCaseNoPadding(bytes);
}

export function feedUrl(regionCode: string, secret: string): string {
  return `${publicBaseUrl()}/regions/${regionCode}/tracker.ics?token=${secret}`;
}

/** Only the region's own people, signed in (not through an API token). */
export function mayManageFeeds(actor: Actor | null, regionCode: string): boolean {
  return !!actor && !actor.token && actor.memberships.some((m) => m.regionCode === regionCode);
}

export async function activeFeeds(actor: Actor, regionCode: string) {
  const rows = await db().calendarFeedToken.findMany({
    where: { userId: actor.id, regionCode, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true },
  });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt.toISOString() }));
}

export type FeedResult =
  | { ok: true; url: string }
  | {
      ok: false;
      status: 403 | 422;
      message: "tracker.error.forbidden" | "trackerViews.feed.tooMany";
    };

/** A new feed: its URL, shown once. */
export async function createFeed(actor: Actor, regionCode: string): Promise<FeedResult> {
  if (!mayManageFeeds(actor, regionCode))
    return { ok: false, status: 403, message: "tracker.error.forbidden" };
  const active = await db().calendarFeedToken.count({
    where: { userId: actor.id, regionCode, revokedAt: null },
  });
  if (active >= FEEDS_PER_REGION_MAX)
    return { ok: false, status: 422, message: "trackerViews.feed.tooMany" };
  const secret = newFeedSecret();
  await db().calendarFeedToken.create({
    data: { userId: actor.id, regionCode, tokenHash: hashFeedSecret(secret) },
  });
  return { ok: true, url: feedUrl(regionCode, secret) };
}

/** Revokes one of the actor's own feeds of the region; false when there is no such feed. */
export async function revokeFeed(actor: Actor, regionCode: string, id: unknown): Promise<boolean> {
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) return false;
  const { count } = await db().calendarFeedToken.updateMany({
    where: { id, userId: actor.id, regionCode, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

const OPEN_WORK = ["DRAFT", "COMMITTED", "IN_PROGRESS", "IMPLEMENTED"] as const;

/** The feed's iCalendar text, or a thrown 404. */
export async function calendarFeed(
  regionCode: string,
  secret: string | null,
  language: Language,
): Promise<string> {
  if (!secret || !FEED_PATTERN.test(secret)) throw notFound();
  const feed = await db().calendarFeedToken.findUnique({
    where: { tokenHash: hashFeedSecret(secret) },
    select: {
      regionCode: true,
      revokedAt: true,
      region: { select: { name: true } },
      user: {
        select: { disabledAt: true, memberships: { select: { regionCode: true } } },
      },
    },
  });
  if (
    !feed ||
    feed.revokedAt ||
    feed.regionCode !== regionCode ||
    feed.user.disabledAt ||
    !feed.user.memberships.some((m) => m.regionCode === regionCode)
  )
    throw notFound();
  const milestones = await db().milestone.findMany({
    where: {
      state: { in: ["OPEN", "DONE"] },
      dueOn: { not: null },
      commitment: { adopterRegionCode: regionCode, status: { in: [...OPEN_WORK] } },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      dueOn: true,
      state: true,
      updatedAt: true,
      commitment: { select: { id: true, title: true, isDemo: true } },
    },
  });
  const t = translator(language);
  const base = publicBaseUrl();
  const host = new URL(base).host;
  return renderCalendar({
    productId: "-//Living Lab Layanan Digital//Pelacak tindak lanjut//ID",
    name: t("trackerViews.feed.calendarName", { region: feed.region.name }),
    events: milestones.map((m) => ({
      uid: `milestone-${m.id}@${host}`,
      day: dayOfDate(m.dueOn)!,
      stamp: m.updatedAt,
      summary: `${m.commitment.title}: ${m.title}${m.commitment.isDemo ? ` (${t("demo.label")})` : ""}`,
      description: t(`tracker.milestone.${m.state}`),
      url: `${base}/commitments/${m.commitment.id}#milestone-${m.id}`,
    })),
  });
}
