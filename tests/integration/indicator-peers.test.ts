// The indicator page names the regions that did an indicator well: level 4-5 in the last three
// years, official results for everyone, self-assessments only for signed-in members, the latest
// year per region, with links to their published practices for it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { loader } from "../../app/routes/spbe.indicators.$number";
import { DEFAULT_FRAMEWORK_ID } from "../../app/modules/spbe/spbe.server";
import { loadPeers } from "../../app/modules/spbe/peers.server";
import { currentYear } from "../../app/utils/calendar";
import { DEMO, get, sessionFor } from "../support/accounts";

const INDICATOR = 21;
const YEAR = currentYear();
// Four regions with no official level of their own (picked at run time: none of the demo ones).
let codes: string[] = [];
const rows = () => [
  { regionCode: codes[0]!, year: YEAR - 1, level: 5 }, // recent, level 5: listed
  { regionCode: codes[1]!, year: YEAR - 1, level: 4 }, // its older level 3 below is superseded
  { regionCode: codes[1]!, year: YEAR - 2, level: 3 },
  { regionCode: codes[2]!, year: YEAR, level: 3 }, // latest level 3: not listed though 5 before
  { regionCode: codes[2]!, year: YEAR - 1, level: 5 },
  { regionCode: codes[3]!, year: YEAR - 3, level: 5 }, // outside the three years
];

async function page(email: string | null) {
  const result = await get(loader, `/spbe/indicators/${INDICATOR}`, {
    params: { number: String(INDICATOR) },
    ...(email ? { cookie: (await sessionFor(email)).cookie } : {}),
  });
  expect(result.status).toBe(200);
  return result.body as {
    officialPeers: Array<{ region: { code: string }; level: number; year: number }>;
    selfAssessedPeers: unknown[];
    selfAssessedPeersShown: boolean;
  };
}

beforeAll(async () => {
  const free = await db().region.findMany({
    where: { officialLevels: { none: {} }, code: { startsWith: "94." } },
    orderBy: { code: "asc" },
    take: 4,
    select: { code: true },
  });
  codes = free.map((r) => r.code);
  expect(codes).toHaveLength(4);
  await db().officialIndicatorLevel.createMany({
    data: rows().map((row) => ({
      ...row,
      frameworkId: DEFAULT_FRAMEWORK_ID,
      indicatorNumber: INDICATOR,
      source: "test",
    })),
  });
});
afterAll(async () => {
  await db().officialIndicatorLevel.deleteMany({ where: { source: "test" } });
});

describe("the indicator page's peers", () => {
  it("lists official results at level 4-5, the latest per region within three years", async () => {
    const view = await page(null);
    const ours = view.officialPeers.filter((p) => codes.includes(p.region.code));
    expect(ours.map((p) => [p.region.code, p.level, p.year])).toEqual([
      [codes[0], 5, YEAR - 1],
      [codes[1], 4, YEAR - 1],
    ]);
    for (const peer of view.officialPeers) expect(peer.level).toBeGreaterThanOrEqual(4);
  });

  it("shows self-assessed peers only to signed-in members", async () => {
    const anonymous = await page(null);
    expect(anonymous.selfAssessedPeersShown).toBe(false);
    expect(anonymous.selfAssessedPeers).toEqual([]);
    const member = await page(DEMO.devBandung);
    expect(member.selfAssessedPeersShown).toBe(true);
  });

  it("cuts a list to the best peers when asked, and still counts all of them", async () => {
    const all = await loadPeers({
      frameworkId: DEFAULT_FRAMEWORK_ID,
      year: YEAR,
      viewer: null,
      indicatorNumber: INDICATOR,
    });
    const cut = await loadPeers({
      frameworkId: DEFAULT_FRAMEWORK_ID,
      year: YEAR,
      viewer: null,
      indicatorNumber: INDICATOR,
      limit: 1,
    });
    const everyone = all.official.get(INDICATOR) ?? [];
    expect(everyone.length).toBeGreaterThanOrEqual(2); // our two at least
    expect(cut.officialTotal.get(INDICATOR)).toBe(everyone.length);
    expect(all.officialTotal.get(INDICATOR)).toBe(everyone.length);
    const shown = cut.official.get(INDICATOR) ?? [];
    expect(shown).toHaveLength(1);
    // The one shown is the best: no peer in the full list has a higher level.
    expect(Math.max(...everyone.map((p) => p.level))).toBe(shown[0]!.level);
  });
});
