// The example library /evidence: public records for everyone by indicator and level, members-level
// ones for signed-in members, never a private one of another region; a filter value it does not
// offer is named and dropped; a page past the end leads to the last page.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { loader } from "../../app/routes/evidence._index";
import { DEMO, sessionFor } from "../support/accounts";
import { redirectOf } from "../support/responses";

const REGION = "32.73";

async function page(query: string, email?: string) {
  const headers: Record<string, string> = email ? { Cookie: (await sessionFor(email)).cookie } : {};
  const request = new Request(`http://localhost/evidence?${query}`, { headers });
  return loader({ request, params: {}, context: { cspNonce: "t" } } as never);
}

beforeAll(async () => {
  const i18 = await db().frameworkIndicator.findFirstOrThrow({ where: { number: 18 } });
  const i19 = await db().frameworkIndicator.findFirstOrThrow({ where: { number: 19 } });
  const rows: Array<["PUBLIC" | "MEMBERS" | "PRIVATE", number, typeof i18]> = [
    ["PUBLIC", 4, i18],
    ["PUBLIC", 4, i18],
    ["PUBLIC", 2, i19],
    ["MEMBERS", 4, i18],
    ["PRIVATE", 4, i18],
  ];
  for (const [i, [visibility, level, indicator]] of rows.entries())
    await db().evidenceRecord.create({
      data: {
        regionCode: REGION,
        frameworkId: indicator.frameworkId,
        year: 2025,
        title: `Pustaka ${visibility} ${i}`,
        level,
        effectiveDate: new Date("2025-01-01"),
        visibility,
        indicators: { create: [{ indicatorId: indicator.id }] },
      },
    });
});

describe("evidence library", () => {
  it("shows public evidence for indicator 18 level 4 to anyone, members-level ones to members", async () => {
    const anonymous = await page("indicator=18&level=4");
    expect(anonymous.items.map((r) => r.title).sort()).toEqual([
      "Pustaka PUBLIC 0",
      "Pustaka PUBLIC 1",
    ]);
    expect(anonymous.options.regions.map((r) => r.code)).toEqual([REGION]);
    const member = await page("indicator=18&level=4", DEMO.devSumedang);
    expect(member.items.map((r) => r.title).sort()).toEqual([
      "Pustaka MEMBERS 3",
      "Pustaka PUBLIC 0",
      "Pustaka PUBLIC 1",
    ]);
    const searched = await page("q=pustaka&province=32&year=2025");
    expect(searched.total).toBe(3);
  });

  it("names and drops a filter it does not offer, and sends a page past the end to the last one", async () => {
    const unknown = await page("region=11.01&level=4");
    expect(unknown.ignored).toEqual([{ key: "region", value: "11.01" }]);
    expect(unknown.total).toBe(2);
    expect(await redirectOf(page("level=4&limit=1&page=9"))).toEqual({
      status: 302,
      location: "/evidence?level=4&limit=1&page=2",
    });
    const empty = await page("indicator=19&level=5");
    expect(empty.total).toBe(0);
  });
});
