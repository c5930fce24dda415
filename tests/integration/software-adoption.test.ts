// Declaring, confirming and withdrawing that a region runs a catalogue entry: a standing
// declaration is never reset by declaring again, a withdrawn one counts nowhere, and only the
// adopting region's people may withdraw it.
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import {
  listSoftware,
  softwareQuerySchema,
} from "../../app/modules/software/software-queries.server";
import { loader as regionLoader } from "../../app/routes/regions.$code._index";
import {
  action as entryAction,
  loader as entryLoader,
} from "../../app/routes/software.$slug._index";
import { createUser, DEMO, get, post, sessionFor } from "../support/accounts";

const SLUG = "e-naskah"; // Kabupaten Sumedang's
const BANDUNG = "32.73";

type EntryPage = {
  entry: {
    adopters: Array<{ region: { code: string } }>;
    readiness: { reasons: Array<{ key: string; met: boolean }> };
  };
  ownAdoptions: Array<{ region: { code: string }; status: string; version: string | null }>;
  declarableRegions: Array<{ code: string }>;
  pending: Array<{ id: string; region: { code: string } }>;
};

async function page(cookie?: string) {
  const result = await get(entryLoader, `/software/${SLUG}`, { cookie, params: { slug: SLUG } });
  expect(result.status).toBe(200);
  return result.body as EntryPage;
}

function act(cookie: string | undefined, form: Record<string, string>) {
  return post(entryAction, `/software/${SLUG}`, form, { cookie, params: { slug: SLUG } });
}

async function adoption() {
  return db().softwareAdoption.findFirst({
    where: { software: { slug: SLUG }, regionCode: BANDUNG },
  });
}

/** Everywhere a confirmed adoption counts: the entry, its readiness, the list and the region page. */
async function countsFor(regionCode: string) {
  const entry = await page();
  const list = await listSoftware(softwareQuerySchema.parse({ q: "e-Naskah" }));
  const region = await get(regionLoader, `/regions/${regionCode}`, {
    params: { code: regionCode },
  });
  const used = (region.body as { software: { used: Array<{ slug: string }> } }).software.used;
  return {
    adopters: entry.entry.adopters.map((a) => a.region.code),
    readinessAdopters: entry.entry.readiness.reasons.find((r) => r.key === "readiness.adopters")
      ?.met,
    listed: list.items.find((s) => s.slug === SLUG)?.confirmedAdopters,
    regionUses: used.some((s) => s.slug === SLUG),
  };
}

async function auditActions() {
  const events = await db().auditEvent.findMany({
    where: { action: { startsWith: "software.adoption_" }, regionCode: { in: [BANDUNG, "32.11"] } },
    orderBy: { id: "asc" },
    select: { action: true, details: true, actorId: true },
  });
  return events;
}

