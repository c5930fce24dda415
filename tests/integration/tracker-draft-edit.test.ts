// Editing a draft commitment (/commitments/:id/edit) through its route loader and action: a draft
// without milestones (as a study visit converts it), which could never be reported implemented,
// gets two milestones from its adopter, and the secretary then approves it. A third region's member and the mentor
// region get 403 (loader and crafted POST); a committed commitment 409; bad input 422 with field
// errors; and each refusal changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { createDraftCommitment } from "../../app/modules/tracker/commitment-commands.server";
import { action as pageAction, loader as pageLoader } from "../../app/routes/commitments.$id";
import { action as editAction, loader as editLoader } from "../../app/routes/commitments.$id_.edit";
import { DEMO, get, outcome, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";

const MENTOR = "32.11"; // Sumedang
const ADOPTER = "32.73"; // Kota Bandung
const PRACTICE = "pengaduan-terpadu-sumedang";

let cookies: Record<"devBandung" | "sekdaBandung" | "sekdaSumedang" | "outsider", string>;
let practiceId: string;

function post(
  action: (args: never) => Promise<unknown>,
  path: string,
  pairs: Array<[string, string]>,
  cookie: string,
  params: Record<string, string> = {},
) {
  const request = new Request(`http://localhost${path}`, {
    method: "POST",
    body: new URLSearchParams(pairs),
    headers: { Cookie: cookie },
  });
  return outcome(() =>
    action({ request, params, context: { cspNonce: "test", clientIp: "10.0.0.1" } } as never),
  );
}

/** The pairs a browser sends for the form's values. */
function formPairs(values: Record<string, unknown>, extra: Array<[string, string]> = []) {
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(values)) {
    if (key === "indicators" || key === "milestones") {
      (value as Array<Record<string, string>>).forEach((row, i) => {
        for (const [field, v] of Object.entries(row)) pairs.push([`${key}.${i}.${field}`, v]);
      });
    } else if (Array.isArray(value)) {
      for (const v of value) pairs.push([key, String(v)]);
    } else pairs.push([key, String(value ?? "")]);
  }
  return [...pairs, ...extra];
}

/** A draft without milestones, as a study visit converts it. */
async function bareDraft() {
  const dev = await actor(DEMO.devBandung);
  const created = await createDraftCommitment(dev, {
    title: "Meniru pengaduan terpadu",
    adopterRegionCode: ADOPTER,
    mentorRegionCode: MENTOR,
    practiceId,
    visibility: "MEMBERS",
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.id;
}

const state = (id: string) =>
  db().commitment.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      status: true,
      adopterRegionCode: true,
      mentorRegionCode: true,
      lastActivityAt: true,
      _count: { select: { events: true, indicators: true, software: true } },
      milestones: { orderBy: { position: "asc" }, select: { title: true, dueOn: true } },
    },
  });

async function formValues(id: string, cookie: string) {
  const page = await get(editLoader, `/commitments/${id}/edit`, { cookie, params: { id } });
  expect(page.status).toBe(200);
  return (page.body as { values: Record<string, unknown> }).values;
}

beforeAll(async () => {
  const third = await db().region.findFirstOrThrow({
    where: { code: { notIn: [MENTOR, ADOPTER] }, provinceCode: "32" },
    select: { code: true },
  });
  await db().user.create({
    data: {
      email: "sekda.ketiga.edit@example.go.id",
      name: "Sekda Ketiga",
      memberships: { create: { regionCode: third.code, role: "SECRETARY" } },
    },
  });
  cookies = {
    devBandung: (await sessionFor(DEMO.devBandung)).cookie,
    sekdaBandung: (await sessionFor(DEMO.sekdaBandung)).cookie,
    sekdaSumedang: (await sessionFor(DEMO.sekdaSumedang)).cookie,
    outsider: (await sessionFor("sekda.ketiga.edit@example.go.id")).cookie,
  };
  practiceId = (
    await db().practice.findUniqueOrThrow({ where: { slug: PRACTICE }, select: { id: true } })
  ).id;
});

