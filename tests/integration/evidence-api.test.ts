// The evidence API as a script meets it: GET /api/evidence lists public records plus what the
// caller may read, with paging and totals, 400 on bad parameters; POST /api/evidence creates a
// record with its files for a session or an "evidence:write" token of the region (201), answers
// 422 with field errors, 409 with the personal data found (then nothing is stored), 401/403/413.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUnder, PDF } from "../support/files";

const root = mkdtempSync(path.join(tmpdir(), "evidence-api-"));
process.env.FILE_STORE_DIR = root;
process.env.FILE_MAX_BYTES = String(512 * 1024);

const { DEMO, sessionFor } = await import("../support/accounts");
const { db } = await import("../../app/db.server");
const { createAccessToken, expiryBounds } =
  await import("../../app/modules/accounts/access-tokens.server");
const { actor } = await import("../support/actors");
const { loader, action } = await import("../../app/routes/api.evidence");
const { buildPdf } = await import("../../scripts/lib/demo-documents");

afterAll(() => rmSync(root, { recursive: true, force: true }));

const OWN = "32.11"; // Sumedang: dev.sumedang's region
const OTHER = "32.73"; // Kota Bandung
const YEAR = 2025;
// The listing tests use 2023, a year the demo evidence (2024-2026) leaves empty.
const API = "http://localhost/api/evidence";

type Json = Record<string, unknown>;
async function call(answer: Promise<Response> | Response): Promise<{ status: number; body: Json }> {
  try {
    const response = await answer;
    return { status: response.status, body: (await response.json()) as Json };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: await thrown.json() };
    throw thrown;
  }
}

async function list(query: string, headers: Record<string, string> = {}) {
  const request = new Request(`${API}?${query}`, { headers });
  return call(loader({ request, params: {}, context: {} } as never) as Promise<Response>);
}

async function create(
  fields: Record<string, string | string[]>,
  files: Array<[string, Uint8Array]>,
  headers: Record<string, string>,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  for (const [name, bytes] of files) form.append("files", new File([new Uint8Array(bytes)], name));
  const request = new Request(API, { method: "POST", body: form, headers });
  return call(action({ request, params: {}, context: {} } as never) as Promise<Response>);
}

const cookie = async (email: string) => ({ Cookie: (await sessionFor(email)).cookie });
const fields = (extra: Record<string, string | string[]> = {}) => ({
  regionCode: OWN,
  year: String(YEAR),
  indicators: ["18", "19"],
  title: "Peraturan Bupati tentang SPBE",
  level: "4",
  effectiveDate: `${YEAR}-03-01`,
  ...extra,
});

async function seed(regionCode: string, visibility: "PRIVATE" | "MEMBERS" | "PUBLIC", n: number) {
  const indicator = await db().frameworkIndicator.findFirstOrThrow({ where: { number: 18 } });
  await db().evidenceRecord.create({
    data: {
      regionCode,
      frameworkId: indicator.frameworkId,
      year: 2023,
      title: `Uji API ${visibility} ${n}`,
      level: 4,
      effectiveDate: new Date("2023-01-01"),
      visibility,
      indicators: { create: [{ indicatorId: indicator.id }] },
    },
  });
}

beforeAll(async () => {
  for (let n = 0; n < 3; n++) await seed(OTHER, "PUBLIC", n);
  await seed(OTHER, "MEMBERS", 0);
  await seed(OTHER, "PRIVATE", 0);
});

describe("GET /api/evidence", () => {
  it("lists public records for anyone and members-level ones for members, with paging and totals", async () => {
    const anonymous = await list(`region=${OTHER}&year=2023&indicator=18&level=4&limit=2`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ total: 3, page: 1, limit: 2, pages: 2 });
    const items = anonymous.body.items as Array<Json>;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      region: { code: OTHER },
      year: 2023,
      indicators: [18],
      level: 4,
      visibility: "public",
    });
    const second = await list(`region=${OTHER}&year=2023&limit=2&page=2`);
    expect((second.body.items as unknown[]).length).toBe(1);

    const member = await list(`region=${OTHER}&year=2023`, await cookie(DEMO.devSumedang));
    const titles = (member.body.items as Array<{ title: string }>).map((i) => i.title);
    expect(member.body.total).toBe(4);
    expect(titles).toContain("Uji API MEMBERS 0");
    expect(titles).not.toContain("Uji API PRIVATE 0");
    const own = await list(`region=${OTHER}&year=2023`, await cookie(DEMO.devBandung));
    expect(own.body.total).toBe(5);
  });

  it("answers 400 naming each bad parameter", async () => {
    const bad = await list("indicator=abc&limit=0&level=9&region=x");
    expect(bad.status).toBe(400);
    const issues = (bad.body.error as { issues: Array<{ field: string; message: string }> }).issues;
    expect(issues.map((i) => i.field).sort()).toEqual(["indicator", "level", "limit", "region"]);
    expect(issues[0]!.message).toMatch(/tidak valid/);
  });
});