describe("adoption of a catalogue entry", () => {
  it("is declared once: declaring again never resets it, even once confirmed", async () => {
    expect(await countsFor(BANDUNG)).toEqual({
      adopters: [],
      readinessAdopters: false,
      listed: 0,
      regionUses: false,
    });
    const bandung = await sessionFor(DEMO.devBandung);
    const declared = await act(bandung.cookie, {
      intent: "declare",
      regionCode: BANDUNG,
      version: "3.2.1",
    });
    expect(declared.status).toBe(200);
    expect(declared.body).toMatchObject({ notice: "adoption.declared" });
    expect(await adoption()).toMatchObject({ status: "DECLARED", version: "3.2.1" });
    // Pending: it does not count yet, and Bandung sees its status instead of the form.
    expect((await countsFor(BANDUNG)).adopters).toEqual([]);
    const own = await page(bandung.cookie);
    expect(own.ownAdoptions).toEqual([
      expect.objectContaining({
        region: expect.objectContaining({ code: BANDUNG }),
        status: "DECLARED",
      }),
    ]);
    expect(own.declarableRegions).toEqual([]);

    const owner = await sessionFor(DEMO.devSumedang);
    const pending = (await page(owner.cookie)).pending;
    expect(pending.map((p) => p.region.code)).toEqual([BANDUNG]);
    const confirmed = await act(owner.cookie, {
      intent: "decide",
      adoptionId: pending[0]!.id,
      decision: "confirm",
    });
    expect(confirmed.status).toBe(200);
    expect(await countsFor(BANDUNG)).toEqual({
      adopters: [BANDUNG],
      readinessAdopters: true,
      listed: 1,
      regionUses: true,
    });

    // Declaring again (say, a newer version) is refused and leaves the confirmation alone.
    const before = await auditActions();
    const again = await act(bandung.cookie, {
      intent: "declare",
      regionCode: BANDUNG,
      version: "4.0.0",
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ formError: "adoption.exists" });
    expect(await adoption()).toMatchObject({ status: "CONFIRMED", version: "3.2.1" });
    expect(await auditActions()).toEqual(before);
    expect((await page(bandung.cookie)).ownAdoptions).toEqual([
      expect.objectContaining({ status: "CONFIRMED", version: "3.2.1" }),
    ]);
  });

  it("may be withdrawn only by the adopting region's people: others get 403 and nothing changes", async () => {
    const outsider = await createUser({
      memberships: [{ regionCode: "32.04", role: "SECRETARY" }],
    });
    for (const email of [DEMO.devSumedang, DEMO.sekdaSumedang, DEMO.coordinator, outsider.email]) {
      const { cookie } = await sessionFor(email);
      const refused = await act(cookie, { intent: "withdraw", regionCode: BANDUNG });
      expect(refused.status, email).toBe(403);
    }
    const anonymous = await act(undefined, { intent: "withdraw", regionCode: BANDUNG });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);
    const { cookie } = await sessionFor(DEMO.devBandung);
    expect((await act(cookie, { intent: "withdraw", regionCode: "Bandung" })).status).toBe(400);
    expect(await adoption()).toMatchObject({ status: "CONFIRMED" });
    expect((await countsFor(BANDUNG)).adopters).toEqual([BANDUNG]);
  });

  it("once withdrawn (even confirmed) counts nowhere, is audited, and a new declaration starts as declared", async () => {
    const sekda = await sessionFor(DEMO.sekdaBandung);
    const id = (await adoption())!.id;
    const withdrawn = await act(sekda.cookie, { intent: "withdraw", regionCode: BANDUNG });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ notice: "adoption.withdrawn" });
    expect(await adoption()).toBeNull();
    expect(await countsFor(BANDUNG)).toEqual({
      adopters: [],
      readinessAdopters: false,
      listed: 0,
      regionUses: false,
    });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "software.adoption_withdrawn", entityId: id },
    });
    expect(event).toMatchObject({ actorId: sekda.userId, regionCode: BANDUNG });
    expect(event.details).toMatchObject({ slug: SLUG, status: "CONFIRMED", version: "3.2.1" });

    // Nothing left to withdraw.
    expect((await act(sekda.cookie, { intent: "withdraw", regionCode: BANDUNG })).status).toBe(404);
    // The form is back, and declaring again starts over, pending the owner's confirmation.
    const view = await page(sekda.cookie);
    expect(view.ownAdoptions).toEqual([]);
    expect(view.declarableRegions.map((r) => r.code)).toEqual([BANDUNG]);
    const redeclared = await act(sekda.cookie, {
      intent: "declare",
      regionCode: BANDUNG,
      version: "4.0.0",
    });
    expect(redeclared.status).toBe(200);
    expect(await adoption()).toMatchObject({ status: "DECLARED", version: "4.0.0" });
    expect((await countsFor(BANDUNG)).adopters).toEqual([]);

    // A pending declaration may be withdrawn too; the owner then has nothing to decide.
    const dev = await sessionFor(DEMO.devBandung);
    expect((await act(dev.cookie, { intent: "withdraw", regionCode: BANDUNG })).status).toBe(200);
    expect(await adoption()).toBeNull();
    const owner = await sessionFor(DEMO.devSumedang);
    expect((await page(owner.cookie)).pending).toEqual([]);
    const withdrawals = await db().auditEvent.findMany({
      where: { action: "software.adoption_withdrawn", regionCode: BANDUNG },
      orderBy: { id: "asc" },
    });
    expect(withdrawals.map((e) => (e.details as { status: string }).status)).toEqual([
      "CONFIRMED",
      "DECLARED",
    ]);
  });
});
