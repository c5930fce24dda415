// A region's SPBE self-assessment as its people, its peers and the centre meet it: a developer
// keeps a draft only the region and coordinators see, the secretary submits it (then members of
// every region see it and it is read-only), a coordinator locks it; the index is computed from the
// framework; the official result is public.
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { action, loader } from "../../app/routes/regions.$code.self-assessments.$year";
import type { SelfAssessmentView } from "../../app/modules/spbe/self-assessment.server";
import { loader as apiLoader } from "../../app/routes/api.regions.$code.self-assessments.$year";
import { DEMO, get, post, sessionFor } from "../support/accounts";

const CODE = "32.11";
const YEAR = 2019;
const PATH = `/regions/${CODE}/self-assessments/${YEAR}`;
const params = { code: CODE, year: String(YEAR) };

async function cookie(email: string) {
  return (await sessionFor(email)).cookie;
}
async function view(email: string | null, year = YEAR) {
  const result = await get(loader, `/regions/${CODE}/self-assessments/${year}`, {
    params: { code: CODE, year: String(year) },
    ...(email ? { cookie: await cookie(email) } : {}),
  });
  expect(result.status).toBe(200);
  return result.body as SelfAssessmentView;
}
async function send(email: string, form: Record<string, string>) {
  return post(action, PATH, form, { params, cookie: await cookie(email) });
}
const storedLevels = async () =>
  db().selfAssessmentLevel.findMany({
    where: { assessment: { regionCode: CODE, year: YEAR } },
    orderBy: { indicatorNumber: "asc" },
    select: { indicatorNumber: true, level: true, justification: true },
  });

