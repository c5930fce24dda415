// Fixed-window rate limits kept in PostgreSQL ("RateLimitCounter"), so they hold across app
// instances and restarts. A counter's key is `${rule.name}:${subject}` with the subject (an e-mail
// address, an IP) lower-cased. Times are UTC, like every timestamp Prisma writes.
import { dbPool } from "~/db.server";

export interface RateLimitRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

export const RATE_LIMITS = {
  // Sign-in (app/modules/accounts/login.server.ts). The pair of account and address is refused at
  // its limit; the address at its own (high enough for one office behind one NAT); the account
  // counter alone never refuses, it only slows sign-ins down (see loginSlowdownMs), so nobody can
  // lock another person out from elsewhere.
  loginFailuresPerAccountAndIp: { name: "login-account-ip", limit: 10, windowSeconds: 900 },
  loginFailuresPerAccount: { name: "login-account", limit: 10, windowSeconds: 900 },
  loginFailuresPerIp: { name: "login-ip", limit: 100, windowSeconds: 900 },
  accountRequestsPerIp: { name: "account-request-ip", limit: 5, windowSeconds: 3600 },
  accountRequestsPerEmail: { name: "account-request-email", limit: 3, windowSeconds: 86400 },
  passwordResetsPerAccount: { name: "password-reset-account", limit: 3, windowSeconds: 3600 },
  passwordResetsPerIp: { name: "password-reset-ip", limit: 10, windowSeconds: 3600 },
  // Writes of a signed-in account, one rule per kind of write, keyed by the user's id and counted
  // by spendAllowance before anything is stored (generous for real work, a stop for a loop).
  questionsPerAccount: { name: "write-question", limit: 20, windowSeconds: 3600 },
  answersPerAccount: { name: "write-answer", limit: 60, windowSeconds: 3600 },
  practiceWritesPerAccount: { name: "write-practice", limit: 120, windowSeconds: 3600 },
  softwareWritesPerAccount: { name: "write-software", limit: 120, windowSeconds: 3600 },
  adoptionWritesPerAccount: { name: "write-adoption", limit: 120, windowSeconds: 3600 },
  uploadsPerAccount: { name: "write-upload", limit: 60, windowSeconds: 3600 },
  invitationsPerAccount: { name: "write-invitation", limit: 30, windowSeconds: 3600 },
  memberWritesPerAccount: { name: "write-members", limit: 120, windowSeconds: 3600 },
  passwordChangesPerAccount: { name: "write-password", limit: 10, windowSeconds: 3600 },
  accessTokenWritesPerAccount: { name: "write-access-token", limit: 30, windowSeconds: 3600 },
  // Every API request made with a personal access token, keyed by the token's id (a script or CI
  // job pushing a year's evidence stays well below it).
  accessTokenRequests: { name: "token-request", limit: 600, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

/** Thrown by callers that refuse a request because a limit is reached. */
export class RateLimitedError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    super(`Rate limit reached; retry after ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}

function counterKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${subject.toLowerCase()}`;
}

function windowOf(rule: RateLimitRule): number {
  if (!Number.isInteger(rule.windowSeconds) || rule.windowSeconds < 1) {
    throw new Error(`Rate limit "${rule.name}" needs a whole number of seconds ≥ 1 as its window`);
  }
  return rule.windowSeconds;
}

// The columns are TIMESTAMP(3) without time zone holding UTC (Prisma's convention), so "now" is
// taken in UTC whatever the session's time zone is, and at the columns' millisecond precision so
// that a stored window start and "now" compare exactly (no rounding by up to half a millisecond).
const NOW = `(now() AT TIME ZONE 'UTC')::timestamp(3)`;
const WINDOW = `($2::integer * interval '1 second')`;

// One statement: a new key starts a window at 1; an existing key whose window has ended starts a
// new one at 1; otherwise the count goes up by one. ON CONFLICT DO UPDATE takes the row lock, so
// concurrent hits on one key are serialised and each sees a distinct count.
const RECORD_HIT_SQL = `
  INSERT INTO "RateLimitCounter" AS c ("key", "count", "windowStart", "expiresAt")
  VALUES ($1, 1, ${NOW}, ${NOW} + ${WINDOW})
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN c."windowStart" + ${WINDOW} <= EXCLUDED."windowStart" THEN 1 ELSE c."count" + 1 END,
    "windowStart" = CASE WHEN c."windowStart" + ${WINDOW} <= EXCLUDED."windowStart"
      THEN EXCLUDED."windowStart" ELSE c."windowStart" END,
    "expiresAt" = CASE WHEN c."windowStart" + ${WINDOW} <= EXCLUDED."windowStart"
      THEN EXCLUDED."expiresAt" ELSE c."windowStart" + ${WINDOW} END
  RETURNING "count",
    GREATEST(1, ceil(extract(epoch FROM ("windowStart" + ${WINDOW} - ${NOW}))))::integer AS "retryAfterSeconds"`;

const CHECK_SQL = `
  SELECT "count",
    "windowStart" + ${WINDOW} > ${NOW} AS "active",
    GREATEST(1, ceil(extract(epoch FROM ("windowStart" + ${WINDOW} - ${NOW}))))::integer AS "retryAfterSeconds"
  FROM "RateLimitCounter" WHERE "key" = $1`;

/**
 * Counts one hit (a failed login, a request sent) against `subject` and returns the count in the
 * current window, this hit included, and the seconds until that window ends (at least 1).
 */
export async function recordHit(
  rule: RateLimitRule,
  subject: string,
): Promise<{ count: number; retryAfterSeconds: number }> {
  const { rows } = await dbPool().query<{ count: number; retryAfterSeconds: number }>(
    RECORD_HIT_SQL,
    [counterKey(rule, subject), windowOf(rule)],
  );
  const row = rows[0];
  if (!row) throw new Error("Rate limit counter was not written");
  // Statements racing on one key read the clock at slightly different moments: never say more
  // than a whole window.
  return {
    count: row.count,
    retryAfterSeconds: Math.min(row.retryAfterSeconds, rule.windowSeconds),
  };
}

/**
 * Reads, without counting, whether `subject` has used up the rule: limited once the current
 * window's count reaches rule.limit. An ended window counts as 0 (and retryAfterSeconds is 0);
 * otherwise retryAfterSeconds is the time until the window ends.
 */
export async function checkLimit(
  rule: RateLimitRule,
  subject: string,
): Promise<{ limited: boolean; count: number; retryAfterSeconds: number }> {
  const { rows } = await dbPool().query<{
    count: number;
    active: boolean;
    retryAfterSeconds: number;
  }>(CHECK_SQL, [counterKey(rule, subject), windowOf(rule)]);
  const row = rows[0];
  if (!row || !row.active) return { limited: false, count: 0, retryAfterSeconds: 0 };
  return {
    limited: row.count >= rule.limit,
    count: row.count,
    retryAfterSeconds: Math.min(row.retryAfterSeconds, rule.windowSeconds),
  };
}

/**
 * Counts one use of the rule by `subject` (for writes: the account's id) and says whether it goes
 * past the limit: the first rule.limit uses in a window pass, later ones are refused until the
 * window ends (refused uses are counted too, so a loop gains nothing by retrying).
 */
export async function spendAllowance(
  rule: RateLimitRule,
  subject: string,
): Promise<{ limited: false } | { limited: true; retryAfterSeconds: number }> {
  const hit = await recordHit(rule, subject);
  return hit.count > rule.limit
    ? { limited: true, retryAfterSeconds: hit.retryAfterSeconds }
    : { limited: false };
}

/** Forgets the subject's counter (e.g. failed logins after a successful one). */
export async function clearLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await dbPool().query(`DELETE FROM "RateLimitCounter" WHERE "key" = $1`, [
    counterKey(rule, subject),
  ]);
}

/** Deletes counters whose window has ended; returns how many. Safe to run from any instance. */
export async function pruneExpiredCounters(): Promise<number> {
  const result = await dbPool().query(`DELETE FROM "RateLimitCounter" WHERE "expiresAt" <= ${NOW}`);
  return result.rowCount ?? 0;
}
