// The home page, the links to a cohort (a region's profile) and the cohort's pages (the filtered
// region list, the management page) give one count of the pilot cohort: its participating
// regions, with the host region stated separately; a change of members shows on all of them.
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { translator } from "../../app/i18n/translate";
import { cohortCountText } from "../../app/components/cohort-count";
import { cohortCount, cohortCounts } from "../../app/modules/cohorts/cohort-count.server";
import { changeCohortMembers } from "../../app/modules/cohorts/cohorts.server";
import { loader as homeLoader } from "../../app/routes/_index";
import { loader as manageLoader } from "../../app/routes/cohorts.$slug.manage";
import { loader as regionLoader } from "../../app/routes/regions.$code._index";
import { loader as regionsLoader } from "../../app/routes/regions._index";
import { DEMO, get, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";

const PILOT = "living-lab-pilot";
const ORIGIN = { ip: null, userAgent: null };

interface Count {
  participants: number;
  host: { code: string; name: string } | null;
}

/** The count each of the four pages shows, as loaded for them. */
async function countsShown(memberCode: string): Promise<Count[]> {
  const { cookie } = await sessionFor(DEMO.coordinator);
  const home = (await get(homeLoader, "/")).body as { stats: { pilotCohort: Count } };
  const list = (await get(regionsLoader, `/regions?cohort=${PILOT}`)).body as { cohort: Count };
  const region = (
    await get(regionLoader, `/regions/${memberCode}`, { params: { code: memberCode } })
  ).body as { counts: Record<string, Count> };
  const manage = (
    await get(manageLoader, `/cohorts/${PILOT}/manage`, { cookie, params: { slug: PILOT } })
  ).body as { count: Count };
  return [home.stats.pilotCohort, list.cohort, region.counts[PILOT]!, manage.count].map(
    ({ participants, host }) => ({ participants, host }),
  );
}

describe("the pilot cohort's count", () => {
  it("is 62 participating regions plus Kabupaten Sumedang as host, in both languages", async () => {
    const count = (await cohortCount(PILOT))!;
    expect(count.participants).toBe(62);
    expect(count.host).toEqual({ code: "32.11", name: "Kabupaten Sumedang" });
    expect(cohortCountText(translator("id"), count)).toBe(
      "62 daerah peserta + Kabupaten Sumedang sebagai tuan rumah",
    );
    expect(cohortCountText(translator("en"), count)).toBe(
      "62 participating regions + Kabupaten Sumedang as host",
    );
    // The filtered list holds the participants and the host: 63 regions, no more.
    const list = (await get(regionsLoader, `/regions?cohort=${PILOT}&limit=100`)).body as {
      total: number;
    };
    expect(list.total).toBe(63);
    expect(await cohortCount("no-such-cohort")).toBeNull();
    expect(await cohortCounts([])).toEqual({});
  });

  it("is the same on the home page, a member's profile, the cohort list and its management page, before and after a change", async () => {
    const member = await db().cohortMember.findFirstOrThrow({
      where: { cohortSlug: PILOT },
      orderBy: { regionCode: "asc" },
      select: { regionCode: true },
    });
    const host = { code: "32.11", name: "Kabupaten Sumedang" };
    expect(await countsShown(member.regionCode)).toEqual(Array(4).fill({ participants: 62, host }));

    const coordinator = await actor(DEMO.coordinator);
    const outsider = await db().region.findFirstOrThrow({
      where: { cohortMembers: { none: {} }, hostedCohorts: { none: {} } },
      orderBy: { code: "asc" },
      select: { code: true },
    });
    await changeCohortMembers({
      actor: coordinator,
      slug: PILOT,
      change: { intent: "add", regionCode: outsider.code, basis: "other" },
      origin: ORIGIN,
    });
    expect(await countsShown(member.regionCode)).toEqual(Array(4).fill({ participants: 63, host }));

    // The host listed as a member as well is still counted once, as the host.
    await changeCohortMembers({
      actor: coordinator,
      slug: PILOT,
      change: { intent: "add", regionCode: host.code, basis: "other" },
      origin: ORIGIN,
    });
    expect(await countsShown(member.regionCode)).toEqual(Array(4).fill({ participants: 63, host }));
  });
});