describe("self-assessment", () => {
  it("keeps a developer's draft for the region and coordinators only, with its index", async () => {
    const saved = await send(DEMO.devSumedang, {
      intent: "save",
      "level-42": "4",
      "justification-42": "Aplikasi pengaduan terpadu, SK Bupati 2019",
      "level-32": "3",
    });
    expect(saved.status).toBe(200);
    expect(await storedLevels()).toEqual([
      { indicatorNumber: 32, level: 3, justification: "" },
      {
        indicatorNumber: 42,
        level: 4,
        justification: "Aplikasi pengaduan terpadu, SK Bupati 2019",
      },
    ]);

    const own = await view(DEMO.devSumedang);
    expect(own.assessment?.status).toBe("DRAFT");
    // 4 × 3 % + 3 × 2.75 % = 0.2025, shown as 0.20
    expect(own.assessment?.result.index).toBe(0.2);
    expect(own.assessment?.result.rated).toBe(2);
    expect(own.may).toEqual({ edit: true, submit: false, lock: false, enterOfficial: false });
    expect((await view(DEMO.sekdaSumedang)).may.submit).toBe(true);
    expect((await view(DEMO.coordinator)).assessment?.status).toBe("DRAFT");
    expect((await view(DEMO.devBandung)).assessment).toBeNull();
    expect((await view(null)).assessment).toBeNull();
  });

  it("refuses a level off the scale on its field and changes nothing", async () => {
    const before = await storedLevels();
    const refused = await send(DEMO.devSumedang, {
      intent: "save",
      "level-42": "7",
      "level-1": "2",
    });
    expect(refused.status).toBe(400);
    expect((refused.body as { errors: Record<string, string> }).errors).toEqual({
      "level-42": "assessment.error.level",
    });
    expect(await storedLevels()).toEqual(before);
    const other = await send(DEMO.devBandung, { intent: "save", "level-1": "2" });
    expect(other.status).toBe(403);
  });

  it("lets only the region's secretary submit, once, and then shows it to members of every region", async () => {
    expect((await send(DEMO.devSumedang, { intent: "submit" })).status).toBe(403);
    expect((await send(DEMO.sekdaBandung, { intent: "submit" })).status).toBe(403);
    const [first, second] = await Promise.all([
      send(DEMO.sekdaSumedang, { intent: "submit" }),
      send(DEMO.sekdaSumedang, { intent: "submit" }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);

    const peer = await view(DEMO.devBandung);
    expect(peer.assessment?.status).toBe("SUBMITTED");
    expect(peer.may.edit).toBe(false);
    expect((await view(null)).assessment).toBeNull();

    const late = await send(DEMO.devSumedang, { intent: "save", "level-42": "5" });
    expect(late.status).toBe(409);
    expect((await storedLevels()).find((l) => l.indicatorNumber === 42)?.level).toBe(4);
    const audit = await db().auditEvent.count({
      where: { action: "assessment.submitted", regionCode: CODE },
    });
    expect(audit).toBe(1);
  });

  it("lets a coordinator lock a submitted assessment, after which nobody may change it", async () => {
    expect((await send(DEMO.sekdaSumedang, { intent: "lock" })).status).toBe(403);
    expect((await send(DEMO.coordinator, { intent: "lock" })).status).toBe(200);
    const locked = await view(DEMO.sekdaSumedang);
    expect(locked.assessment?.status).toBe("LOCKED");
    expect(locked.may).toEqual({ edit: false, submit: false, lock: false, enterOfficial: false });
    expect((await send(DEMO.coordinator, { intent: "lock" })).status).toBe(409);
  });

  it("shows the previous year beside the next one", async () => {
    const next = await view(DEMO.devBandung, YEAR + 1);
    expect(next.previous).toEqual({ year: YEAR, index: 0.2, status: "LOCKED" });
  });

  it("refuses a submission with no level rated", async () => {
    const year = YEAR - 1;
    const path = `/regions/${CODE}/self-assessments/${year}`;
    const yearParams = { code: CODE, year: String(year) };
    const sekda = await cookie(DEMO.sekdaSumedang);
    expect(
      (await post(action, path, { intent: "save" }, { params: yearParams, cookie: sekda })).status,
    ).toBe(200);
    const refused = await post(
      action,
      path,
      { intent: "submit" },
      { params: yearParams, cookie: sekda },
    );
    expect(refused.status).toBe(422);
    expect((refused.body as { formError: string }).formError).toBe("assessment.error.empty");
  });

  it("answers 404 for an unknown year or region, and 404 rather than a 500 for nonsense", async () => {
    for (const [code, year] of [
      [CODE, "1999"],
      [CODE, "abc"],
      ["99.99", "2024"],
      ["x", "2024"],
    ] as const) {
      const result = await get(loader, `/regions/${code}/self-assessments/${year}`, {
        params: { code, year },
      });
      expect(result.status, `${code} ${year}`).toBe(404);
    }
  });

  it("shows the official index to anyone, signed in or not", async () => {
    const official = await db().spbeIndexScore.findFirst({
      where: { regionCode: CODE },
      orderBy: { year: "desc" },
    });
    expect(official).not.toBeNull();
    const anonymous = await view(null, official!.year);
    expect(anonymous.official?.index).toBe(Number(official!.index));
  });

  it("answers the API with the same permissions as the page", async () => {
    const apiPath = `/api/regions/${CODE}/self-assessments/${YEAR}`;
    const asPeer = await get(apiLoader, apiPath, { params, cookie: await cookie(DEMO.devBandung) });
    expect(asPeer.status).toBe(200);
    const body = asPeer.body as {
      region: { code: string };
      status: string;
      index: number;
      predicate: { name: string; nameEn: string };
      domains: Array<{ number: number; index: number }>;
      indicators: Array<{ number: number; level: number | null }>;
    };
    expect(body.region.code).toBe(CODE);
    expect(body.status).toBe("LOCKED");
    expect(body.index).toBe(0.2);
    expect(body.predicate).toEqual({ name: "Kurang", nameEn: "Poor" });
    expect(body.domains).toHaveLength(4);
    expect(body.indicators).toHaveLength(47);
    expect(body.indicators.find((i) => i.number === 42)?.level).toBe(4);
    // Anonymous: no self-assessment and no official result for that year.
    expect((await get(apiLoader, apiPath, { params })).status).toBe(404);
    expect(
      (
        await get(apiLoader, `/api/regions/${CODE}/self-assessments/nope`, {
          params: { code: CODE, year: "nope" },
        })
      ).status,
    ).toBe(404);
  });

  it("seeds demo self-assessments, labelled demo, for at least 20 regions over three years", async () => {
    const rows = await db().selfAssessment.groupBy({
      by: ["regionCode"],
      where: { isDemo: true },
      _count: { year: true },
    });
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.every((row) => row._count.year === 3)).toBe(true);
    const peer = await view(DEMO.devBandung, 2025);
    expect(peer.assessment?.isDemo).toBe(true);
    expect(peer.assessment?.status).toBe("SUBMITTED");
    expect(peer.assessment?.result.rated).toBe(47);
    expect(peer.official).toBeNull();
    const official = await view(null, 2024);
    expect(official.official?.isDemo).toBe(true);
    expect(official.assessment).toBeNull();
  });
});
