// Who is calling the API: the one place that resolves it. A request with a Bearer Authorization
// header is authenticated by its personal access token alone (cookies are then ignored, which is why the
// server's Origin check need not apply to it); otherwise by the session cookie. A token's actor is
// its owner limited to the token's region and scopes (Actor.token, which the policy reads); every
// use is counted per token (429 past the limit) and audited; an unknown, expired or revoked token
// is answered 401 JSON.
import type { AppLoadContext } from "@remix-run/node";
import { db } from "~/db.server";
import { requestedLanguageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { hashAccessTokenSecret, isWellFormedAccessTokenSecret } from "./access-token-secret.server";
import { can, TOKEN_SCOPES, type Action, type Actor, type TokenScope } from "./policy";
import { RATE_LIMITS, recordHit } from "./rate-limit.server";
import { requestOrigin, type RequestOrigin } from "./request-context.server";
import { bearerCredentialOf, getSessionUser } from "./session.server";

/** An API caller: a policy Actor with a name, and the token it came with, if any. */
export interface ApiActor extends Actor {
  name: string;
  tokenId: string | null;
}

function refusal(
  request: Request,
  status: 401 | 403 | 429,
  message: MessageKey,
  headers: Record<string, string> = {},
): Response {
  const language = requestedLanguageOf(request);
  return Response.json(
    { error: { status, issues: [{ message: translator(language)(message) }] } },
    { status, headers: { "Content-Language": language, Vary: "Accept-Language", ...headers } },
  );
}

function unauthorized(request: Request, message: MessageKey): Response {
  return refusal(request, 401, message, {
    "WWW-Authenticate": 'Bearer realm="livinglab", error="invalid_token"',
  });
}

function scopesOf(stored: string[]): TokenScope[] {
  return TOKEN_SCOPES.filter((scope) => stored.includes(scope));
}

async function tokenActor(
  request: Request,
  secret: string,
  origin: RequestOrigin,
): Promise<ApiActor> {
  if (!isWellFormedAccessTokenSecret(secret)) throw unauthorized(request, "api.token.invalid");
  const token = await db().personalAccessToken.findUnique({
    where: { secretHash: hashAccessTokenSecret(secret) },
    select: {
      id: true,
      name: true,
      regionCode: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          disabledAt: true,
          memberships: { select: { regionCode: true, role: true } },
        },
      },
    },
  });
  if (!token || token.user.disabledAt) throw unauthorized(request, "api.token.invalid");
  const url = new URL(request.url);
  const audit = (action: string, details: Record<string, unknown> = {}) =>
    recordAudit({
      actor: token.user,
      action,
      entityType: "PersonalAccessToken",
      entityId: token.id,
      regionCode: token.regionCode,
      details: { name: token.name, method: request.method, path: url.pathname, ...details },
      ...origin,
    });
  const refused = token.revokedAt ? "revoked" : token.expiresAt <= new Date() ? "expired" : null;
  if (refused) {
    await audit("access_token.refused", { reason: refused });
    throw unauthorized(request, refused === "revoked" ? "api.token.revoked" : "api.token.expired");
  }
  const rule = RATE_LIMITS.accessTokenRequests;
  const hit = await recordHit(rule, token.id);
  if (hit.count > rule.limit) {
    // Once per window in the log: a loop past the limit must not flood it.
    if (hit.count === rule.limit + 1) await audit("access_token.rate_limited");
    throw refusal(request, 429, "api.token.rateLimited", {
      "Retry-After": String(hit.retryAfterSeconds),
    });
  }
  await Promise.all([
    audit("access_token.used"),
    db().personalAccessToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }),
  ]);
  return {
    id: token.user.id,
    email: token.user.email,
    name: token.user.name,
    // The account's centre roles never come with a token; only its role in the token's region.
    isAdmin: false,
    isCoordinator: false,
    memberships: token.user.memberships.filter((m) => m.regionCode === token.regionCode),
    token: { regionCode: token.regionCode, scopes: scopesOf(token.scopes) },
    tokenId: token.id,
  };
}

/**
 * The API caller of this request, or null when anonymous. Throws a JSON Response: 401 for a bad,
 * expired or revoked token, 429 when the token's allowance is used up.
 */
export async function apiActor(
  request: Request,
  context?: AppLoadContext,
): Promise<ApiActor | null> {
  const secret = bearerCredentialOf(request);
  if (secret !== null) return tokenActor(request, secret, requestOrigin(request, context));
  const user = await getSessionUser(request);
  return user ? { ...user, tokenId: null } : null;
}

/**
 * Refuses, as the API answers: 401 JSON for an anonymous caller, 403 JSON when the policy says no
 * (naming the missing scope when a token lacks it). Returns the actor otherwise.
 */
export function assertApiCan<A extends Action>(
  request: Request,
  actor: ApiActor | null,
  action: A,
  resource: Parameters<typeof can<A>>[2],
): ApiActor {
  if (!actor) throw unauthorized(request, "api.auth.required");
  if (can(actor, action, resource)) return actor;
  const kind =
    action === "evidence:write" ? "evidence" : (resource as { kind?: string } | undefined)?.kind;
  const missingScope =
    actor.token && kind && !actor.token.scopes.some((scope) => scope === `${kind}:write`);
  throw refusal(request, 403, missingScope ? "api.token.scopeMissing" : "api.auth.forbidden");
}

/**
 * For the evidence API (POST /api/evidence): the caller, allowed to write evidence for the region
 * (a session of one of its people or of a coordinator, or a token of that region with
 * "evidence:write"), or a thrown
 * 401/403/429 JSON Response.
 */
export async function requireEvidenceWriter(
  request: Request,
  context: AppLoadContext | undefined,
  regionCode: string,
): Promise<ApiActor> {
  const actor = await apiActor(request, context);
  // The pages' own rule (the region's people and coordinators), so the API allows what they do.
  return assertApiCan(request, actor, "evidence:write", { regionCode });
}
