// One-click unsubscribe (RFC 8058). Every tracker mail carries
//   List-Unsubscribe: <PUBLIC_URL/unsubscribe/TOKEN>
//   List-Unsubscribe-Post: List-Unsubscribe=One-Click
// where TOKEN is a random token stored for one person and one kind (or one digest). A POST to that
// URL, with no session, turns that kind's mail off; a GET shows a page that asks first. The token
// grants nothing else, so it is stored as is and reused by every later mail of the same kind.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { publicBaseUrl } from "~/utils/url.server";
import {
  DEFAULT_FREQUENCY,
  isTrackerKind,
  setPreference,
  TRACKER_KINDS,
  type TrackerKind,
} from "./notification-preferences.server";

/** A kind, or the digest of one frequency (turning it off turns off every kind mailed in it). */
export type UnsubscribeScope = TrackerKind | "digest.DAILY" | "digest.WEEKLY";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export async function unsubscribeToken(
  tx: Prisma.TransactionClient,
  userId: string,
  kind: UnsubscribeScope,
): Promise<string> {
  const existing = await tx.unsubscribeToken.findUnique({
    where: { userId_kind: { userId, kind } },
    select: { token: true },
  });
  if (existing) return existing.token;
  const token = randomBytes(32).toString("base64url");
  const row = await tx.unsubscribeToken.upsert({
    where: { userId_kind: { userId, kind } },
    create: { token, userId, kind },
    update: {},
    select: { token: true },
  });
  return row.token;
}

export function unsubscribeUrl(token: string, baseUrl = publicBaseUrl()): string {
  return `${baseUrl}/unsubscribe/${token}`;
}

export function unsubscribeHeaders(token: string, baseUrl = publicBaseUrl()) {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(token, baseUrl)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** What a token unsubscribes from, or null for an unknown or malformed token. */
export async function findUnsubscribe(token: string): Promise<{ kind: UnsubscribeScope } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db().unsubscribeToken.findUnique({
    where: { token },
    select: { kind: true, user: { select: { disabledAt: true } } },
  });
  if (!row || row.user.disabledAt) return null;
  return { kind: row.kind as UnsubscribeScope };
}

/** Turns the token's kind (or every kind of its digest) off; null for an unknown token. */
export async function applyUnsubscribe(token: string): Promise<{ kind: UnsubscribeScope } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  return db().$transaction(async (tx) => {
    const row = await tx.unsubscribeToken.findUnique({
      where: { token },
      select: { kind: true, userId: true },
    });
    if (!row) return null;
    const kind = row.kind as UnsubscribeScope;
    if (isTrackerKind(kind)) {
      await setPreference(tx, row.userId, kind, "OFF");
    } else {
      const frequency = kind === "digest.DAILY" ? "DAILY" : "WEEKLY";
      const stored = await tx.notificationPreference.findMany({
        where: { userId: row.userId },
        select: { kind: true, frequency: true },
      });
      const current = new Map(stored.map((s) => [s.kind, s.frequency]));
      for (const k of TRACKER_KINDS)
        if ((current.get(k) ?? DEFAULT_FREQUENCY[k]) === frequency)
          await setPreference(tx, row.userId, k, "OFF");
    }
    return { kind };
  });
}
