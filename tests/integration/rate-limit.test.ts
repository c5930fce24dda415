// Rate limits kept in PostgreSQL: atomic counting, the limit threshold, window reset, key
// normalisation, clearing and pruning.
import { describe, expect, it } from "vitest";
import {
  checkLimit,
  clearLimit,
  pruneExpiredCounters,
  RATE_LIMITS,
  RateLimitedError,
  recordHit,
  type RateLimitRule,
} from "../../app/auth/rate-limit.server";
import { dbPool } from "../../app/db.server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function keys(prefix: string): Promise<string[]> {
  const { rows } = await dbPool().query<{ key: string }>(
    `SELECT "key" FROM "RateLimitCounter" WHERE "key" LIKE $1 ORDER BY "key"`,
    [`${prefix}%`],
  );
  return rows.map((row) => row.key);
}

describe("rate limits", () => {
  it("counts 25 concurrent hits on one key as 1..25, each exactly once", async () => {
    const rule: RateLimitRule = { name: "test-concurrent", limit: 100, windowSeconds: 600 };
    const results = await Promise.all(
      Array.from({ length: 25 }, () => recordHit(rule, "198.51.100.7")),
    );
    const counts = results.map((result) => result.count).sort((a, b) => a - b);
    expect(counts).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    for (const result of results) {
      expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(result.retryAfterSeconds).toBeLessThanOrEqual(600);
    }
    expect(await checkLimit(rule, "198.51.100.7")).toMatchObject({ limited: false, count: 25 });
  });

  it("is limited once the count reaches the limit, and not before", async () => {
    const rule = RATE_LIMITS.passwordResetsPerAccount;
    const subject = "threshold@example.go.id";
    expect(await checkLimit(rule, subject)).toEqual({
      limited: false,
      count: 0,
      retryAfterSeconds: 0,
    });
    for (let hit = 1; hit < rule.limit; hit += 1) {
      expect((await recordHit(rule, subject)).count).toBe(hit);
      const state = await checkLimit(rule, subject);
      expect(state).toMatchObject({ limited: false, count: hit });
    }
    const last = await recordHit(rule, subject);
    expect(last.count).toBe(rule.limit);
    const state = await checkLimit(rule, subject);
    expect(state).toMatchObject({ limited: true, count: rule.limit });
    expect(state.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(state.retryAfterSeconds).toBeLessThanOrEqual(rule.windowSeconds);
    // checkLimit only reads.
    expect((await checkLimit(rule, subject)).count).toBe(rule.limit);
  });

  it("starts a new window once the old one has passed", async () => {
    const rule: RateLimitRule = { name: "test-short", limit: 2, windowSeconds: 1 };
    expect(await recordHit(rule, "short")).toEqual({ count: 1, retryAfterSeconds: 1 });
    expect((await recordHit(rule, "short")).count).toBe(2);
    expect((await checkLimit(rule, "short")).limited).toBe(true);
    await sleep(1100);
    expect(await checkLimit(rule, "short")).toEqual({
      limited: false,
      count: 0,
      retryAfterSeconds: 0,
    });
    expect(await recordHit(rule, "short")).toEqual({ count: 1, retryAfterSeconds: 1 });
    expect((await checkLimit(rule, "short")).limited).toBe(false);
  });

  it("treats subjects case-insensitively", async () => {
    const rule = RATE_LIMITS.loginFailuresPerAccount;
    await recordHit(rule, "Sekretaris@Sumedangkab.go.id");
    const second = await recordHit(rule, "sekretaris@sumedangkab.go.id");
    expect(second.count).toBe(2);
    expect((await checkLimit(rule, "SEKRETARIS@SUMEDANGKAB.GO.ID")).count).toBe(2);
    expect(await keys("login-account:sekretaris")).toEqual([
      "login-account:sekretaris@sumedangkab.go.id",
    ]);
  });

  it("keeps rules apart for one subject", async () => {
    await recordHit(RATE_LIMITS.loginFailuresPerIp, "203.0.113.9");
    expect((await checkLimit(RATE_LIMITS.passwordResetsPerIp, "203.0.113.9")).count).toBe(0);
    expect((await checkLimit(RATE_LIMITS.loginFailuresPerIp, "203.0.113.9")).count).toBe(1);
  });

  it("clearLimit resets the subject's counter", async () => {
    const rule = RATE_LIMITS.accountRequestsPerEmail;
    for (let hit = 0; hit < rule.limit; hit += 1) await recordHit(rule, "clear@example.go.id");
    expect((await checkLimit(rule, "clear@example.go.id")).limited).toBe(true);
    await clearLimit(rule, "Clear@Example.go.id");
    expect(await checkLimit(rule, "clear@example.go.id")).toEqual({
      limited: false,
      count: 0,
      retryAfterSeconds: 0,
    });
    expect((await recordHit(rule, "clear@example.go.id")).count).toBe(1);
  });

  it("pruneExpiredCounters removes expired counters only", async () => {
    const short: RateLimitRule = { name: "test-prune-short", limit: 5, windowSeconds: 1 };
    const long: RateLimitRule = { name: "test-prune-long", limit: 5, windowSeconds: 3600 };
    await recordHit(short, "a");
    await recordHit(short, "b");
    await recordHit(long, "a");
    await sleep(1100);
    const removed = await pruneExpiredCounters();
    expect(removed).toBeGreaterThanOrEqual(2);
    expect(await keys("test-prune-")).toEqual(["test-prune-long:a"]);
    expect((await checkLimit(long, "a")).count).toBe(1);
    expect(await pruneExpiredCounters()).toBe(0);
  });

  it("RateLimitedError carries the wait", () => {
    const error = new RateLimitedError(42);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RateLimitedError");
    expect(error.retryAfterSeconds).toBe(42);
  });
});