describe("editing a draft", () => {
  it("adds milestones to a draft without any, after which the secretary may approve it", async () => {
    const id = await bareDraft();
    const page = await get(pageLoader, `/commitments/${id}`, {
      cookie: cookies.devBandung,
      params: { id },
    });
    expect(page.body).toMatchObject({ mayEdit: true, milestones: [] });
    const mentorView = await get(pageLoader, `/commitments/${id}`, {
      cookie: cookies.sekdaSumedang,
      params: { id },
    });
    expect(mentorView.body).toMatchObject({ mayEdit: false });

    const values = await formValues(id, cookies.devBandung);
    expect(values).toMatchObject({
      adopterRegionCode: ADOPTER,
      mentorRegionCode: MENTOR,
      practiceId,
      milestones: [],
    });
    // "Tambah tahap" without script: one more row, nothing saved.
    const more = await post(
      editAction,
      `/commitments/${id}/edit`,
      formPairs(values, [
        ["intent", "addMilestone"],
        ["milestoneRows", "2"],
      ]),
      cookies.devBandung,
      { id },
    );
    expect(more.status).toBe(200);
    expect(more.body).toMatchObject({ rows: { milestones: 3 } });
    expect((await state(id)).milestones).toEqual([]);

    const before = await state(id);
    const saved = await post(
      editAction,
      `/commitments/${id}/edit`,
      formPairs(
        {
          ...values,
          title: "Meniru pengaduan terpadu, diubah",
          milestones: [
            { title: "Tim dibentuk", dueOn: "2091-01-15", weight: "" },
            { title: "Aplikasi berjalan", dueOn: "", weight: "2" },
          ],
        },
        [["intent", "save"]],
      ),
      cookies.devBandung,
      { id },
    );
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/commitments/${id}?notice=tracker.notice.edited`);
    const after = await state(id);
    expect(after.title).toBe("Meniru pengaduan terpadu, diubah");
    expect(after.milestones.map((m) => m.title)).toEqual(["Tim dibentuk", "Aplikasi berjalan"]);
    expect(after.milestones[0]!.dueOn?.toISOString().slice(0, 10)).toBe("2091-01-15");
    expect(after._count.events).toBe(before._count.events + 1);
    expect(after._count.indicators).toBe(before._count.indicators);
    expect(after.lastActivityAt.getTime()).toBeGreaterThanOrEqual(before.lastActivityAt.getTime());
    const event = await db().commitmentEvent.findFirstOrThrow({
      where: { commitmentId: id },
      orderBy: { createdAt: "desc" },
      select: { kind: true },
    });
    expect(event.kind).toBe("edited");
    expect(
      await db().auditEvent.count({ where: { action: "commitment.edited", entityId: id } }),
    ).toBe(1);
    // The stored values fill the form again.
    expect((await formValues(id, cookies.devBandung)).milestones).toEqual([
      { title: "Tim dibentuk", dueOn: "2091-01-15", weight: "" },
      { title: "Aplikasi berjalan", dueOn: "", weight: "2" },
    ]);

    const approved = await post(
      pageAction,
      `/commitments/${id}`,
      [["intent", "commit"]],
      cookies.sekdaBandung,
      { id },
    );
    expect(approved.status).toBe(303);
    expect((await state(id)).status).toBe("COMMITTED");
  });

  it("answers a third region's member and the mentor region 403, loader and crafted POST", async () => {
    const id = await bareDraft();
    const values = await formValues(id, cookies.devBandung);
    const before = await state(id);
    for (const cookie of [cookies.outsider, cookies.sekdaSumedang]) {
      const page = await get(editLoader, `/commitments/${id}/edit`, { cookie, params: { id } });
      expect([403, 404]).toContain(page.status);
      const crafted = await post(
        editAction,
        `/commitments/${id}/edit`,
        formPairs(
          { ...values, title: "Dibajak", milestones: [{ title: "x x x", dueOn: "", weight: "" }] },
          [["intent", "save"]],
        ),
        cookie,
        { id },
      );
      expect(crafted.status).toBe(403);
    }
    expect(await state(id)).toEqual(before);
    // Not signed in: to the sign-in page; an unknown id: 404.
    expect((await get(editLoader, `/commitments/${id}/edit`, { params: { id } })).status).toBe(302);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(
      (
        await get(editLoader, `/commitments/${unknown}/edit`, {
          cookie: cookies.devBandung,
          params: { id: unknown },
        })
      ).status,
    ).toBe(404);
  });

  it("refuses to edit a committed commitment (409) and changes nothing", async () => {
    const id = await bareDraft();
    const values = await formValues(id, cookies.devBandung);
    await post(
      editAction,
      `/commitments/${id}/edit`,
      formPairs({ ...values, milestones: [{ title: "Tim dibentuk", dueOn: "", weight: "" }] }, [
        ["intent", "save"],
      ]),
      cookies.devBandung,
      { id },
    );
    const approved = await post(
      pageAction,
      `/commitments/${id}`,
      [["intent", "commit"]],
      cookies.sekdaBandung,
      { id },
    );
    expect(approved.status).toBe(303);
    const before = await state(id);
    const late = await post(
      editAction,
      `/commitments/${id}/edit`,
      formPairs({ ...values, title: "Terlambat diubah", milestones: [] }, [["intent", "save"]]),
      cookies.devBandung,
      { id },
    );
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ formError: "tracker.refused.wrongState" });
    expect(await state(id)).toEqual(before);
    expect(
      (
        await get(editLoader, `/commitments/${id}/edit`, {
          cookie: cookies.devBandung,
          params: { id },
        })
      ).status,
    ).toBe(409);
    const page = await get(pageLoader, `/commitments/${id}`, {
      cookie: cookies.devBandung,
      params: { id },
    });
    expect(page.body).toMatchObject({ mayEdit: false });
  });

  it("refuses bad input with field errors (422), a changed adopter too, and changes nothing", async () => {
    const id = await bareDraft();
    const values = await formValues(id, cookies.devBandung);
    const before = await state(id);
    const bad = await post(
      editAction,
      `/commitments/${id}/edit`,
      formPairs(
        {
          ...values,
          title: "x",
          mentorRegionCode: ADOPTER,
          milestones: [{ title: "", dueOn: "", weight: "500" }],
        },
        [["intent", "save"]],
      ),
      cookies.devBandung,
      { id },
    );
    expect(bad.status).toBe(422);
    expect((bad.body as { errors: Record<string, string> }).errors).toMatchObject({
      title: "tracker.error.title",
      mentorRegionCode: "tracker.error.mentorSame",
      "milestones.0.title": "tracker.error.milestoneTitle",
      "milestones.0.weight": "tracker.error.milestoneWeight",
    });
    const moved = await post(
      editAction,
      `/commitments/${id}/edit`,
      formPairs({ ...values, adopterRegionCode: "32.04", milestones: [] }, [["intent", "save"]]),
      cookies.devBandung,
      { id },
    );
    expect(moved.status).toBe(422);
    expect(moved.body).toMatchObject({
      errors: { adopterRegionCode: "tracker.error.adopterFixed" },
    });
    expect(await state(id)).toEqual(before);
  });
});
