// Personal access tokens on /account/tokens: a member creates one for a region of theirs, with
// scopes and an expiry within a year; the secret is handed back once and only its SHA-256 kept;
// the owner lists and revokes them. Using a token: app/auth/api-actor.server.ts.
import { z } from "zod";
import {
  generateAccessTokenSecret,
  hashAccessTokenSecret,
  visiblePrefixOf,
} from "~/auth/access-token-secret.server";
import { can, TOKEN_SCOPES, type Actor, type TokenScope } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { MessageKey } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { fieldErrorsOf, type FieldErrors } from "~/utils/forms";

const DAY_MS = 86_400_000;
export const DEFAULT_LIFETIME_DAYS = 90;
export const MAX_LIFETIME_DAYS = 365;
/** Unrevoked, unexpired tokens one account may hold at once. */
export const MAX_ACTIVE_TOKENS = 20;

/** A UTC calendar day as the date input writes it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The days the expiry field offers: tomorrow to a year from today; the default in 90 days. */
export function expiryBounds(now = new Date()) {
  const today = Date.parse(`${isoDay(now)}T00:00:00.000Z`);
  return {
    min: isoDay(new Date(today + DAY_MS)),
    max: isoDay(new Date(today + MAX_LIFETIME_DAYS * DAY_MS)),
    default: isoDay(new Date(today + DEFAULT_LIFETIME_DAYS * DAY_MS)),
  };
}

function tokenFormSchema(now: Date) {
  const bounds = expiryBounds(now);
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, { message: "tokens.error.nameRequired" })
      .max(80, { message: "tokens.error.nameTooLong" }),
    regionCode: z.string({ message: "tokens.error.region" }),
    scopes: z
      .array(z.enum(TOKEN_SCOPES, { message: "tokens.error.scopes" }))
      .min(1, { message: "tokens.error.scopes" }),
    // A day from tomorrow to a year ahead; the token works until that day ends (UTC).
    expiresOn: z
      .string({ message: "tokens.error.expiry" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "tokens.error.expiry" })
      .refine((day) => isoDay(new Date(`${day}T00:00:00.000Z`)) === day, {
        message: "tokens.error.expiry",
      })
      .refine((day) => day >= bounds.min && day <= bounds.max, {
        message: "tokens.error.expiryRange",
      }),
  });
}

export type TokenFormValues = { name: string; regionCode: string; expiresOn: string };

/** Reads the create form: field errors keyed by field, or the token's settings. */
export function readTokenForm(
  form: FormData,
  now = new Date(),
):
  | { ok: true; data: z.infer<ReturnType<typeof tokenFormSchema>> }
  | { ok: false; errors: FieldErrors; values: TokenFormValues } {
  const raw = {
    name: String(form.get("name") ?? ""),
    regionCode: String(form.get("regionCode") ?? ""),
    scopes: form.getAll("scopes").map(String),
    expiresOn: String(form.get("expiresOn") ?? ""),
  };
  const parsed = tokenFormSchema(now).safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = fieldErrorsOf(parsed.error.issues);
  const { scopes: _, ...values } = raw;
  return { ok: false, errors, values };
}

/** Regions the actor may create tokens for: those they belong to. */
export function tokenRegionsOf(actor: SessionUser) {
  return actor.memberships
    .filter((m) => can(actor, "accessToken:create", { regionCode: m.regionCode }))
    .map((m) => ({ code: m.regionCode, name: m.regionName }));
}

export type CreateTokenResult =
  | { ok: true; secret: string; name: string }
  | { ok: false; errors: FieldErrors; formError?: MessageKey };

export async function createAccessToken(input: {
  actor: Actor;
  name: string;
  regionCode: string;
  scopes: TokenScope[];
  expiresOn: string;
  origin: RequestOrigin;
}): Promise<CreateTokenResult> {
  const member = input.actor.memberships.some((m) => m.regionCode === input.regionCode);
  if (!member || !can(input.actor, "accessToken:create", { regionCode: input.regionCode }))
    return { ok: false, errors: { regionCode: "tokens.error.region" } };
  const active = await db().personalAccessToken.count({
    where: { userId: input.actor.id, revokedAt: null, expiresAt: { gt: new Date() } },
  });
  if (active >= MAX_ACTIVE_TOKENS)
    return { ok: false, errors: {}, formError: "tokens.error.tooMany" };
  const secret = generateAccessTokenSecret();
  const expiresAt = new Date(Date.parse(`${input.expiresOn}T00:00:00.000Z`) + DAY_MS);
  const scopes = TOKEN_SCOPES.filter((scope) => input.scopes.includes(scope));
  await db().$transaction(async (tx) => {
    const token = await tx.personalAccessToken.create({
      data: {
        userId: input.actor.id,
        regionCode: input.regionCode,
        name: input.name,
        secretHash: hashAccessTokenSecret(secret),
        prefix: visiblePrefixOf(secret),
        scopes,
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor: input.actor,
        action: "access_token.created",
        entityType: "PersonalAccessToken",
        entityId: token.id,
        regionCode: input.regionCode,
        details: { name: input.name, scopes: scopes.join(", "), expiresAt },
        ...input.origin,
      },
      tx,
    );
  });
  return { ok: true, secret, name: input.name };
}

export type TokenState = "active" | "expired" | "revoked";

/** The owner's tokens, newest first, without their hashes. */
export async function listAccessTokens(userId: string, now = new Date()) {
  const rows = await db().personalAccessToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      region: { select: { code: true, name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: TOKEN_SCOPES.filter((scope) => row.scopes.includes(scope)),
    region: row.region,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    state: (row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "active") as TokenState,
  }));
}

/** Revokes one of the owner's tokens; another user's id, or a revoked one, matches nothing. */
export async function revokeAccessToken(input: {
  actor: Actor;
  tokenId: string;
  origin: RequestOrigin;
}): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const token = await tx.personalAccessToken.findFirst({
      where: { id: input.tokenId, userId: input.actor.id, revokedAt: null },
      select: { id: true, name: true, regionCode: true },
    });
    if (!token) return false;
    const revoked = await tx.personalAccessToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) return false;
    await recordAudit(
      {
        actor: input.actor,
        action: "access_token.revoked",
        entityType: "PersonalAccessToken",
        entityId: token.id,
        regionCode: token.regionCode,
        details: { name: token.name },
        ...input.origin,
      },
      tx,
    );
    return true;
  });
}
