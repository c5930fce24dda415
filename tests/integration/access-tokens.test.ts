// Personal access tokens as a Diskominfo developer uses them: created on /account/tokens (the
// secret shown once, only its SHA-256 kept), sent as a Bearer token to push a publiccode.yml from
// a script, refused outside its scopes and region, refused once expired or revoked, every use
// audited, and stopped past its allowance.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { describe, expect, it } from "vitest";
import { requireEvidenceWriter } from "../../app/auth/api-actor.server";
import { RATE_LIMITS, recordHit } from "../../app/auth/rate-limit.server";
import { db } from "../../app/db.server";
import { expiryBounds } from "../../app/modules/accounts/access-tokens.server";
import { action, loader } from "../../app/routes/account.tokens";
import { loader as assessmentApi } from "../../app/routes/api.regions.$code.self-assessments.$year";
import { action as softwareApi } from "../../app/routes/api.software";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { DEMO, get, outcome, post, sessionFor, userByEmail } from "../support/accounts";

const YAML = readFile(path.join(PROJECT_ROOT, "tests/fixtures/publiccode/valid-0.2.yml"), "utf8");
let repo = 0;
/** The fixture with a repository URL of its own, so no two entries share one. */
async function publiccode() {
  repo += 1;
  return (await YAML).replace(
    /^url: .*$/m,
    `url: "https://gitlab.com/token-test/aplikasi-${repo}-${Date.now()}"`,
  );
}

interface Created {
  errors: Record<string, string>;
  created?: { name: string; secret: string };
}