describe("POST /api/evidence", () => {
  it("creates a private record with its file for a session of the region (201)", async () => {
    const made = await create(
      fields({ description: "Dasar hukum" }),
      [["perbup.pdf", PDF]],
      await cookie(DEMO.devSumedang),
    );
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      title: "Peraturan Bupati tentang SPBE",
      region: { code: OWN },
      year: YEAR,
      indicators: [18, 19],
      level: 4,
      visibility: "private",
      effectiveDate: `${YEAR}-03-01`,
      files: [{ name: "perbup.pdf" }],
    });
    expect(await db().evidenceRecord.count({ where: { id: made.body.id as string } })).toBe(1);
  });

  it("answers 422 with field errors and keeps none of the files", async () => {
    const before = await db().evidenceRecord.count();
    const disk = filesUnder(root);
    const bad = await create(
      fields({ title: "", level: "0", indicators: [] }),
      [["lain.pdf", new Uint8Array(Buffer.concat([PDF, Buffer.from("% lain\n")]))]],
      await cookie(DEMO.devSumedang),
    );
    expect(bad.status).toBe(422);
    const issues = (bad.body.error as { issues: Array<{ field: string }> }).issues;
    expect(issues.map((i) => i.field).sort()).toEqual(["indicators", "level", "title"]);
    const year = await create(fields({ year: "1990" }), [], await cookie(DEMO.devSumedang));
    expect(year.status).toBe(422);
    expect(await db().evidenceRecord.count()).toBe(before);
    expect(filesUnder(root)).toEqual(disk);
  });

  it("answers 409 with the personal data found for a public record, storing nothing, until acknowledged", async () => {
    const pdf = await buildPdf([
      { lines: ["Daftar tim SPBE"] },
      { lines: ["Kontak: budi.santoso@gmail.com", "NIK 3211015203870004"] },
    ]);
    const before = await db().evidenceRecord.count();
    const disk = filesUnder(root);
    const headers = await cookie(DEMO.devSumedang);
    const refused = await create(fields({ visibility: "public" }), [["tim.pdf", pdf]], headers);
    expect(refused.status).toBe(409);
    const found = refused.body.personalData as Array<Json>;
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(Object.keys(f).sort()).toEqual(["file", "kind", "match", "page"]);
    expect(found).toContainEqual(
      expect.objectContaining({ kind: "email", file: "tim.pdf", page: 2 }),
    );
    expect(JSON.stringify(found)).not.toContain("budi.santoso@gmail.com");
    expect(await db().evidenceRecord.count()).toBe(before);
    expect(filesUnder(root)).toEqual(disk);

    const confirmed = await create(
      fields({ visibility: "public", acknowledgePersonalData: "true" }),
      [["tim.pdf", pdf]],
      headers,
    );
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.visibility).toBe("public");
  });

  it("lets a coordinator write any region's evidence, as the pages do, and names a token's missing scope", async () => {
    const made = await create(fields(), [["koordinator.pdf", PDF]], await cookie(DEMO.coordinator));
    expect(made.status).toBe(201);
    expect(made.body.region).toMatchObject({ code: OWN });

    const issued = await createAccessToken({
      actor: await actor(DEMO.devSumedang),
      name: "CI kode",
      regionCode: OWN,
      scopes: ["software:write"],
      expiresOn: expiryBounds().default,
      origin: { ip: "10.0.0.7", userAgent: "test" },
    });
    if (!issued.ok) throw new Error("token not created");
    const before = await db().evidenceRecord.count();
    const refused = await create(fields(), [["ci.pdf", PDF]], {
      Authorization: `Bearer ${issued.secret}`,
    });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain("tidak mencakup tindakan");
    expect(await db().evidenceRecord.count()).toBe(before);
  });

  it("takes an evidence:write token of the region; refuses others with 401/403 and an oversized body with 413", async () => {
    const owner = await actor(DEMO.devSumedang);
    const issued = await createAccessToken({
      actor: owner,
      name: "CI bukti",
      regionCode: OWN,
      scopes: ["evidence:write"],
      expiresOn: expiryBounds().default,
      origin: { ip: "10.0.0.7", userAgent: "test" },
    });
    if (!issued.ok) throw new Error("token not created");
    const bearer = { Authorization: `Bearer ${issued.secret}` };
    const made = await create(fields({ regionCode: "" }), [["ci.pdf", PDF]], bearer);
    expect(made.status).toBe(201);
    expect(made.body.region).toMatchObject({ code: OWN });

    const before = await db().evidenceRecord.count();
    expect((await create(fields({ regionCode: OTHER }), [], bearer)).status).toBe(403);
    expect((await create(fields(), [], {})).status).toBe(401);
    expect((await create(fields(), [], await cookie(DEMO.devBandung))).status).toBe(403);
    // One file over the store's limit is that file's error; a body over what a save may hold
    // (here a field of 7 MB) is cut off while it streams.
    const big = new Uint8Array(Buffer.concat([PDF, Buffer.alloc(600 * 1024, 32)]));
    const bigFile = await create(fields(), [["besar.pdf", big]], bearer);
    expect(bigFile.status).toBe(422);
    expect(JSON.stringify(bigFile.body)).toMatch(/besar\.pdf.*terlalu besar/);
    const padding = "x".repeat(7 * 1024 * 1024);
    const tooLarge = await create(fields({ description: padding }), [["ci.pdf", PDF]], bearer);
    expect(tooLarge.status).toBe(413);
    expect(await db().evidenceRecord.count()).toBe(before);
  });
});