async function createToken(
  email: string,
  fields: Partial<{ name: string; regionCode: string; expiresOn: string; scopes: string[] }> = {},
) {
  const { cookie } = await sessionFor(email);
  const form = new URLSearchParams({
    intent: "create",
    name: fields.name ?? "CI unggah",
    regionCode: fields.regionCode ?? "32.11",
    expiresOn: fields.expiresOn ?? expiryBounds().default,
  });
  for (const scope of fields.scopes ?? ["software:write"]) form.append("scopes", scope);
  const request = new Request("http://localhost/account/tokens", {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
  const result = await outcome(() =>
    action({ request, params: {}, context: { clientIp: "10.0.0.9" } } as never),
  );
  return { ...result, body: result.body as Created, cookie };
}

async function secretOf(email: string, fields: Parameters<typeof createToken>[1] = {}) {
  const created = await createToken(email, fields);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.created!.secret;
}

const tokenRow = (secret: string) =>
  db().personalAccessToken.findUniqueOrThrow({
    where: { secretHash: encodeHexLowerCase(sha256(new TextEncoder().encode(secret))) },
  });

/** POST /api/software as a script does: multipart, the token in the Authorization header. */
async function push(
  secret: string | null,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("publiccode", fields.publiccode ?? (await publiccode()));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const request = new Request("http://localhost/api/software", {
    method: "POST",
    body: form,
    headers: { ...(secret ? { Authorization: `Bearer ${secret}` } : {}), ...headers },
  });
  const response = (await outcome(() =>
    softwareApi({ request, params: {}, context: { clientIp: "10.0.0.9" } } as never),
  )) as { status: number; headers: Headers; body: Record<string, unknown> };
  return response;
}

const auditCount = (action: string, entityId: string) =>
  db().auditEvent.count({ where: { action, entityId } });

describe("personal access tokens", () => {
  it("shows a new token's secret once and keeps only its SHA-256", async () => {
    const created = await createToken(DEMO.devSumedang, { name: "CI bukti dukung" });
    expect(created.status).toBe(201);
    expect(created.headers.get("Cache-Control")).toBe("no-store");
    const secret = created.body.created!.secret;
    expect(secret).toMatch(/^llp_[a-z2-7]{52}$/);

    const row = await tokenRow(secret);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret.slice(4));
    expect(row.prefix).toBe(secret.slice(0, 8));
    expect(row.scopes).toEqual(["software:write"]);
    expect(row.regionCode).toBe("32.11");
    // Default expiry: the end of the day 90 days ahead.
    const days = (row.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(90);
    expect(days).toBeLessThanOrEqual(91);

    const page = await get(loader, "/account/tokens", { cookie: created.cookie });
    expect(JSON.stringify(page.body)).not.toContain(secret.slice(4));
    const listed = (
      page.body as { tokens: Array<{ id: string; name: string; state: string }> }
    ).tokens.find((t) => t.id === row.id);
    expect(listed).toMatchObject({ name: "CI bukti dukung", state: "active" });

    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "access_token.created", entityId: row.id },
    });
    expect(JSON.stringify(audit.details)).not.toContain(secret.slice(4));
    expect(audit.details).toMatchObject({ name: "CI bukti dukung", scopes: "software:write" });
  });

  it("refuses a form with no scope, an expiry past a year or a region the user is not in", async () => {
    const far = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    const refused = await createToken(DEMO.devSumedang, {
      scopes: [],
      expiresOn: far,
      regionCode: "32.73",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({
      scopes: "tokens.error.scopes",
      expiresOn: "tokens.error.expiryRange",
    });
    const otherRegion = await createToken(DEMO.devSumedang, { regionCode: "32.73" });
    expect(otherRegion.status).toBe(400);
    expect(otherRegion.body.errors).toEqual({ regionCode: "tokens.error.region" });
    const coordinator = await createToken(DEMO.coordinator);
    expect(coordinator.body.errors).toEqual({ regionCode: "tokens.error.region" });
  });

  it("lets a script push a publiccode.yml with a software:write token; the use is audited", async () => {
    const secret = await secretOf(DEMO.devSumedang);
    // A cookie of another account beside the token changes nothing: the token alone counts.
    const bandung = await sessionFor(DEMO.devBandung);
    const pushed = await push(secret, { submit: "true" }, { Cookie: bandung.cookie });
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(201);
    expect(pushed.body.status).toBe("SUBMITTED");
    const entry = await db().softwareEntry.findUniqueOrThrow({
      where: { slug: String(pushed.body.slug) },
      select: { regionCode: true, status: true, createdById: true },
    });
    expect(entry).toEqual({
      regionCode: "32.11",
      status: "SUBMITTED",
      createdById: (await userByEmail(DEMO.devSumedang)).id,
    });
    const row = await tokenRow(secret);
    expect(row.lastUsedAt).not.toBeNull();
    expect(await auditCount("access_token.used", row.id)).toBe(1);
    const used = await db().auditEvent.findFirstOrThrow({
      where: { action: "access_token.used", entityId: row.id },
    });
    expect(used.details).toMatchObject({ method: "POST", path: "/api/software" });
  });

  it("answers a bad publiccode.yml 422 with its problems, and stores nothing", async () => {
    const secret = await secretOf(DEMO.devSumedang);
    const before = await db().softwareEntry.count();
    const bad = await push(secret, { publiccode: "publiccodeYmlVersion: '0.4'\nname: 12\n" });
    expect(bad.status).toBe(422);
    expect((bad.body.error as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    expect(await db().softwareEntry.count()).toBe(before);
  });

  it("refuses a token without the scope (403) and one of another region (403), storing nothing", async () => {
    const evidenceOnly = await secretOf(DEMO.devSumedang, { scopes: ["evidence:write"] });
    const before = await db().softwareEntry.count();
    const noScope = await push(evidenceOnly);
    expect(noScope.status).toBe(403);
    expect(JSON.stringify(noScope.body)).toContain("cakupan");

    const sumedang = await secretOf(DEMO.devSumedang);
    const elsewhere = await push(sumedang, { regionCode: "32.73" });
    expect(elsewhere.status).toBe(403);
    expect(await db().softwareEntry.count()).toBe(before);

    // The evidence API's check: the scope and the region, as the policy says.
    const request = (secret: string) =>
      new Request("http://localhost/api/evidence", {
        method: "POST",
        headers: { Authorization: `Bearer ${secret}` },
      });
    const writer = await requireEvidenceWriter(request(evidenceOnly), undefined, "32.11");
    expect(writer.email).toBe(DEMO.devSumedang);
    expect(writer.token).toEqual({ regionCode: "32.11", scopes: ["evidence:write"] });
    expect(
      await outcome(() => requireEvidenceWriter(request(sumedang), undefined, "32.11")),
    ).toMatchObject({ status: 403 });
    expect(
      await outcome(() => requireEvidenceWriter(request(evidenceOnly), undefined, "32.73")),
    ).toMatchObject({ status: 403 });
  });

  it("answers 401 JSON to no credentials, a malformed or unknown token, and an expired one", async () => {
    const anonymous = await push(null);
    expect(anonymous.status).toBe(401);
    for (const secret of ["nonsense", `llp_${"a".repeat(52)}`]) {
      const refused = await push(secret);
      expect(refused.status).toBe(401);
      expect(refused.headers.get("WWW-Authenticate")).toContain("invalid_token");
    }
    const secret = await secretOf(DEMO.devSumedang);
    const row = await tokenRow(secret);
    await db().personalAccessToken.update({
      where: { id: row.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await push(secret, {}, { "Accept-Language": "en" });
    expect(expired.status).toBe(401);
    expect(JSON.stringify(expired.body)).toContain("expired");
    expect(await auditCount("access_token.refused", row.id)).toBe(1);
  });

  it("revokes a token for its owner only; a revoked token is answered 401", async () => {
    const created = await createToken(DEMO.devSumedang);
    const secret = created.body.created!.secret;
    const row = await tokenRow(secret);
    expect((await push(secret)).status).toBe(201);

    const stranger = await sessionFor(DEMO.devBandung);
    const foreign = await post(
      action,
      "/account/tokens",
      { intent: "revoke", tokenId: row.id },
      { cookie: stranger.cookie },
    );
    expect(foreign.status).toBe(404);
    expect((await tokenRow(secret)).revokedAt).toBeNull();

    const revoked = await post(
      action,
      "/account/tokens",
      { intent: "revoke", tokenId: row.id },
      { cookie: created.cookie },
    );
    expect(revoked.status).toBe(200);
    expect(await auditCount("access_token.revoked", row.id)).toBe(1);
    const refused = await push(secret);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).toContain("dicabut");
  });

  it("stops a token past its allowance with 429 and Retry-After, logged once", async () => {
    const secret = await secretOf(DEMO.devSumedang);
    const row = await tokenRow(secret);
    const rule = RATE_LIMITS.accessTokenRequests;
    for (let hit = 0; hit < rule.limit; hit += 1) await recordHit(rule, row.id);
    const before = await db().softwareEntry.count();
    const first = await push(secret);
    const second = await push(secret);
    for (const refused of [first, second]) {
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    }
    expect(await db().softwareEntry.count()).toBe(before);
    expect(await auditCount("access_token.rate_limited", row.id)).toBe(1);
    // Another token of the same account is not affected.
    expect((await push(await secretOf(DEMO.devSumedang))).status).toBe(201);
  });

  it("reads the token region's draft self-assessment through the API, and no other region's", async () => {
    const bandung = await secretOf(DEMO.devBandung, { regionCode: "32.73" });
    const sumedang = await secretOf(DEMO.devSumedang);
    const read = (secret: string) =>
      outcome(() =>
        assessmentApi({
          request: new Request("http://localhost/api/regions/32.73/self-assessments/2026", {
            headers: { Authorization: `Bearer ${secret}` },
          }),
          params: { code: "32.73", year: "2026" },
          context: {},
        } as never),
      );
    const own = await read(bandung);
    expect(own.status).toBe(200);
    expect((own.body as { status: string }).status).toBe("DRAFT");
    const other = await read(sumedang);
    expect((other.body as { status?: string | null }).status ?? null).toBeNull();
  });
});
